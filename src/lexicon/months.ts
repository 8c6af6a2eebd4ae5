/** German month names and abbreviations (with Austrian "Jänner"), lower-case, without a final period → month 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['jänner', 1], ['jan', 1], ['jän', 1],
  ['februar', 2], ['feber', 2], ['feb', 2], ['febr', 2],
  ['märz', 3], ['maerz', 3], ['mär', 3], ['mrz', 3],
  ['april', 4], ['apr', 4],
  ['mai', 5],
  ['juni', 6], ['jun', 6], ['juno', 6],
  ['juli', 7], ['jul', 7], ['julei', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['okt', 10],
  ['november', 11], ['nov', 11],
  ['dezember', 12], ['dez', 12],
]);

/** The short forms in MONTHS: as a bare word ("Jan", "Jun") they need a number beside them or a final period to count. */
export const MONTH_SHORT_FORMS: ReadonlySet<string> = new Set([
  'jan', 'jän', 'feb', 'febr', 'mär', 'mrz', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
]);
