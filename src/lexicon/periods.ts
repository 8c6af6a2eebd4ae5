/**
 * Parts of a year and the words around them: quarters, halves, Anfang/Mitte/Ende, and
 * the nouns before a year pair "2019/20" that make it a fiscal or school year (no date).
 * All lower-case.
 */

/** "Quartal" and its forms. */
export const QUARTER_NOUNS: ReadonlySet<string> = new Set(['quartal', 'quartals', 'quartale', 'quartalen', 'vierteljahr', 'vierteljahres', 'vierteljahrs']);

/** "Halbjahr" and its forms, "Jahreshälfte". */
export const HALF_NOUNS: ReadonlySet<string> = new Set(['halbjahr', 'halbjahres', 'halbjahrs', 'halbjahren', 'jahreshälfte']);

/** "Q1" … "Q4" → quarter. */
export const QUARTER_CODES: ReadonlyMap<string, number> = new Map([['q1', 1], ['q2', 2], ['q3', 3], ['q4', 4]]);

/** "H1", "H2" → half. */
export const HALF_CODES: ReadonlyMap<string, number> = new Map([['h1', 1], ['h2', 2]]);

/** Ordinal words that number quarters and halves ("erstes Quartal", "im zweiten Halbjahr") → 1–4. */
export const PERIOD_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['erste', 1], ['erstes', 1], ['ersten', 1], ['erster', 1], ['erstem', 1],
  ['zweite', 2], ['zweites', 2], ['zweiten', 2], ['zweiter', 2], ['zweitem', 2],
  ['dritte', 3], ['drittes', 3], ['dritten', 3], ['dritter', 3], ['drittem', 3],
  ['vierte', 4], ['viertes', 4], ['vierten', 4], ['vierter', 4], ['viertem', 4],
]);

/** Suffixes written after a digit ("4tes Quartal", "15te Februar", "am 15ten"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['te', 'tes', 'ten', 'ter', 'tem', 'ste', 'stes', 'sten', 'ster']);

/** Anfang/Mitte/Ende of a period → TIMEX3-like modifier. */
export const MODIFIERS: ReadonlyMap<string, 'start' | 'mid' | 'end'> = new Map([
  ['anfang', 'start'], ['beginn', 'start'], ['mitte', 'mid'], ['ende', 'end'],
]);

/** Nouns before "2019/20" that make it a fiscal, school or season year: a year mention, no date. */
export const YEAR_PAIR_NOUNS: ReadonlySet<string> = new Set([
  'geschäftsjahr', 'geschäftsjahres', 'geschäftsjahrs', 'wirtschaftsjahr', 'wirtschaftsjahres', 'haushaltsjahr',
  'haushaltsjahres', 'saison', 'spielzeit', 'spielzeiten', 'schuljahr', 'schuljahres', 'schuljahrs', 'studienjahr',
  'kindergartenjahr', 'ausbildungsjahr', 'wintersemester', 'sommersemester', 'semester', 'kampagne', 'jahrgang',
  'winterhalbjahr', 'sommerhalbjahr', 'wintersaison', 'sommersaison', 'heizperiode', 'berichtsjahr',
]);

/** One-word parts of a year: "zum Jahresende 2023", "seit Jahresbeginn". */
export const YEAR_PART_WORDS: ReadonlyMap<string, 'start' | 'mid' | 'end'> = new Map([
  ['jahresbeginn', 'start'], ['jahresanfang', 'start'], ['jahresmitte', 'mid'], ['jahresende', 'end'],
]);

/** Roman numerals before "Quartal"/"Halbjahr": "IV. Quartal", "II. Halbjahr". */
export const ROMAN_PERIOD_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['i', 1], ['ii', 2], ['iii', 3], ['iv', 4], ['i.', 1], ['ii.', 2], ['iii.', 3], ['iv.', 4],
]);

/** Season start months, for "im kommenden Sommer". */
export const SEASON_START_MONTHS: ReadonlyMap<string, number> = new Map([['SP', 3], ['SU', 6], ['FA', 9], ['WI', 12]]);
