/**
 * Reads one German number from the tokens at a position: digits, number words, decimal
 * comma spoken out ("1 Komma 1"), signs ("-", "minus"), glued scale letters ("100K"),
 * scale words ("11,5 Mio.", "zwei Milliarden", "einunddreißig Millionen zweihundert…"),
 * fractions ("ein Drittel", "eine halbe Million"). Ordinals are tokens of their own type and
 * never read as numbers. Every look-up is a Map/Set on the token's lower-case value.
 */
import type { Token } from '../text/tokens.js';
import { ATTACHED_SCALES, SCALE_WORDS } from '../lexicon/scale-words.js';
import { ARTICLE_FORMS, DECIMAL_WORDS, FRACTION_NOUNS, NEGATIVE_WORDS, ZERO_WORDS } from '../lexicon/number-words.js';
import { decimalPart, parseDigits, parseNumberWord } from './parse.js';
import { shortDecimal } from './tidy.js';

export interface NumberRead {
  /** The value with sign and scale applied. */
  value: number;
  /** Upper bound when one token held a range ("10-12"); undefined otherwise (always present: one object shape). */
  max: number | undefined;
  /** First token and one past the last token of the number (scale words included). */
  first: number;
  last: number;
  /** The scale multiplier applied (1 when none). */
  scale: number;
  /** The token of the bare number (before any scale word). */
  core: number;
  /** Written in digits (else in words). */
  digits: boolean;
  /** A form of "ein"/"kein" or "null": a number only before a unit or scale. */
  weak: boolean;
  /** The digits had leading zeros ("0033", "05261"). */
  leadingZero: boolean;
  /** The digits carried thousands separators or a decimal comma ("920.000", "11,5"). */
  formatted: boolean;
  /** A scale letter was glued to the digits ("100K", "3M"): fine for money, not for counts. */
  glued: boolean;
}

/** Currency words that allow a decimal point: Swiss usage. */
const SWISS = new Set(['chf', 'fr.', 'sfr.', 'sfr', 'franken']);

/** 11.5 × 10^6 → 11500000, not 11500000.000000002. Integers and decimals of one or two places pass as they are. */
const tidy = (x: number): number => (Number.isSafeInteger(x) || shortDecimal(x) ? x : Number(x.toPrecision(15)));

function isDigitToken(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'number';
}

/** A digit string that is "1-3 digits", for joining "2 500,50" split by the tokenizer. */
function shortInt(s: string): boolean {
  if (s.length === 0 || s.length > 3) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The value of 1–15 ASCII digits ("2019", "0033" → 33), else -1 (exact: below 2^53). */
function plainValue(s: string): number {
  if (s.length === 0 || s.length > 15) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/** A thousands separator or decimal comma in a digit string: "920.000", "11,5", "2'500", "2 500". */
function hasSeparator(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '.' || c === ',' || c === "'" || c === '’' || c === ' ') return true;
  }
  return false;
}

/** "500,50": three digits, a comma, digits. */
function groupWithDecimals(s: string): boolean {
  return /^\d{3},\d+$/u.test(s);
}

/** "10-12" in one token: a range of two plain numbers, the first the smaller. */
function digitRange(s: string): [number, number] | undefined {
  const k = s.indexOf('-', 1);
  if (k < 0) return undefined;
  const a = parseDigits(s.slice(0, k));
  const b = parseDigits(s.slice(k + 1));
  if (a === undefined || b === undefined || s[k + 1] === '0' || a >= b || s.slice(k + 1).startsWith('+')) return undefined;
  return [a, b];
}

function wordValue(t: Token): number | undefined {
  if (t.type !== 'word' || t.abbreviation === true) return undefined;
  return parseNumberWord(t.lower);
}

/** Scale words after position j (space allowed), or glued scale letters right after digits. */
function scaleAt(tokens: readonly Token[], j: number, digits: boolean): number | undefined {
  const t = tokens[j];
  if (t === undefined || t.newlineBefore) return undefined;
  const s = SCALE_WORDS.get(t.lower);
  if (s !== undefined) {
    // "5 tausend" and "Tausend" are scales; "tausend" written alone after digits too.
    return s;
  }
  if (digits && !t.spaceBefore) {
    const g = ATTACHED_SCALES.get(t.value);
    if (g !== undefined) return g;
  }
  return undefined;
}

/**
 * 1 when a sign stands at token i before a number: "minus 5", "negativ 5", "- 5" after a word,
 * "nach –112 Mio. €" (a typographic minus glued to the number after a lower-case word); else 0.
 * ("-5" in one token is the digit string's own sign.)
 */
function signLength(tokens: readonly Token[], i: number): number {
  const t0 = tokens[i]!;
  const n = tokens[i + 1];
  if (n === undefined || t0.type === 'number') return 0; // a digit token is no sign word or dash

  if (NEGATIVE_WORDS.has(t0.lower)) {
    return !n.newlineBefore && (n.type === 'number' || wordValue(n) !== undefined) ? 1 : 0;
  }
  const v = t0.value;
  if (v === '–' || v === '−') {
    const prev = tokens[i - 1];
    if (!t0.newlineBefore && t0.spaceBefore && n.type === 'number' && !n.spaceBefore && prev !== undefined && prev.type === 'word' && prev.value === prev.lower) return 1;
    return 0;
  }
  if (v === '-' && !t0.newlineBefore) {
    const prev = tokens[i - 1];
    const prevOk = prev === undefined || (prev.type === 'word' && prev.abbreviation !== true && SCALE_WORDS.get(prev.lower) === undefined && prev.lower === prev.value);
    if (!n.newlineBefore && (n.type === 'number' || (n.value === ',' && !n.spaceBefore)) && prevOk && (!n.spaceBefore || t0.spaceBefore)) return 1;
  }
  return 0;
}

/**
 * A decimal point: Swiss francs ("CHF 2.40", "4.50 Fr.": the currency before at j - 1 or after at k), and one or two
 * digits after a point before "%" or a scale word ("14.1%", "48.6 Mio.").
 */
function pointDecimal(tokens: readonly Token[], s: string, j: number, k: number): number | undefined {
  if (!POINT_DECIMAL.test(s)) return undefined;
  const before = tokens[j - 1]?.lower ?? '';
  const after = tokens[k]?.lower ?? '';
  // "CHF 2.40", "CHF 48.6 Mio.", "14.1%", "19.3 Prozent": one or two digits after a point are no German thousands
  // group (three digits); next to a Swiss currency, a percent sign or a scale word they are a decimal point
  if (SWISS.has(before) || SWISS.has(after) || POINT_DECIMAL_NEXT.has(after)) return Number(s.replace(/['’]/gu, ''));
  return undefined;
}
const POINT_DECIMAL = /^\d{1,3}(?:['’]\d{3})*\.\d{1,2}$/u;
/** Words after a number that make a point with one or two digits a decimal point. */
const POINT_DECIMAL_NEXT: ReadonlySet<string> = new Set(['%', 'prozent', 'mio.', 'mio', 'mrd.', 'mrd', 'millionen', 'milliarden', 'million', 'milliarde']);

/** ",77": a decimal comma with no integer part at token j, right before the digits; sign -1 when a sign was read. */
function bareDecimal(tokens: readonly Token[], j: number, sign: number): number | undefined {
  const t = tokens[j]!;
  const n = tokens[j + 1];
  const prev = tokens[j - 1];
  if (n === undefined || n.spaceBefore || n.type !== 'number' || !/^\d+$/u.test(n.value)) return undefined;
  if (!(t.spaceBefore || (prev !== undefined && prev.value === '-' && sign === -1)) || (prev !== undefined && prev.type === 'number')) return undefined;
  return Number('0.' + n.value);
}

/** The fractional part spoken after "Komma" at token d: "Komma 5", "Komma fünfzehn" → 0.15. */
function spokenDecimal(d: Token | undefined): number | undefined {
  if (d === undefined || d.newlineBefore) return undefined;
  if (d.type === 'number' && /^\d+$/u.test(d.value)) return Number('0.' + d.value);
  const w = wordValue(d);
  return w === undefined ? undefined : decimalPart(w);
}

/** The end of a chain of number words and ever smaller scales after a first scale (see scaleChainValue). */
function scaleChainEnd(tokens: readonly Token[], k: number, firstScale: number): number {
  let lastScale = firstScale;
  for (;;) {
    const w = tokens[k];
    if (w === undefined || w.newlineBefore || ARTICLE_FORMS.has(w.lower)) return k;
    const wv = wordValue(w);
    if (wv === undefined || wv === 0 || !Number.isInteger(wv)) return k;
    const s2 = scaleAt(tokens, k + 1, false);
    if (s2 === undefined) return wv >= lastScale ? k : k + 1;
    if (s2 >= lastScale) return k;
    lastScale = s2;
    k += 2;
  }
}

/** `value` plus the chain [k, end), added in reading order: "zwei Milliarden | siebenhunderteinundsiebzig Millionen zweihundert…". */
function scaleChainValue(tokens: readonly Token[], k: number, end: number, value: number): number {
  while (k < end) {
    const wv = wordValue(tokens[k]!)!;
    if (k + 1 < end) {
      value += wv * scaleAt(tokens, k + 1, false)!;
      k += 2;
    } else {
      value += wv;
      k += 1;
    }
  }
  return value;
}

/**
 * The number that starts at token i, or undefined. Does not look at what the number counts.
 * @example readNumber(tokenize('rund 11,5 Mio. Euro'), 1) // → { value: 11500000, first: 1, last: 3, scale: 1e6, … }
 */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  if (tokens[i] === undefined) return undefined;
  const j = i + signLength(tokens, i);
  const sign = j > i ? -1 : 1;
  const t = tokens[j];
  if (t === undefined) return undefined;
  let core: number | undefined;
  let max: number | undefined;
  let digits = false;
  let weak = false;
  let leadingZero = false;
  let formatted = false;
  const coreIndex = j;
  let k = j + 1; // one past the core
  if (t.type === 'number') {
    digits = true;
    let s = t.value;
    // "2 500,50": the tokenizer leaves "2" and "500,50"
    const n = tokens[j + 1];
    if (shortInt(s) && n !== undefined && n.type === 'number' && n.start === t.end + 1 && !n.newlineBefore && groupWithDecimals(n.value)) {
      s = s + '.' + n.value;
      k = j + 2;
    }
    // most digit tokens are plain ("2019", "270"): their value without parseDigits' regex and copies
    const plain = plainValue(s);
    core = plain >= 0 ? plain : parseDigits(s);
    if (core === undefined) core = pointDecimal(tokens, s, j, k);
    if (core === undefined) {
      const r = digitRange(s);
      if (r === undefined) return undefined;
      core = r[0];
      max = r[1];
    }
    formatted = (plain < 0 && hasSeparator(s)) || t.joined === true;
    if (plain >= 0) leadingZero = s.length > 1 && s.charCodeAt(0) === 48;
    else {
      const bare = s.startsWith('-') || s.startsWith('+') ? s.slice(1) : s;
      leadingZero = bare.length > 1 && bare[0] === '0' && bare[1] !== ',';
      if (s.startsWith('-') && sign === -1) return undefined;
    }
    // "49,- Euro", "49,– €": whole units written with a dash for the cents
    const c1 = tokens[k];
    const c2 = tokens[k + 1];
    if (c1 !== undefined && c2 !== undefined && c1.value === ',' && !c1.spaceBefore && (c2.value === '-' || c2.value === '–') && !c2.spaceBefore && !s.includes(',')) k += 2;
  } else if (t.value === ',' && !t.newlineBefore) {
    core = bareDecimal(tokens, j, sign);
    if (core === undefined) return undefined;
    digits = true;
    formatted = true;
    k = j + 2;
  } else {
    core = wordValue(t);
    if (core === undefined) return undefined;
    const article = ARTICLE_FORMS.has(t.lower);
    weak = article || ZERO_WORDS.has(t.lower);
    // "eine halbe Million"
    const n = tokens[j + 1];
    if (article && n !== undefined && (n.lower === 'halbe' || n.lower === 'halben')) {
      core = 0.5;
      k = j + 2;
    }
  }
  // spoken decimal comma: "1 Komma 1", "tausendvierhundertsechzehn Komma fünfzehn"
  const c = tokens[k];
  if (c !== undefined && DECIMAL_WORDS.has(c.lower) && max === undefined && Number.isInteger(core)) {
    const dv = spokenDecimal(tokens[k + 1]);
    if (dv !== undefined) {
      core = core + dv;
      k += 2;
      weak = false;
    }
  }
  // fractions: "ein Drittel", "drei Viertel"
  const f = tokens[k];
  if (f !== undefined && !digits && max === undefined) {
    const fraction = FRACTION_NOUNS.get(f.lower);
    if (fraction !== undefined) {
      core = core * fraction;
      k += 1;
      weak = false;
    }
  }
  // scales, possibly a chain of words: "zwei Milliarden siebenhunderteinundsiebzig Millionen …"
  let scale = 1;
  let value = core;
  let maxValue = max;
  const s1 = scaleAt(tokens, k, digits);
  const glued = s1 !== undefined && SCALE_WORDS.get(tokens[k]!.lower) === undefined;
  if (s1 !== undefined) {
    scale = s1;
    value = core * s1;
    if (maxValue !== undefined) maxValue *= s1;
    k += 1;
    weak = false;
    // a chain continues only with number words and ever smaller scales
    if (!digits && maxValue === undefined) {
      const end = scaleChainEnd(tokens, k, s1);
      if (end > k) {
        value = scaleChainValue(tokens, k, end, value);
        k = end;
      }
    }
  }
  return {
    value: tidy(sign * value),
    max: maxValue === undefined ? undefined : tidy(sign * maxValue),
    first: i,
    last: k,
    scale,
    core: coreIndex,
    digits,
    weak,
    leadingZero,
    formatted,
    glued,
  };
}
