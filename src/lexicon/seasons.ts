/** German season nouns (with genitive forms), lower-case → TIMEX3 season code. */
export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['frühjahr', 'SP'], ['frühjahrs', 'SP'], ['frühling', 'SP'], ['frühlings', 'SP'],
  ['sommer', 'SU'], ['sommers', 'SU'],
  ['herbst', 'FA'], ['herbstes', 'FA'],
  ['winter', 'WI'], ['winters', 'WI'],
]);
