/**
 * Tokens with offsets: the raw tokens of scan.ts (one linear pass; they replace wink-nlp's
 * English tokenizer, which was as slow as the whole budget), plus the German layer:
 * abbreviations joined with their period ("ca.", "Mio.", "Nr."), ordinals marked
 * ("16. März", "3. Quartal"), Swiss "2'500" and spaced "2 500" joined into one number.
 */
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { MONTHS } from '../lexicon/months.js';
import { ORDINAL_NOUNS } from '../lexicon/ordinal-nouns.js';
import { scan } from './scan.js';
import { PackedToken } from './token.js';

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
  abbreviation: boolean;
  /** For 'number' tokens: the plain integer/decimal digits as written have been joined (2'500, 2 500). */
  joined: boolean;
}

function isDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * `next` is the token "." and starts at `at` (right after the token before it). Read from the text: comparing
 * a token's string (a slice) with "." is a call into V8's string compare, a character code is a load. Only "."
 * and "..." start with a period (the scanner makes nothing else of one).
 */
function isPeriodAt(text: string, at: number, next: Token): boolean {
  return next.start === at && text.charCodeAt(at) === 46 && next.value.length === 1;
}

/**
 * A number joined with its groups or its period ("2'500", "2 500", "16."): digits, apostrophes, spaces and
 * periods keep their case, so the value is its own lower-case form (toLowerCase of a two-byte string, as
 * most texts are, is a call into ICU).
 */
function joinNumber(text: string, a: Token, b: Token, type: TokenType): Token {
  const value = text.slice(a.start, b.end);
  return new PackedToken(value, value, type, a.start, a.spaceBefore, a.breaks);
}

/**
 * An abbreviation and its period: the lower-case form is the word's and the period (no call into ICU).
 * The listed abbreviations have at most nine letters, so `+` makes a flat string (V8 makes ropes from 13).
 */
function joinAbbreviation(text: string, word: Token, period: Token): Token {
  const value = text.slice(word.start, period.end);
  const lower = word.lower === word.value ? value : word.lower + '.';
  const t = new PackedToken(value, lower, 'word', word.start, word.spaceBefore, word.breaks);
  t.abbreviation = true;
  return t;
}

/**
 * The German layer over the raw tokens (exported for the agreement test with wink's tokens).
 * - "ca" "." → "ca." (abbreviation)          - "16" "." before "März"/"Quartal"/lower-case → "16." (ordinal)
 * - "2" "'" "500" → "2'500" (Swiss)          - "2" " " "500" → "2 500" (thousands separated by a space)
 */
export function germanLayer(text: string, raw: Token[]): Token[] {
  // in place: the write index never passes the read index
  const out = raw;
  let w = 0;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const t = raw[i]!;
    // no read past the end: an out-of-bounds read makes V8 throw away this loop's optimised code
    const next = i + 1 < n ? raw[i + 1] : undefined;
    // by type first: most tokens are words, and a word needs its end (a string's length) once, not per test
    const type = t.type;
    if (type === 'word') {
      const end = t.end;
      // abbreviation + period, with nothing between
      if (next !== undefined && isPeriodAt(text, end, next) && ABBREVIATIONS.has(t.lower)) {
        out[w++] = joinAbbreviation(text, t, next);
        i++;
        continue;
      }
      if (end - t.start > 1 && text.charCodeAt(end - 1) === 46) {
        t.abbreviation = true; // kept whole by the scanner: "z.B.", "u.a.", "e.V."
      }
    } else if (type === 'number') {
      if (isDigits(t.value, 1, 3)) {
        // Swiss 2'500 / 2’500 and spaced 2 500, 1 234 567: groups of exactly three digits
        let j = i;
        let joined = t;
        for (;;) {
          const sep = j + 1 < n ? raw[j + 1] : undefined;
          const grp = j + 2 < n ? raw[j + 2] : undefined;
          if (sep !== undefined && grp !== undefined && (sep.value === "'" || sep.value === '’') && sep.start === joined.end && grp.start === sep.end && isDigits(grp.value, 3, 3)) {
            joined = joinNumber(text, joined, grp, 'number');
            j += 2;
            continue;
          }
          const g = sep;
          if (g !== undefined && g.type === 'number' && !g.newlineBefore && g.start === joined.end + 1 && text.charCodeAt(joined.end) === 32 && isDigits(g.value, 3, 3)) {
            const after = grp;
            // "2 500" but not "2017 200", nor "2 500,50" … (the group must end the number)
            if (after === undefined || after.start > g.end || (after.value !== '.' && after.value !== ',' && after.type !== 'number')) {
              joined = joinNumber(text, joined, g, 'number');
              j += 1;
              continue;
            }
          }
          break;
        }
        if (j !== i) {
          joined.joined = true;
          out[w++] = joined;
          i = j;
          continue;
        }
      }
      // ordinal: "16." before a month, a period noun or a lower-case word
      if (next !== undefined && isPeriodAt(text, t.end, next) && isDigits(t.value, 1, 4)) {
        const after = i + 2 < n ? raw[i + 2] : undefined;
        if (after !== undefined && !(after.breaks > 1) && (after.type === 'number' ? false : isOrdinalContext(after, i + 3 < n ? raw[i + 3] : undefined))) {
          out[w++] = joinNumber(text, t, next, 'ordinal');
          i++;
          continue;
        }
      }
    }
    if (w !== i) out[w] = t; // nothing joined so far: the token is already in place
    w++;
  }
  out.length = w;
  return out;
}

/** After "16." (`after`, then `next`): a month, a period noun, a lower-case word, or a range to the next ordinal. */
function isOrdinalContext(after: Token, next: Token | undefined): boolean {
  const v = after.value;
  const w = after.lower.endsWith('.') ? after.lower.slice(0, -1) : after.lower;
  if (MONTHS.has(w) || MONTHS.has(after.lower) || ORDINAL_NOUNS.has(w)) return true;
  if (after.type === 'word') {
    const c = v[0]!;
    return c === c.toLowerCase() && c !== c.toUpperCase();
  }
  // "10.–12. Juni", "2.-3. Juni": a range of ordinals; not the Swiss "CHF 850.–" (a price: no number after the dash)
  if (after.value === '-' || after.value === '–') return next !== undefined && next.type === 'number' && !next.newlineBefore;
  return after.value === '/' || after.value === ',' || after.value === 'und' || after.value === 'bis';
}

/** Tokens of the normalized text, German layer applied. */
export function tokenize(text: string): Token[] {
  if (text.length === 0) return [];
  return germanLayer(text, scan(text));
}
