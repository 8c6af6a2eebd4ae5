/**
 * wink-nlp tokens with offsets, plus the German layer the English model lacks:
 * abbreviations joined with their period ("ca.", "Mio.", "Nr."), ordinals marked
 * ("16. März", "3. Quartal"), Swiss "2'500" and spaced "2 500" joined into one number.
 *
 * Only `readDoc` with an empty pipe is used: the English POS/NER stages are slower and
 * wrong for German. Token offsets are found by walking the text, not taken from wink.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { MONTHS } from '../lexicon/months.js';
import { ORDINAL_NOUNS } from '../lexicon/ordinal-nouns.js';

export type TokenType = 'word' | 'number' | 'ordinal' | 'punct' | 'quote' | 'symbol' | 'newline' | 'other';

export interface Token {
  /** As written in the normalized text. */
  value: string;
  /** Lower-case value, for lexicon look-ups. */
  lower: string;
  type: TokenType;
  /** Offsets into the normalized text (ctx.text), end exclusive. */
  start: number;
  end: number;
  /** Whitespace (or a line break) stands right before this token. */
  spaceBefore: boolean;
  /** A line break stands between the previous token and this one. */
  newlineBefore: boolean;
  /** Number of line breaks before this token (2+ = paragraph break). */
  breaks: number;
  /** A word ending in a period that is an abbreviation ("ca.", "Dr.", "z."). */
  abbreviation?: boolean;
  /** For 'number' tokens: the plain integer/decimal digits as written have been joined (2'500, 2 500). */
  joined?: boolean;
}

// wink grows its vocabulary with every new word and never frees it; a fresh instance every
// so often keeps memory flat over large archives (STYLE: observed ~270 B per distinct word).
const RECYCLE_AFTER_CHARS = 64 * 1024 * 1024;
let nlp: ReturnType<typeof winkNLP> | undefined;
let charsSinceRecycle = 0;

function winkValues(text: string): string[] {
  if (nlp === undefined || charsSinceRecycle > RECYCLE_AFTER_CHARS) {
    nlp = winkNLP(model, []);
    charsSinceRecycle = 0;
  }
  charsSinceRecycle += text.length;
  return nlp.readDoc(text).tokens().out() as string[];
}

const QUOTE_CHARS = new Set(['"', '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹', "'"]);
const PUNCT_CHARS = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '-', '–', '—', '‒', '…', '/', '...']);

function typeOf(value: string): TokenType {
  const c = value.charCodeAt(0);
  if (c === 10) return 'newline';
  if (c >= 48 && c <= 57) return 'number';
  if ((c === 45 || c === 43) && value.length > 1) {
    const d = value.charCodeAt(1);
    if (d >= 48 && d <= 57) return 'number';
  }
  if (QUOTE_CHARS.has(value)) return 'quote';
  if (PUNCT_CHARS.has(value)) return 'punct';
  const ch = value[0]!;
  if (ch.toLowerCase() !== ch.toUpperCase()) return 'word';
  if (/^\p{L}/u.test(value)) return 'word';
  if (/^\p{N}/u.test(value)) return 'number';
  if (/^\p{S}/u.test(value)) return 'symbol';
  if (/^\p{P}/u.test(value)) return 'punct';
  return 'other';
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11;
}

/**
 * A run of non-space characters longer than this is not given to wink: wink's time on one new
 * token grows with the square of its length (a 10 000-character word takes ~0.5 s, a 1 MB one
 * hours). Such runs (URLs, base64, garbage) are split by character class instead: linear.
 */
const MAX_WINK_RUN = 256;

/** [start, end) of the runs of non-space characters longer than MAX_WINK_RUN, in order. */
function longRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const n = text.length;
  let runStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i === n || isSpace(text.charCodeAt(i))) {
      if (i - runStart > MAX_WINK_RUN) runs.push([runStart, i]);
      runStart = i + 1;
    }
  }
  return runs;
}

/** 0 letter, 1 digit, 2 anything else (one token per character; surrogate pairs kept whole). */
function charClass(code: number): number {
  if (code >= 48 && code <= 57) return 1;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 0;
  if (code < 128) return 2;
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase() ? 0 : 2;
}

/**
 * A long run split into letter runs, digit runs and single other characters; no piece longer
 * than MAX_WINK_RUN, so rules that look inside a token never see a megabyte-long one.
 */
function splitLongRun(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    let j = i + 1;
    if (cls === 2) {
      if (c >= 0xd800 && c <= 0xdbff && j < end) {
        const d = text.charCodeAt(j);
        if (d >= 0xdc00 && d <= 0xdfff) j++;
      }
    } else {
      const stop = Math.min(end, i + MAX_WINK_RUN);
      while (j < stop && charClass(text.charCodeAt(j)) === cls) j++;
    }
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

/** Raw tokens with offsets. Whatever wink returns, offsets are found in `text` itself. */
function rawTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const n = text.length;
  const place = (raw: string): void => {
    // Line-break tokens ("\n", "\n\n", "\t") carry no value of their own: we count breaks while skipping.
    if (raw.length === 0 || (raw.charCodeAt(0) <= 32 && raw.trim() === '')) return;
    let breaks = 0;
    let spaced = false;
    while (pos < n && isSpace(text.charCodeAt(pos))) {
      if (text.charCodeAt(pos) === 10) breaks++;
      spaced = true;
      pos++;
    }
    let start = pos;
    if (!text.startsWith(raw, pos)) {
      // wink rewrote or skipped something: look a little ahead, never far (linear overall).
      const window = text.slice(pos, pos + 256);
      const k = window.indexOf(raw);
      if (k < 0) return;
      start = pos + k;
    }
    const end = start + raw.length;
    const type = typeOf(raw);
    tokens.push({ value: raw, lower: raw.toLowerCase(), type, start, end, spaceBefore: spaced || start > pos, newlineBefore: breaks > 0, breaks });
    pos = end;
  };
  const runs = longRuns(text);
  if (runs.length === 0) {
    for (const raw of winkValues(text)) place(raw);
    return tokens;
  }
  // wink reads the text between the long runs; the long runs are split here
  let from = 0;
  for (const [start, end] of runs) {
    if (start > from) for (const raw of winkValues(text.slice(from, start))) place(raw);
    for (const raw of splitLongRun(text, start, end)) place(raw);
    from = end;
  }
  if (from < n) for (const raw of winkValues(text.slice(from))) place(raw);
  return tokens;
}

function isDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function joinTokens(text: string, a: Token, b: Token, type: TokenType): Token {
  const value = text.slice(a.start, b.end);
  return { ...a, value, lower: value.toLowerCase(), type, end: b.end };
}

/**
 * The German layer over wink's tokens.
 * - "ca" "." → "ca." (abbreviation)          - "16" "." before "März"/"Quartal"/lower-case → "16." (ordinal)
 * - "2" "'" "500" → "2'500" (Swiss)          - "2" " " "500" → "2 500" (thousands separated by a space)
 */
function germanLayer(text: string, raw: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    const next = raw[i + 1];
    // abbreviation + period, with nothing between
    if (t.type === 'word' && next !== undefined && next.value === '.' && next.start === t.end && ABBREVIATIONS.has(t.lower)) {
      t = joinTokens(text, t, next, 'word');
      t.abbreviation = true;
      i++;
      out.push(t);
      continue;
    }
    if (t.type === 'word' && t.value.endsWith('.') && t.value.length > 1) {
      t.abbreviation = true; // wink kept it whole: "Dr.", "z.B.", "Jan."
    }
    if (t.type === 'number' && isDigits(t.value, 1, 3)) {
      // Swiss 2'500 / 2’500 and spaced 2 500, 1 234 567: groups of exactly three digits
      let j = i;
      let joined = t;
      for (;;) {
        const sep = raw[j + 1];
        const grp = raw[j + 2];
        if (sep !== undefined && grp !== undefined && (sep.value === "'" || sep.value === '’') && sep.start === joined.end && grp.start === sep.end && isDigits(grp.value, 3, 3)) {
          joined = joinTokens(text, joined, grp, 'number');
          j += 2;
          continue;
        }
        const g = raw[j + 1];
        if (g !== undefined && g.type === 'number' && !g.newlineBefore && g.start === joined.end + 1 && text.charCodeAt(joined.end) === 32 && isDigits(g.value, 3, 3)) {
          const after = raw[j + 2];
          // "2 500" but not "2017 200", nor "2 500,50" … (the group must end the number)
          if (after === undefined || after.start > g.end || (after.value !== '.' && after.value !== ',' && after.type !== 'number')) {
            joined = joinTokens(text, joined, g, 'number');
            j += 1;
            continue;
          }
        }
        break;
      }
      if (j !== i) {
        joined.joined = true;
        out.push(joined);
        i = j;
        continue;
      }
    }
    // ordinal: "16." before a month, a period noun or a lower-case word
    if (t.type === 'number' && isDigits(t.value, 1, 4) && next !== undefined && next.value === '.' && next.start === t.end) {
      const after = raw[i + 2];
      if (after !== undefined && !(after.breaks > 1) && (after.type === 'number' ? false : isOrdinalContext(after))) {
        t = joinTokens(text, t, next, 'ordinal');
        i++;
        out.push(t);
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

function isOrdinalContext(after: Token): boolean {
  const v = after.value;
  const w = after.lower.endsWith('.') ? after.lower.slice(0, -1) : after.lower;
  if (MONTHS.has(w) || MONTHS.has(after.lower) || ORDINAL_NOUNS.has(w)) return true;
  if (after.type === 'word') {
    const c = v[0]!;
    return c === c.toLowerCase() && c !== c.toUpperCase();
  }
  // "10.–12. Juni", "2.-3. Juni": a range of ordinals
  return after.value === '-' || after.value === '–' || after.value === '/' || after.value === ',' || after.value === 'und' || after.value === 'bis';
}

/** Tokens of the normalized text, German layer applied. */
export function tokenize(text: string): Token[] {
  if (text.length === 0) return [];
  return germanLayer(text, rawTokens(text));
}
