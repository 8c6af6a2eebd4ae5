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

export interface NumberRead {
  /** The value with sign and scale applied. */
  value: number;
  /** Upper bound when one token held a range ("10-12"). */
  max?: number;
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

/** 11.5 × 10^6 → 11500000, not 11500000.000000002. Integers pass as they are. */
/** Currency words that allow a decimal point: Swiss usage. */
const SWISS = new Set(['chf', 'fr.', 'sfr.', 'sfr', 'franken']);

const tidy = (x: number): number => (Number.isSafeInteger(x) ? x : Number(x.toPrecision(15)));

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
 * The number that starts at token i, or undefined. Does not look at what the number counts.
 * @example readNumber(tokenize('rund 11,5 Mio. Euro'), 1) // → { value: 11500000, first: 1, last: 3, scale: 1e6, … }
 */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  let j = i;
  let sign = 1;
  const t0 = tokens[j];
  if (t0 === undefined) return undefined;
  // signs: "minus 5", "negativ 5", "-5" (one token), "- 5" after a word
  if (NEGATIVE_WORDS.has(t0.lower) && tokens[j + 1] !== undefined && !tokens[j + 1]!.newlineBefore) {
    const n = tokens[j + 1]!;
    if (n.type === 'number' || wordValue(n) !== undefined) {
      sign = -1;
      j++;
    }
  } else if ((t0.value === '–' || t0.value === '−') && !t0.newlineBefore && t0.spaceBefore && tokens[j + 1] !== undefined && tokens[j + 1]!.type === 'number' && !tokens[j + 1]!.spaceBefore && tokens[j - 1]?.type === 'word' && tokens[j - 1]!.value === tokens[j - 1]!.lower) {
    // "nach –112 Mio. €": a typographic minus glued to the number, after a lower-case word
    sign = -1;
    j++;
  } else if (t0.value === '-' && !t0.newlineBefore) {
    const n = tokens[j + 1];
    const prev = tokens[j - 1];
    const prevOk = prev === undefined || (prev.type === 'word' && prev.abbreviation !== true && SCALE_WORDS.get(prev.lower) === undefined && prev.lower === prev.value);
    if (n !== undefined && !n.newlineBefore && (n.type === 'number' || (n.value === ',' && !n.spaceBefore)) && prevOk && (!n.spaceBefore || t0.spaceBefore)) {
      sign = -1;
      j++;
    }
  }
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
    core = parseDigits(s);
    // Swiss francs are written with a decimal point: "CHF 2.40", "4.50 Fr."
    if (core === undefined && /^\d{1,3}(?:['’]\d{3})*\.\d\d$/u.test(s) && (SWISS.has(tokens[j - 1]?.lower ?? '') || SWISS.has(tokens[k]?.lower ?? ''))) {
      core = Number(s.replace(/['’]/gu, ''));
    }
    if (core === undefined) {
      const r = digitRange(s);
      if (r === undefined) return undefined;
      [core, max] = r;
    }
    formatted = s.includes('.') || s.includes(',') || s.includes("'") || s.includes('’') || s.includes(' ') || t.joined === true;
    const bare = s.startsWith('-') || s.startsWith('+') ? s.slice(1) : s;
    leadingZero = bare.length > 1 && bare[0] === '0' && bare[1] !== ',';
    if (s.startsWith('-') && sign === -1) return undefined;
    // "49,- Euro", "49,– €": whole units written with a dash for the cents
    const c1 = tokens[k];
    const c2 = tokens[k + 1];
    if (c1 !== undefined && c2 !== undefined && c1.value === ',' && !c1.spaceBefore && (c2.value === '-' || c2.value === '–') && !c2.spaceBefore && !s.includes(',')) k += 2;
  } else if (t.value === ',' && !t.newlineBefore) {
    // ",77": a decimal comma with no integer part, right before the digits
    const n = tokens[j + 1];
    const prev = tokens[j - 1];
    if (n === undefined || n.spaceBefore || n.type !== 'number' || !/^\d+$/u.test(n.value)) return undefined;
    if (!(t.spaceBefore || (prev !== undefined && prev.value === '-' && sign === -1)) || (prev !== undefined && prev.type === 'number')) return undefined;
    core = Number('0.' + n.value);
    digits = true;
    formatted = true;
    k = j + 2;
  } else {
    core = wordValue(t);
    if (core === undefined) return undefined;
    weak = ARTICLE_FORMS.has(t.lower) || ZERO_WORDS.has(t.lower);
    // "eine halbe Million"
    const n = tokens[j + 1];
    if (ARTICLE_FORMS.has(t.lower) && n !== undefined && (n.lower === 'halbe' || n.lower === 'halben')) {
      core = 0.5;
      k = j + 2;
    }
  }
  // spoken decimal comma: "1 Komma 1", "tausendvierhundertsechzehn Komma fünfzehn"
  const c = tokens[k];
  if (c !== undefined && DECIMAL_WORDS.has(c.lower) && max === undefined && Number.isInteger(core)) {
    const d = tokens[k + 1];
    if (d !== undefined && !d.newlineBefore) {
      const dv = d.type === 'number' && /^\d+$/u.test(d.value) ? Number('0.' + d.value) : (() => {
        const w = wordValue(d);
        return w === undefined ? undefined : decimalPart(w);
      })();
      if (dv !== undefined) {
        core = core + dv;
        k += 2;
        weak = false;
      }
    }
  }
  // fractions: "ein Drittel", "drei Viertel"
  const f = tokens[k];
  if (f !== undefined && !digits && FRACTION_NOUNS.has(f.lower) && max === undefined) {
    core = core * FRACTION_NOUNS.get(f.lower)!;
    k += 1;
    weak = false;
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
    let lastScale = s1;
    if (!digits && maxValue === undefined) {
      for (;;) {
        const w = tokens[k];
        if (w === undefined || w.newlineBefore || ARTICLE_FORMS.has(w.lower)) break;
        const wv = wordValue(w);
        if (wv === undefined || wv === 0 || !Number.isInteger(wv)) break;
        const s2 = scaleAt(tokens, k + 1, false);
        if (s2 !== undefined) {
          if (s2 >= lastScale) break;
          value += wv * s2;
          lastScale = s2;
          k += 2;
        } else {
          if (wv >= lastScale) break;
          value += wv;
          k += 1;
          break;
        }
      }
    }
  }
  const out: NumberRead = {
    value: tidy(sign * value),
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
  if (maxValue !== undefined) out.max = tidy(sign * maxValue);
  return out;
}
