/**
 * German numerals from single strings: digits as written ("920.000", "2.500,50", "2'500")
 * and number words ("dreiundzwanzig", "siebenhunderteinundzwanzigtausendundzwölf").
 * Pure functions, no look-around: the token reader (read.ts) decides what a number is.
 */
import { WordCache } from '../engine/word-cache.js';
import { FRACTION_WORDS, INNER_SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS, ZERO_WORDS } from '../lexicon/number-words.js';

/**
 * A German digit string: integer ("920000", "0033"), thousands with "." or "'" or "’" or a space
 * ("920.000", "2'500", "2 500"), decimal comma ("11,5", "2.500,50", ",77"). A mixed or
 * mis-grouped string ("16.03.2017", "2.5", "16:53", "252-0") is not a number.
 * @example parseDigits('2.500,50') // → 2500.5
 */
const DIGITS = /^[+-]?(?:\d{1,3}(?<sep>[.'’\u00a0\u202f ])\d{3}(?:\k<sep>\d{3})*|\d*)(?:,\d+)?$/u;

export function parseDigits(s: string): number | undefined {
  if (s.length === 0 || s.length > 40) return undefined;
  if (plainDigits(s)) return Number(s); // the common case ("2019", "0033"): no regex, no copy
  const grouped = dotGroupedInteger(s); // the next most common: "1.500", "920.000"
  if (grouped >= 0) return grouped;
  const comma = commaDecimal(s); // and "11,5"
  if (comma >= 0) return comma;
  if (!DIGITS.test(s)) return undefined;
  let digits = '';
  let sign = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') digits += c;
    else if (c === ',') digits += '.';
    else if (c === '-' && i === 0) sign = -1;
  }
  if (digits === '' || digits === '.' || digits.endsWith('.')) return undefined;
  const v = Number(digits.startsWith('.') ? '0' + digits : digits);
  return Number.isFinite(v) ? sign * v : undefined;
}

/** Only ASCII digits (what DIGITS reads as its `\d*` branch). */
function plainDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The value of an integer with "." thousands separators and at most 15 digits ("1.500",
 * "920.000"; exact, as DIGITS would read it), else -1.
 */
function dotGroupedInteger(s: string): number {
  const head = s.indexOf('.');
  if (head < 1 || head > 3 || (s.length - head) % 4 !== 0 || s.length - (s.length - head) / 4 > 15) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i >= head && (i - head) % 4 === 0) {
      if (c !== 46) return -1;
      continue;
    }
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/**
 * "11,5" → 11.5: digits, one decimal comma, digits (the value Number() reads from "11.5"), else -1.
 * Up to fifteen digits the digits are an exact integer and 10^places an exact double, and their quotient is
 * rounded once, to the double nearest the decimal, as Number() rounds it: no string is built (this runs at
 * every decimal in a text).
 */
function commaDecimal(s: string): number {
  const k = s.indexOf(',');
  if (k < 1 || k === s.length - 1) return -1;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    if (i === k) continue;
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    digits = digits * 10 + (c - 48);
  }
  if (s.length - 1 <= 15) return digits / POWERS_OF_TEN[s.length - 1 - k]!;
  return Number(s.slice(0, k) + '.' + s.slice(k + 1));
}
/** 10^0 … 10^15, each exact (written out: Math.pow need not be exact). */
const POWERS_OF_TEN: readonly number[] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** True for a digit string with a decimal comma ("11,5"). */
export function hasDecimalComma(s: string): boolean {
  return s.includes(',');
}

/** The fractional digits of a spoken decimal ("Komma fünfzehn" → 0.15). */
export function decimalPart(n: number): number | undefined {
  if (!Number.isInteger(n) || n < 0) return undefined;
  const s = String(n);
  return Number('0.' + s);
}

// ── number words ────────────────────────────────────────────────────────────────

type Morpheme = { kind: 'unit' | 'teen' | 'tens'; value: number } | { kind: 'hundert' | 'tausend' | 'und'; value: number };

/** Morphemes inside a compound word. "ein" only (not "eine"/"einen"), "eins" only at the end. */
const MORPHEMES: ReadonlyArray<readonly [string, Morpheme]> = (() => {
  const list: Array<[string, Morpheme]> = [];
  for (const [w, v] of UNIT_WORDS) if (w === 'ein' || w === 'eins' || v > 1) list.push([w, { kind: 'unit', value: v }]);
  for (const [w, v] of TEEN_WORDS) list.push([w, { kind: 'teen', value: v }]);
  for (const [w, v] of TENS_WORDS) list.push([w, { kind: 'tens', value: v }]);
  for (const [w, v] of INNER_SCALE_WORDS) list.push([w, { kind: v === 100 ? 'hundert' : 'tausend', value: v }]);
  list.push(['und', { kind: 'und', value: 0 }]);
  list.sort((a, b) => b[0].length - a[0].length);
  return list;
})();

function segment(word: string): Morpheme[] | undefined {
  const out: Morpheme[] = [];
  const failedAt = new Set<number>();
  const go = (pos: number): boolean => {
    if (pos === word.length) return true;
    if (failedAt.has(pos)) return false;
    for (const [m, morpheme] of MORPHEMES) {
      if (word.startsWith(m, pos)) {
        if (m === 'eins' && pos + 4 !== word.length) continue;
        out.push(morpheme);
        if (go(pos + m.length)) return true;
        out.pop();
      }
    }
    failedAt.add(pos);
    return false;
  };
  return go(0) ? out : undefined;
}

/** Value of morphemes [pos, …) below 1000, and where it stopped. */
function below1000(m: Morpheme[], pos: number): { value: number; pos: number; empty: boolean } {
  let value = 0;
  let p = pos;
  const a = m[p];
  const b = m[p + 1];
  if (a?.kind === 'hundert') {
    value = 100;
    p++;
  } else if (a !== undefined && (a.kind === 'unit' || a.kind === 'teen') && b?.kind === 'hundert') {
    value = a.value * 100;
    p += 2;
  }
  if (value > 0 && m[p]?.kind === 'und' && m[p + 1] !== undefined && m[p + 1]!.kind !== 'tausend') p++;
  const c = m[p];
  const d = m[p + 1];
  const e = m[p + 2];
  if (c?.kind === 'unit' && d?.kind === 'und' && e?.kind === 'tens') {
    value += c.value + e.value;
    p += 3;
  } else if (c !== undefined && (c.kind === 'unit' || c.kind === 'teen' || c.kind === 'tens')) {
    value += c.value;
    p += 1;
  }
  return { value, pos: p, empty: p === pos };
}

/**
 * A German number word, one token: "zwölf", "dreiundzwanzig", "zweihundertfünfzig",
 * "achtzehnhundertzweiundfünfzig", "anderthalb", "null". Folds "ß" to "ss". Forms of "ein"
 * and "kein" read as 1 and 0: whether they are numbers in context is the reader's call.
 * @example parseNumberWord('siebenhunderteinundzwanzigtausendundzwölf') // → 721012
 */
export function parseNumberWord(word: string): number | undefined {
  const known = numberWordCache.get(word);
  if (known === undefined) return learnNumberWord(word);
  return known === null ? undefined : known;
}

/** The cache miss, apart so the hit path stays small where it is inlined. */
function learnNumberWord(word: string): number | undefined {
  const value = parseNumberWordUncached(word);
  numberWordCache.set(word, value ?? null);
  return value;
}

/**
 * Word → value (null: no number word) for words seen before: the same word forms come back in
 * every document, and the parser allocates (lower-casing, prefixes).
 * (null, not a number sentinel: comparing with a number would deoptimise at the first "1,5".)
 */
const numberWordCache = new WordCache<number | null>();

function parseNumberWordUncached(word: string): number | undefined {
  if (word.length === 0 || word.length > 120) return undefined;
  const lower = word.toLowerCase();
  const w = lower.includes('ß') ? lower.replace(/ß/gu, 'ss') : lower;
  // Most words are no number word: reject on the first three letters before segmenting (hot path).
  if (w.length >= 3 && !NUMBER_WORD_PREFIXES.has(w.slice(0, 3))) return undefined;
  const whole = UNIT_WORDS.get(w) ?? FRACTION_WORDS.get(w);
  if (whole !== undefined) return whole;
  if (ZERO_WORDS.has(w)) return 0;
  const m = segment(w);
  if (m === undefined || m.length === 0) return undefined;
  let total = 0;
  const first = below1000(m, 0);
  let pos = first.pos;
  if (m[pos]?.kind === 'tausend') {
    total = (first.empty ? 1 : first.value) * 1000;
    pos++;
    if (m[pos]?.kind === 'und') pos++;
    const rest = below1000(m, pos);
    if (m[pos - 1]?.kind === 'und' && rest.empty) return undefined;
    total += rest.value;
    pos = rest.pos;
  } else {
    if (first.empty) return undefined;
    total = first.value;
  }
  return pos === m.length ? total : undefined;
}

/** Every whole number word and every morpheme a compound can start with, "ß" folded ("ein", "zwanzig", "hundert", "null" …). */
export const NUMBER_WORD_STARTS: readonly string[] = [
  ...UNIT_WORDS.keys(), ...TEEN_WORDS.keys(), ...TENS_WORDS.keys(), ...INNER_SCALE_WORDS.keys(), ...FRACTION_WORDS.keys(), ...ZERO_WORDS, 'hundert', 'tausend',
].map((k) => k.replace(/ß/gu, 'ss'));

/** The first three letters of every number word a compound can start with ("ein…", "zwei…", "hundert…"). */
const NUMBER_WORD_PREFIXES: ReadonlySet<string> = new Set(NUMBER_WORD_STARTS.map((k) => k.slice(0, 3)));
