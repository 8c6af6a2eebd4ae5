/**
 * Scale words and abbreviations after a number: "11,5 Mio.", "zwei Milliarden", "5 Tsd.".
 * German "Billion" is 10^12 and "Billiarde" 10^15. Lower-case, with the abbreviation's period
 * where the tokenizer keeps it ("mio." and "mio" both occur).
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['tausend', 1e3], ['tsd.', 1e3], ['tsd', 1e3], ['tausd.', 1e3], ['tds.', 1e3],
  ['million', 1e6], ['millionen', 1e6], ['mio.', 1e6], ['mio', 1e6], ['mill.', 1e6], ['mil.', 1e6],
  ['milliarde', 1e9], ['milliarden', 1e9], ['mrd.', 1e9], ['mrd', 1e9], ['mia.', 1e9], ['mia', 1e9],
  ['billion', 1e12], ['billionen', 1e12], ['bio.', 1e12], ['bio', 1e12],
  ['billiarde', 1e15], ['billiarden', 1e15],
]);

/** Scale letters glued to digits: "100K", "1,2M", ",0012G" (case as written for M/G, k or K). */
export const ATTACHED_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['M', 1e6], ['Mio', 1e6], ['G', 1e9], ['Mrd', 1e9],
]);
