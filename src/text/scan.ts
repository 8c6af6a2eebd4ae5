/**
 * The raw tokenizer: one pass over the text with charCodeAt and a little state, linear time,
 * no regex over the text. It gives the tokens the German layer (tokens.ts) expects, the same
 * ones wink-nlp's English tokenizer gave before (see test/text/scan.test.ts for the few
 * intended differences):
 * - words: runs of letters, marks and digits ("Q1", "B2B"); "O’Reilly" whole, "Otto’s" → "Otto" "’s";
 *   hyphenated words split ("Müller" "-" "Lüdenscheidt") unless a part has a digit ("Covid-19") or
 *   the first/last part is a kept affix ("E-Mail", "Bio-Markt"); a single letter keeps its period
 *   and dotted short forms stay whole ("z.", "B.", "z.B.", "u.a.", "U.S.", "e.V."); other words
 *   and their period are two tokens ("ca" "."; the German layer joins abbreviations).
 * - numbers: digits with . , : / - between digits ("2.500,50", "16.03.2017", "16:53", "2019/20",
 *   "252-0"), a sign before them when no letter or digit precedes ("-3"); a trailing "." or ","
 *   is not part of the number; digits followed by letters are two tokens ("3" "er").
 * - e-mail addresses and http(s) URLs: one token each.
 * - "..." and "--" one token; every other character one token (surrogate pairs kept whole, lone
 *   surrogates, NUL, emoji, marks alone: one token each).
 * - whitespace (including NBSP and the other Unicode spaces) is no token; line breaks are counted.
 * No token is longer than MAX_TOKEN code units, except that none is cut inside a surrogate pair.
 */
import type { Token, TokenType } from './tokens.js';
import { PackedToken } from './token.js';
import { HYPHEN_PREFIXES, HYPHEN_SUFFIXES } from '../lexicon/hyphen-affixes.js';
import { keepLayout } from '../engine/keep-alive.js';

const QUOTE_CHARS = new Set(['"', '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹', "'"]);
const PUNCT_CHARS = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '-', '–', '—', '‒', '…', '/', '...']);
const RX_LETTER = /^\p{L}/u;
const RX_NUMBER = /^\p{N}/u;
const RX_SYMBOL = /^\p{S}/u;
const RX_PUNCT = /^\p{P}/u;

/** The type of a token by its value (first character, and a few whole values). */
export function typeOf(value: string): TokenType {
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
  if (RX_LETTER.test(value)) return 'word';
  if (RX_NUMBER.test(value)) return 'number';
  if (RX_SYMBOL.test(value)) return 'symbol';
  if (RX_PUNCT.test(value)) return 'punct';
  return 'other';
}

/** Longest token (in UTF-16 code units) the scanner makes; longer runs are cut. */
export const MAX_TOKEN = 256;

// character classes, computed once per BMP code unit on first sight
const UNKNOWN = 0;
const OTHER = 1;
const LETTER = 2; // \p{L} or \p{M}
const DIGIT = 3; // ASCII 0-9 only
const SPACE = 4;
const SURROGATE = 5;
const CLASS = new Uint8Array(65536);
const RX_LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function classify(c: number): number {
  if (c >= 48 && c <= 57) return DIGIT;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LETTER;
  if (c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return SPACE;
  if (c < 128) return OTHER;
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE;
  return RX_LETTER_OR_MARK.test(String.fromCharCode(c)) ? LETTER : OTHER;
}

function cls(c: number): number {
  let k = CLASS[c]!;
  if (k === UNKNOWN) {
    k = classify(c);
    CLASS[c] = k;
  }
  return k;
}

// whether toLowerCase leaves a code unit as it is, computed once per BMP code unit on first sight
const CASE_UNKNOWN = 0;
const CASE_KEPT = 1;
const CASE_CHANGED = 2;
const CASE = new Uint8Array(65536);

/**
 * Lower-casing leaves code unit c unchanged ("ä", "ß", digits, punctuation; not "Ä", "Ⅰ", "Ⓐ").
 * Surrogates count as changed: a pair ("𐐀") may lower-case as a whole.
 */
function keepsCase(c: number): boolean {
  if (c < 128) return c < 65 || c > 90;
  const k = CASE[c]!;
  return k === CASE_KEPT || (k === CASE_UNKNOWN && learnCase(c));
}

/** First sight of c (kept apart from keepsCase: inlined into the scanner's loop, it made that loop allocate). */
function learnCase(c: number): boolean {
  const ch = String.fromCharCode(c);
  const kept = !(c >= 0xd800 && c <= 0xdfff) && ch.toLowerCase() === ch;
  CASE[c] = kept ? CASE_KEPT : CASE_CHANGED;
  return kept;
}

/** Token types by number, for CHAR_TYPE. */
const TYPES: readonly TokenType[] = ['word', 'number', 'ordinal', 'punct', 'quote', 'symbol', 'newline', 'other'];
/** typeOf of each one-character string, + 1 (0: not yet seen), computed once per BMP code unit on first sight. */
const CHAR_TYPE = new Uint8Array(65536);

/**
 * typeOf(String.fromCharCode(c)), without making that string each time (for „ “ – and other characters
 * above U+00FF it is a new string per call). It is also the type of every longer token that starts with a
 * BMP letter or mark c: typeOf reads only the first character of those (no quote or punctuation starts with one).
 */
function charType(c: number): TokenType {
  let k = CHAR_TYPE[c]!;
  if (k === 0) {
    k = TYPES.indexOf(typeOf(String.fromCharCode(c))) + 1;
    CHAR_TYPE[c] = k;
  }
  return TYPES[k - 1]!;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Characters of an e-mail address's local part. */
function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Trailing characters a URL does not keep. */
function isUrlTrail(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 125 || c === 62 ||
    c === 34 || c === 39 || QUOTE_CHARS.has(String.fromCharCode(c));
}

function affixCase(part: string, lower: string): boolean {
  return part === lower || part === lower.toUpperCase() || part === lower[0]!.toUpperCase() + lower.slice(1);
}

/**
 * The text lower-cased in one call, when a slice of it is the same as lower-casing that slice alone:
 * JavaScript's toLowerCase changes the length of one character only ("İ" → "i̇") and looks at the
 * context of one only (the final "Σ"), so a text with neither is safe; else undefined (each token
 * is lower-cased alone). Why: toLowerCase per token was a third of the scanner's time — texts with
 * „German quotes“ are two-byte strings, lower-cased through ICU, a call that costs the same for 2 KB
 * as for a word.
 */
export function lowerCaseWhole(text: string): string | undefined {
  if (text.indexOf('\u0130') >= 0 || text.indexOf('\u03A3') >= 0) return undefined;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : undefined;
}

/** Raw tokens of `text` (German layer not applied). */
export function scan(text: string): Token[] {
  return new Scanner(text).run();
}

/**
 * The scanner's state and its look-ahead helpers. A class rather than closures inside one
 * function: each method is compiled (and warmed up) on its own, which keeps V8's optimising
 * compiler cheap — it runs once per batch worker, on the same two cores as the work.
 */
class Scanner {
  readonly text: string;
  readonly n: number;
  readonly out: Token[] = [];
  spaced = false;
  breaks = 0;
  /** Next '@' at or after the position (-1 when none is left): e-mail look-ahead only near one. */
  nextAt: number;
  /** A hyphenated compound already judged "split" runs up to here: its parts are plain words. */
  splitUntil = -1;
  /** The whole text lower-cased, when its slices are the tokens' lower-case forms (see lowerCaseWhole). */
  readonly lowerText: string | undefined;

  constructor(text: string) {
    this.text = text;
    this.n = text.length;
    this.nextAt = text.indexOf('@');
    this.lowerText = lowerCaseWhole(text);
  }

  /** Letter at i (BMP letter/mark or astral letter): its length in code units, else 0. */
  letterAt(i: number): number {
    if (i >= this.n) return 0;
    const k = cls(this.text.charCodeAt(i));
    if (k === LETTER) return 1;
    if (k === SURROGATE) return this.astralLetter(i);
    return 0;
  }
  astralLetter(i: number): number {
    const c = this.text.charCodeAt(i);
    if (c > 0xdbff || i + 1 >= this.n) return 0;
    const d = this.text.charCodeAt(i + 1);
    if (d < 0xdc00 || d > 0xdfff) return 0;
    return RX_LETTER_OR_MARK.test(this.text.slice(i, i + 2)) ? 2 : 0;
  }
  alnumAt(i: number): number {
    if (i >= this.n) return 0;
    const c = this.text.charCodeAt(i);
    if (c >= 48 && c <= 57) return 1;
    return this.letterAt(i);
  }

  /** End of the run of letters and digits from i, at most `limit`. */
  alnumRun(i: number, limit: number): number {
    let j = i;
    while (j < limit) {
      const w = this.alnumAt(j);
      if (w === 0 || j + w > limit) break;
      j += w;
    }
    return j;
  }

  /** End of one word part from i: a letter/digit run, joined over apostrophes ("O’Reilly"), not before "'s". */
  partEnd(i: number, limit: number): number {
    let j = this.alnumRun(i, limit);
    while (j + 1 < limit && isApostrophe(this.text.charCodeAt(j)) && this.alnumAt(j + 1) > 0) {
      const k = this.alnumRun(j + 1, limit);
      if (this.isPossessive(j)) break;
      j = k;
    }
    return j;
  }

  /** "'s"/"’s" at i after a letter, with no letter or digit after the s. */
  isPossessive(i: number): boolean {
    if (i === 0 || i + 1 >= this.n || !isApostrophe(this.text.charCodeAt(i))) return false;
    const s = this.text.charCodeAt(i + 1);
    if (s !== 115 && s !== 83) return false;
    if (this.alnumAt(i + 2) > 0) return false;
    const p = this.text.charCodeAt(i - 1);
    return cls(p) === LETTER || (p >= 0xdc00 && p <= 0xdfff);
  }

  /** Numbers: digits with . , : / - between digits. */
  numberEnd(i: number): number {
    const limit = Math.min(this.n, i + MAX_TOKEN);
    let j = i;
    while (j < limit) {
      const c = this.text.charCodeAt(j);
      if (c >= 48 && c <= 57) {
        j++;
        continue;
      }
      if ((c === 46 || c === 44 || c === 58 || c === 47 || c === 45) && j > i && j + 1 < limit) {
        const d = this.text.charCodeAt(j + 1);
        if (d >= 48 && d <= 57) {
          j += 2;
          continue;
        }
      }
      break;
    }
    return j;
  }

  /** An e-mail address starting at i: its end, else -1. */
  emailEnd(i: number): number {
    const limit = Math.min(this.n, i + MAX_TOKEN);
    let k = i;
    while (k < limit && isLocalChar(this.text.charCodeAt(k))) k++;
    if (k >= limit || this.text.charCodeAt(k) !== 64 || this.text.charCodeAt(k - 1) === 46) return -1;
    let m = k + 1;
    let labels = 0;
    for (;;) {
      const s = m;
      while (m < limit && (isAsciiAlnum(this.text.charCodeAt(m)) || this.text.charCodeAt(m) === 45)) m++;
      if (m === s) return -1;
      labels++;
      if (m + 1 < limit && this.text.charCodeAt(m) === 46 && isAsciiAlnum(this.text.charCodeAt(m + 1))) {
        m++;
        continue;
      }
      break;
    }
    return labels >= 2 ? m : -1;
  }

  /**
   * "http" at i, in any case: by char codes (c | 32 lower-cases an ASCII letter), not a slice lower-cased —
   * each German word that starts with "h" asks, and that call went through ICU.
   */
  isHttpAt(i: number): boolean {
    const t = this.text;
    return (t.charCodeAt(i) | 32) === 104 && (t.charCodeAt(i + 1) | 32) === 116 && (t.charCodeAt(i + 2) | 32) === 116 &&
      (t.charCodeAt(i + 3) | 32) === 112;
  }

  /** An http(s) URL starting at i: its end, else -1. */
  urlEnd(i: number): number {
    let p = i + 4;
    if (p > this.n || !this.isHttpAt(i)) return -1;
    if (p < this.n && (this.text.charCodeAt(p) | 32) === 115) p++;
    if (!this.text.startsWith('://', p)) return -1;
    const limit = Math.min(this.n, i + MAX_TOKEN);
    let j = p + 3;
    while (j < limit && cls(this.text.charCodeAt(j)) !== SPACE) j++;
    if (j === limit && j < this.n && cls(this.text.charCodeAt(j)) !== SPACE) return -1; // too long: not one token
    while (j > p + 3 && isUrlTrail(this.text.charCodeAt(j - 1))) j--;
    return j > p + 3 ? j : -1;
  }

  /** A word starting with a letter at i: its end. */
  wordEnd(i: number): number {
    const limit = Math.min(this.n, i + MAX_TOKEN);
    const j = this.partEnd(i, limit);
    // a single letter keeps its period; dotted short forms "z.B.", "u.a.", "U.S.A.", "x.y" stay whole
    if (j - i === 1 && j < this.n && this.text.charCodeAt(j) === 46) {
      let k = j + 1;
      while (k < limit && cls(this.text.charCodeAt(k)) === LETTER && this.alnumAt(k + 1) === 0) {
        if (k + 1 < limit && this.text.charCodeAt(k + 1) === 46) {
          k += 2;
          continue;
        }
        k++;
        break;
      }
      return k;
    }
    if (i < this.splitUntil || j >= limit || !isHyphen(this.text.charCodeAt(j)) || this.alnumAt(j + 1) === 0) return j;
    // a hyphenated compound: whole when a part has a digit or the first/last part is a kept affix
    let end = j;
    let digit = this.hasDigit(i, j);
    let lastStart = i;
    while (end + 1 < this.n && isHyphen(this.text.charCodeAt(end)) && this.alnumAt(end + 1) > 0) {
      lastStart = end + 1;
      const e = this.partEnd(lastStart, Math.min(this.n, lastStart + MAX_TOKEN));
      if (!digit) digit = this.hasDigit(lastStart, e);
      end = e;
    }
    if (end - i <= MAX_TOKEN) {
      if (digit) return end;
      const first = this.text.slice(i, j);
      const lf = this.lowerCaseOf(i, j, first);
      if (HYPHEN_PREFIXES.has(lf) && affixCase(first, lf)) return end;
      const last = this.text.slice(lastStart, end);
      const ll = this.lowerCaseOf(lastStart, end, last);
      if (HYPHEN_SUFFIXES.has(ll) && (last === ll || last === ll.toUpperCase())) return end;
    }
    this.splitUntil = end;
    return j;
  }

  hasDigit(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const c = this.text.charCodeAt(k);
      if (c >= 48 && c <= 57) return true;
    }
    return false;
  }

  /** `value` (text[start, end)) lower-cased: a slice of the lower-cased text when there is one, not a call into ICU. */
  lowerCaseOf(start: number, end: number, value: string): string {
    return this.lowerText !== undefined ? this.lowerText.slice(start, end) : value.toLowerCase();
  }

  /** Lower-casing leaves text[start, end) as it is. */
  keepsCase(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (!keepsCase(this.text.charCodeAt(k))) return false;
    return true;
  }

  /**
   * A token [start, end); `lowerCase`: lower-casing leaves it as it is, so its lower-case form is the same
   * string (about half the tokens: lower-case words, numbers, punctuation — one string less each).
   */
  push(start: number, end: number, type: TokenType, lowerCase: boolean): void {
    const value = this.text.slice(start, end);
    const lower = lowerCase ? value : this.lowerCaseOf(start, end, value);
    // every token is made here (or by the German layer's join) with the same fields in the same
    // order: one object shape, so the rules' property reads stay monomorphic
    this.out.push(new PackedToken(value, lower, type, start, this.spaced, this.breaks));
    this.spaced = false;
    this.breaks = 0;
  }

  run(): Token[] {
    const text = this.text;
    const n = this.n;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = cls(c);
      if (k === SPACE) {
        if (c === 10) this.breaks++;
        this.spaced = true;
        i++;
        continue;
      }
      // e-mail addresses and URLs, looked for only where a run of their characters starts
      if (k !== OTHER && k !== SURROGATE && c < 128 && (i === 0 || !isLocalChar(text.charCodeAt(i - 1)))) {
        if (this.nextAt >= 0 && this.nextAt < i) this.nextAt = text.indexOf('@', i);
        if (this.nextAt >= 0 && this.nextAt - i < MAX_TOKEN) {
          const e = this.emailEnd(i);
          if (e > 0) {
            this.push(i, e, typeOf(text.slice(i, e)), this.keepsCase(i, e));
            i = e;
            continue;
          }
        }
        if ((c | 32) === 104) {
          const e = this.urlEnd(i);
          if (e > 0) {
            this.push(i, e, typeOf(text.slice(i, e)), this.keepsCase(i, e));
            i = e;
            continue;
          }
        }
      }
      if (k === DIGIT) {
        const e = this.numberEnd(i);
        this.push(i, e, 'number', true); // digits and . , : / -
        i = e;
        continue;
      }
      if (k === LETTER) {
        // fast path: a plain run of letters and digits ending at a space or a character that needs no look
        const limit = i + MAX_TOKEN < n ? i + MAX_TOKEN : n;
        let j = i + 1;
        // no upper-case letter: the lower-case form is the word itself
        let lowerCase = keepsCase(c);
        while (j < limit) {
          const cj = text.charCodeAt(j);
          if (cj >= 97 && cj <= 122) { j++; continue; }
          const kj = cls(cj);
          if (kj !== LETTER && kj !== DIGIT) break;
          if (lowerCase) lowerCase = keepsCase(cj);
          j++;
        }
        const d = j < n ? text.charCodeAt(j) : 32;
        if (j < limit && d !== 46 && !isHyphen(d) && !isApostrophe(d) && (d < 0xd800 || d > 0xdfff)) {
          this.push(i, j, c < 128 ? 'word' : charType(c), lowerCase);
          i = j;
          continue;
        }
      }
      if (k === LETTER || (k === SURROGATE && this.astralLetter(i) > 0)) {
        const e = this.wordEnd(i);
        this.push(i, e, c < 128 ? 'word' : k === LETTER ? charType(c) : typeOf(text.slice(i, e)), this.keepsCase(i, e));
        i = e;
        continue;
      }
      // a sign before digits, when no letter or digit stands before it
      if ((c === 45 || c === 43) && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 48 && d <= 57 && (i === 0 || this.alnumAt(i - 1) === 0) && !(i > 0 && text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdfff && this.astralLetter(i - 2) > 0)) {
          const e = this.numberEnd(i + 1);
          this.push(i, e, 'number', true);
          i = e;
          continue;
        }
      }
      if (c === 46 && i + 2 < n && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) {
        this.push(i, i + 3, 'punct', true);
        i += 3;
        continue;
      }
      // "--" as one token (a lone pair only: "---" stays three)
      if (c === 45 && i + 1 < n && text.charCodeAt(i + 1) === 45 && (i + 2 >= n || text.charCodeAt(i + 2) !== 45) && (i === 0 || text.charCodeAt(i - 1) !== 45)) {
        this.push(i, i + 2, 'punct', true);
        i += 2;
        continue;
      }
      if (this.isPossessive(i)) {
        this.push(i, i + 2, 'punct', this.keepsCase(i, i + 2)); // "’s", "'S"
        i += 2;
        continue;
      }
      if (k === SURROGATE && c <= 0xdbff && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.push(i, i + 2, typeOf(text.slice(i, i + 2)), false);
          i += 2;
          continue;
        }
      }
      this.push(i, i + 1, charType(c), keepsCase(c));
      i++;
    }
    return this.out;
  }
}

// a live scanner keeps the layout of every document's scanner (see engine/keep-alive.ts)
keepLayout(new Scanner(''));
