/**
 * German number words as data: the morphemes compound numerals are built from
 * ("drei|und|zwanzig", "sieben|hundert|ein|und|zwanzig|tausend|zwölf"), fractions and
 * words for zero. Lower-case, "ß" written as "ss" (the parser folds "ß" before look-up).
 */

/** 1–9 and the forms "ein", "eine", "einen" …: value and whether it may stand before "und" + tens. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['ein', 1], ['eins', 1], ['eine', 1], ['einen', 1], ['einem', 1], ['einer', 1], ['eines', 1],
  ['zwei', 2], ['zwo', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['fuenf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9],
]);

/** 10–19. */
export const TEEN_WORDS: ReadonlyMap<string, number> = new Map([
  ['zehn', 10], ['elf', 11], ['zwölf', 12], ['zwoelf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['fuenfzehn', 15],
  ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19],
]);

/** 20–90. "dreissig" is the folded "dreißig" (and the Swiss spelling). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['zwanzig', 20], ['dreissig', 30], ['vierzig', 40], ['fünfzig', 50], ['fuenfzig', 50], ['sechzig', 60], ['siebzig', 70],
  ['achtzig', 80], ['neunzig', 90],
]);

/** Multipliers inside one word: "zweihundert", "fünftausend". */
export const INNER_SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundert', 100], ['tausend', 1000],
]);

/** Words for zero. "keinen Euro" reads as 0 only before a unit. */
export const ZERO_WORDS: ReadonlySet<string> = new Set(['null', 'kein', 'keine', 'keinen', 'keiner', 'keinem']);

/** Whole-word fractions and mixed numbers. */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['anderthalb', 1.5], ['eineinhalb', 1.5], ['einundeinhalb', 1.5], ['zweieinhalb', 2.5], ['dreieinhalb', 3.5],
  ['viereinhalb', 4.5], ['fünfeinhalb', 5.5], ['sechseinhalb', 6.5], ['siebeneinhalb', 7.5], ['achteinhalb', 8.5],
  ['neuneinhalb', 9.5], ['zehneinhalb', 10.5], ['halb', 0.5], ['halbe', 0.5], ['halben', 0.5], ['halbes', 0.5],
]);

/** Fraction nouns after a number word: "ein Drittel", "drei Viertel". */
export const FRACTION_NOUNS: ReadonlyMap<string, number> = new Map([
  ['hälfte', 1 / 2], ['drittel', 1 / 3], ['viertel', 1 / 4], ['fünftel', 1 / 5], ['sechstel', 1 / 6], ['achtel', 1 / 8], ['zehntel', 1 / 10],
]);

/** Words for the decimal comma spoken out: "eins Komma fünf". */
export const DECIMAL_WORDS: ReadonlySet<string> = new Set(['komma']);

/** Words for a minus sign before a number. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negativ']);

/** Forms of "ein" that are articles in running text: a number only before a unit or scale word. */
export const ARTICLE_FORMS: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);
