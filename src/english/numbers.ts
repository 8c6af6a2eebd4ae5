/** English numerals over tokens: "1,234,567", "12.5", "12.5m", "€1.2bn", "40 million", "six". */
import type { Token } from '../text/tokens.js';
import { NUMBER_WORDS, SCALES } from './lexicon.js';

export interface NumberSpan {
  value: number;
  /** First token of the number, one past its last token (scale word included). */
  first: number;
  last: number;
  /** Written as a word ("six"). */
  word: boolean;
  /** A scale word or suffix was applied ("million", "m", "bn"). */
  scaled: boolean;
  /** The digits alone, as written (for year checks). */
  digits: string;
  /** Upper bound of a range written as one token ("10-12", "5–7"). */
  max?: number;
  /** Characters to drop from the end of the last token ("12.5m." at a sentence end keeps its period out). */
  trim: number;
}

const PLAIN = /^\d+(?:\.\d+)?$/u;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;
const SUFFIXED = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)$/iu;
const RANGE = /^(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)$/u;
const SINGLE_LETTER_SCALES = new Set(['k', 'm', 'b']);

/** The value of a digit token in English notation, or undefined ("16.03.2017", "9:00" are not plain numbers). */
export function digitValue(value: string): number | undefined {
  if (PLAIN.test(value)) return Number(value);
  if (GROUPED.test(value)) return Number(value.replace(/,/gu, ''));
  return undefined;
}

/** The number starting at token i, with a following scale word, or undefined. */
export function readNumber(tokens: readonly Token[], i: number, allowWords = false): NumberSpan | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  let value: number | undefined;
  let word = false;
  let scaled = false;
  let last = i + 1;
  let max: number | undefined;
  let trim = 0;
  if (t.type === 'number') {
    value = digitValue(t.value);
    const range = value === undefined ? RANGE.exec(t.value) : null;
    if (range !== null && Number(range[2]) > Number(range[1])) {
      value = Number(range[1]);
      max = Number(range[2]);
    } else if (value === undefined) {
      const m = SUFFIXED.exec(t.value);
      if (m === null) return undefined;
      value = Number(m[1]) * SCALES.get(m[2]!.toLowerCase())!;
      scaled = true;
    }
  } else if (allowWords && t.type === 'word' && NUMBER_WORDS.has(t.lower)) {
    value = NUMBER_WORDS.get(t.lower)!;
    word = true;
  } else {
    return undefined;
  }
  if (!scaled) {
    const s = tokens[last];
    // "40 million", "1.2bn", "EUR 12.5m" ("m"/"k"/"b" only right on the number: "12.5 m" is metres)
    // the tokenizer may join a sentence-final period to the scale ("12.5m.")
    const scaleWord = s === undefined ? '' : s.abbreviation === true && s.lower.endsWith('.') ? s.lower.slice(0, -1) : s.lower;
    if (s !== undefined && s.type === 'word' && SCALES.has(scaleWord) && !s.newlineBefore && !(SINGLE_LETTER_SCALES.has(scaleWord) && s.spaceBefore)) {
      value *= SCALES.get(scaleWord)!;
      if (max !== undefined) max *= SCALES.get(scaleWord)!;
      scaled = true;
      last++;
      if (scaleWord !== s.lower) trim = 1;
    }
  }
  const span: NumberSpan = { value: round(value), first: i, last, word, scaled, digits: t.value, trim };
  if (max !== undefined) span.max = round(max);
  return span;
}

/** Floating-point noise away: 12.5 * 1e6 = 12500000 exactly. */
export function round(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(12)) : v;
}
