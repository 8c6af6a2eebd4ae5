/**
 * Ordinal number words for days of the month ("erster März", "am vierten Dezember",
 * "dreißigster Dezember"), lower-case stems → day 1–31. A form is a stem plus one of the
 * endings in DAY_ORDINAL_ENDINGS ("viert" + "en").
 */
export const DAY_ORDINAL_STEMS: ReadonlyMap<string, number> = new Map([
  ['erst', 1], ['zweit', 2], ['dritt', 3], ['viert', 4], ['fünft', 5], ['sechst', 6], ['siebt', 7], ['siebent', 7],
  ['acht', 8], ['neunt', 9], ['zehnt', 10], ['elft', 11], ['zwölft', 12], ['dreizehnt', 13], ['vierzehnt', 14],
  ['fünfzehnt', 15], ['sechzehnt', 16], ['siebzehnt', 17], ['achtzehnt', 18], ['neunzehnt', 19], ['zwanzigst', 20],
  ['einundzwanzigst', 21], ['zweiundzwanzigst', 22], ['dreiundzwanzigst', 23], ['vierundzwanzigst', 24],
  ['fünfundzwanzigst', 25], ['sechsundzwanzigst', 26], ['siebenundzwanzigst', 27], ['achtundzwanzigst', 28],
  ['neunundzwanzigst', 29], ['dreißigst', 30], ['dreissigst', 30], ['einunddreißigst', 31], ['einunddreissigst', 31],
]);

export const DAY_ORDINAL_ENDINGS: readonly string[] = ['e', 'er', 'en', 'es', 'em'];
