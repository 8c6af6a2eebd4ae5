/**
 * Prefixes and suffixes that keep a hyphenated word whole ("E-Mail", "Bio-Markt", "Anti-Korruption"):
 * the tokenizer splits other letter-only compounds at the hyphen ("Müller" "-" "Lüdenscheidt").
 * Lower-case; a part matches when written lower-case, capitalised or upper-case.
 * (The list wink-nlp's English model used; kept so the tokens stay the same.)
 */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'e', 'a', 'u', 'x', 'anti', 'agro', 'be', 'bi', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'eco', 'ex', 'extra',
  'inter', 'intra', 'macro', 'mega', 'micro', 'mid', 'mini', 'multi', 'neo', 'non', 'over', 'pan', 'para', 'peri', 'post',
  'pre', 'pro', 'pseudo', 'quasi', 're', 'semi', 'sub', 'super', 'tri', 'ultra', 'un', 'uni', 'vice',
]);

/** Suffixes that keep a hyphenated word whole ("Sommer-fest"); same casing rule (only lower or upper). */
export const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set(['esque', 'fest', 'fold', 'gate', 'itis', 'less', 'most', 'rama', 'wise']);
