/**
 * Generators of the hostile inputs of test/hostile.test.ts at any size, for the linearity
 * check (the tests must not assert on time; the bench does). Deterministic.
 */
/** Deterministic pseudo-random numbers (mulberry32): the same hostile input on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** `length` characters drawn from `alphabet` (strings), deterministic for a seed. */
export function randomFrom(alphabet, length, seed) {
  const r = rng(seed);
  const out = [];
  let n = 0;
  while (n < length) {
    const s = alphabet[Math.floor(r() * alphabet.length)];
    out.push(s);
    n += s.length;
  }
  return out.join('').slice(0, length);
}
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const GERMAN = 'Lemgo, 16. März 2017 – Die Beispiel GmbH erzielte 2016 rund 40 Mio. Euro Umsatz und beschäftigt 250 Mitarbeiter. „Wir wachsen“, sagte Geschäftsführerin Dr. Ellen Stock. ';

/** name → (chars) → string */
export const HOSTILE = {
  'digits and dots': (n) => randomFrom(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '.', '..'], n, 1),
  'no space (mixed)': (n) => randomFrom(['a', 'ä', 'M', 'io', '.', ',', '1', '0', '€', '„', '“', '-', '(', ')', 'Euro', 'März', 'GmbH'], n, 3),
  'no space (German, spaces cut)': (n) => fill(GERMAN.replace(/\s+/gu, ''), n),
  'opening quotes „': (n) => fill('„', n),
  'hedges "ca. "': (n) => fill('ca. ', n - 11) + '5 Mio. Euro',
  'hedges mixed': (n) => fill('rund etwa knapp über unter fast bis zu mehr als ', n - 16) + '920.000 Einwohner',
  'NUL bytes in German': (n) => fill(GERMAN.replace(/ /gu, '\0'), n),
  'lone surrogates in German': (n) => fill(GERMAN.replace(/e/gu, '\ud800'), n),
  'RTL marks in German': (n) => fill(GERMAN.replace(/ /gu, ' \u200f'), n),
  'dashes': (n) => fill('–', n),
  'acronyms in brackets': (n) => fill('Die Gewerkschaft Erziehung und Wissenschaft (GEW) und der Verein Deutscher Ingenieure (VDI) fordern. ', n),
  'figures and time words, no sentence end': (n) => fill('3 von 5 Stimmen, 180 mehr als zuvor, derzeit 40 Mitarbeiter inzwischen 2024 ', n),
  'random words': (n) => randomFrom(['Haus', 'Umsatz', 'GmbH', 'Müller', 'rund', '40', 'Mio.', 'Euro', '16.', 'März', '2017', ',', '.', '„', '“', ' ', ' ', ' ', '\n'], n, 5),
};
