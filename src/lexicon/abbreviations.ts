/**
 * German abbreviations that end in a period which is not a sentence end. The scanner
 * (src/text/scan.ts) emits word + "."; the German layer joins them again. Lower-case, without the final period. Multi-part ones ("z. B.") are listed by
 * their parts: each part is an abbreviation on its own.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // scales and units
  'tsd', 'mio', 'mrd', 'bio', 'mill', 'tausd', 'std', 'min', 'sek', 'km', 'qm', 'ha', 'kg', 'stk', 'tlg', 'mwst', 'zzgl', 'inkl', 'exkl', 'abs', 'art', 'ziff',
  // hedges and connectives
  'ca', 'zirka', 'bzw', 'usw', 'vgl', 'evtl', 'ggf', 'ggfs', 'ggü', 'inkl', 'u', 'a', 'o', 'ä', 'd', 'h', 'z', 'b', 'v', 'i', 'e', 'g', 's', 'bspw', 'sog', 'max', 'mind', 'rd', 'etc', 'allg', 'urspr', 'gem', 'lt', 'zt', 'ua', 'dh', 'zb', 'uvm', 'ff', 'f', 'vs', 'insb', 'insbes', 'einschl', 'zus', 'jährl', 'mtl', 'tägl', 'geb', 'gest', 'verh', 'hrsg', 'jh', 'jhd', 'jhdt', 'jg',
  // titles and forms of address
  'dr', 'prof', 'dipl', 'ing', 'med', 'phil', 'rer', 'nat', 'jur', 'pol', 'oec', 'habil', 'mult', 'hc', 'h.c', 'mag', 'mmag', 'ddr', 'hr', 'fr', 'frl', 'sen', 'jun', 'st', 'sr', 'jr', 'kfm', 'oec', 'vwl', 'bwl', 'rechtsanw', 'ra', 'stv', 'stellv', 'vors', 'gf', 'min', 'bgm', 'pfr',
  // organisations, addresses, contacts
  'co', 'corp', 'inc', 'ltd', 'nr', 'str', 'tel', 'fax', 'mobil', 'pf', 'postf', 'hausnr', 'bd', 'bde', 'kap', 'aufl', 'hg', 'ref', 'az', 'mitgl',
  // currencies
  'sfr', 'fr', // not 'eur' or 'dm': "5 Mio. DM. Die …" ends a sentence
  // months and weekdays
  'jan', 'feb', 'febr', 'mär', 'mrz', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  'mo', 'di', 'mi', 'do', 'sa', 'so',
]);
