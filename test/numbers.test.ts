/**
 * The German number layer (src/numbers), item by item from SPEC §2 "German it must read":
 * digit strings, number words, scale words and abbreviations, and what is not a number.
 */
import { describe, expect, it } from 'vitest';
import { parseDigits, parseNumberWord, readNumber } from '../src/numbers/index.js';
import { makeContext } from '../src/engine/context.js';

/** Tokens after text hygiene (NBSP and narrow NBSP become spaces), as extract() sees them. */
const tokenize = (s: string) => makeContext(s).tokens;

const digits: ReadonlyArray<readonly [string, number]> = [
  ['920.000', 920_000], ['1.234.567', 1_234_567], ['11,5', 11.5], ['2.500,50', 2500.5], ['2 500', 2500],
  ['2\'500', 2500], ['2’500', 2500], ['0,77', 0.77], [',77', 0.77], ['1.000.000,00', 1_000_000], ['0033', 33], ['-1200000', -1_200_000],
];
const notDigits = ['16.03.2017', '2.5', '16:53', '252-0', '2019/20', '1.23.456', '12.34', ''];

const words: ReadonlyArray<readonly [string, number]> = [
  ['zwei', 2], ['zwölf', 12], ['dreiundzwanzig', 23], ['zweihundertfünfzig', 250], ['hundert', 100], ['tausend', 1000],
  ['dreissig', 30], ['dreißig', 30], ['einundvierzig', 41], ['neunzehnhundertneunzig', 1990], ['dreitausendvierhundertelf', 3411],
  ['zweitausendundeins', 2001], ['anderthalb', 1.5], ['eineinhalb', 1.5], ['zweieinhalb', 2.5], ['Sechzehn', 16], ['null', 0],
];
const notWords = ['achtung', 'einsteigen', 'elfmeter', 'vierer', 'dreist', 'zehner', 'hundertmal', 'und', ''];

const phrases: ReadonlyArray<readonly [string, number]> = [
  ['eine Million', 1e6], ['zwei Milliarden', 2e9], ['ein Drittel', 1 / 3], ['drei Viertel', 0.75], ['eine halbe Million', 5e5],
  ['5 Tsd.', 5000], ['5 Tausend', 5000], ['11,5 Mio.', 11_500_000], ['11,5 Millionen', 11_500_000], ['3 Mrd.', 3e9],
  ['3 Milliarden', 3e9], ['1,2 Bio.', 1.2e12], ['2 Billionen', 2e12], ['2 500', 2500], ['2\u00a0500', 2500], ['2\u202f500', 2500],
  ['2 500,50', 2500.5], ['100K', 1e5], ['1,2M', 1.2e6], ['zwölf Komma fünf', 12.5],
  ['drei Millionen vierhunderttausend', 3_400_000],
];

describe('numbers: digit strings', () => {
  for (const [s, v] of digits) it(`${JSON.stringify(s)} → ${v}`, () => expect(parseDigits(s)).toBeCloseTo(v, 9));
  for (const s of notDigits) it(`${JSON.stringify(s)} is not a number`, () => expect(parseDigits(s)).toBeUndefined());
});

describe('numbers: number words', () => {
  for (const [s, v] of words) it(`${s} → ${v}`, () => expect(parseNumberWord(s)).toBeCloseTo(v, 9));
  for (const s of notWords) it(`${JSON.stringify(s)} is not a number word`, () => expect(parseNumberWord(s)).toBeUndefined());
});

describe('numbers: token phrases with scales', () => {
  for (const [s, v] of phrases) {
    it(`${JSON.stringify(s)} → ${v}`, () => {
      const tokens = tokenize(s);
      const r = readNumber(tokens, 0);
      expect(r).toBeDefined();
      expect(r!.value).toBeCloseTo(v, 6);
      expect(r!.last).toBe(tokens.length);
    });
  }
  it('"10-12 Mio." is a range in one token', () => {
    const r = readNumber(tokenize('10-12 Mio.'), 0)!;
    expect([r.value, r.max]).toEqual([10e6, 12e6]);
  });
  it('an ordinal is not an amount: "16. März", "3. Quartal"', () => {
    for (const s of ['16. März', '3. Quartal']) expect(readNumber(tokenize(s), 0)).toBeUndefined();
  });
  it('articles read as weak numbers (numbers only before a unit)', () => {
    expect(readNumber(tokenize('einen Vertrag'), 0)!.weak).toBe(true);
    expect(readNumber(tokenize('eine Million'), 0)!.weak).toBe(false);
  });
});
