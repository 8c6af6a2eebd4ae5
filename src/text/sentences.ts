/**
 * German sentence boundaries over tokens. A period ends a sentence unless the tokenizer's
 * German layer made it part of an abbreviation ("ca.", "Dr.", "z. B.") or an ordinal
 * ("16. März", "3. Quartal"). A blank line always ends one; a single line break ends one
 * after a short line (headlines, datelines, list items), not inside wrapped prose.
 */
import type { Token } from './tokens.js';
import { startsCapitalised } from './capitals.js';

export interface Sentence {
  /** First token index. */
  first: number;
  /** One past the last token index. */
  last: number;
}

/**
 * A punctuation token that ends a sentence: ".", "!", "?", "…", "...". Read from the text by its first
 * character (a look-up of the token's string in a set hashed it): the scanner makes no other punctuation
 * token that starts with one of these.
 */
function isFinalPunct(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
/**
 * A closing quote or bracket: “ ” " « » ‘ ' ’ ). By its character, then its length: a set of these strings
 * hashed the token after each sentence end (a fresh string) to answer no.
 */
function isClosing(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return (c === 0x201c || c === 0x201d || c === 34 || c === 0xab || c === 0xbb || c === 0x2018 || c === 39 || c === 0x2019 || c === 41) &&
    t.value.length === 1;
}
// Abbreviations that often end a sentence: the period does double duty.
const FINAL_ABBREVIATIONS = new Set(['usw.', 'etc.', 'u.a.', 'uvm.', 'u.v.m.']);
const SHORT_LINE = 60;

function startsUpperOrDigit(t: Token): boolean {
  if (t.type === 'number' || t.type === 'ordinal' || t.type === 'quote') return true;
  return startsCapitalised(t.value);
}

/**
 * text.lastIndexOf('\n', start) + 1, for a token with a line break before it: the break is in the whitespace
 * right before the token, so a short look back (lastIndexOf is a call into V8's runtime).
 */
function lineStartBefore(text: string, start: number): number {
  let k = start - 1;
  while (k >= 0 && text.charCodeAt(k) !== 10) k--;
  return k + 1;
}

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let lineStart = 0; // char offset where the current line starts
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.newlineBefore) {
      if (i > first) {
        const paragraph = t.breaks > 1;
        const prevLineLength = tokens[i - 1]!.end - lineStart;
        if (paragraph || prevLineLength < SHORT_LINE) {
          sentences.push({ first, last: i });
          first = i;
        }
      }
      lineStart = lineStartBefore(text, t.start);
    }
    const isFinal = (t.type === 'punct' && isFinalPunct(text, t)) || (t.abbreviation === true && FINAL_ABBREVIATIONS.has(t.lower));
    if (!isFinal) continue;
    // take closing quotes and brackets along: „Das ist gut.“ Dann …
    let j = i;
    while (j + 1 < n && isClosing(text, tokens[j + 1]!) && !tokens[j + 1]!.spaceBefore) j++;
    const next = tokens[j + 1];
    if (next === undefined) continue;
    if (next.newlineBefore) continue; // the line-break branch above decides
    if (!next.spaceBefore && next.type !== 'quote') continue; // "krz.de", "2.500"
    if (t.abbreviation === true && !startsUpperOrDigit(next)) continue;
    if (!startsUpperOrDigit(next) && next.type !== 'quote') continue;
    sentences.push({ first, last: j + 1 });
    first = j + 1;
    i = j;
  }
  if (first < n) sentences.push({ first, last: n });
  return sentences;
}
