/**
 * Property tests (fast-check) for SPEC §1/§4: over arbitrary strings and over German-looking
 * text built from the rule lexicons (src/lexicon/*, found at run time), `extract` never throws
 * (nor swallows an internal error), returns every key of SPEC §2, every evidence is an exact,
 * non-empty slice of the input, every number is finite, and the same input gives the same
 * output — also after other inputs were extracted in between.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { tokenize } from '../src/text/tokens.js';
import { assertValidFacts } from './support/facts.js';
import { lexiconWords } from './support/lexicon-words.js';
import { loadReleases } from './support/releases.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 250);
// CI runs a fixed seed, so a red build names a reproducible input; elsewhere each run explores new
// inputs (PROPERTY_SEED=<n> replays one). fast-check prints the seed of any failure.
const SEED = process.env.PROPERTY_SEED ?? (process.env.CI === 'true' ? '20261127' : undefined);
if (SEED !== undefined) fc.configureGlobal({ seed: Number(SEED) });
const lexicon = await lexiconWords();
const releases = loadReleases();

// ---------- generators ----------

const cap = (w: string): string => (w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1));
const group = (n: number, sep: string): string => {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += sep;
    out += s[i];
  }
  return out;
};

/** A lexicon word as it may be written: as listed, capitalised, upper case, with a period. */
const lexWord = fc
  .tuple(fc.constantFrom(...(lexicon.words.length > 0 ? lexicon.words : ['März'])), fc.nat(5))
  .map(([w, k]) => [w, cap(w), w.toUpperCase(), `${w}.`, `${cap(w)}.`, w][k]!);

const FILLER = [
  'der', 'die', 'das', 'und', 'im', 'in', 'Jahr', 'Jahres', 'Umsatz', 'Gewinn', 'Mitarbeiter', 'Mitarbeitende', 'Beschäftigte',
  'Arbeitsplätze', 'Stellen', 'Einwohner', 'Mitglieder', 'Millionen', 'Euro', 'Prozent', 'sagte', 'erklärte', 'betonte', 'so',
  'GmbH', 'AG', 'e.V.', 'Stadt', 'Gemeinde', 'Kreis', 'rund', 'mehr', 'als', 'bis', 'zu', 'zwischen', 'vom', 'Quelle:',
  'Pressekontakt:', 'Tel.', 'Fax', 'Über', '(ots)', 'Geschäftsführer', 'Bürgermeisterin', 'Frühjahr', 'Quartal', 'Halbjahr',
  'Ende', 'Anfang', 'Mitte', 'diesem', 'vergangenen', 'gestern', 'heute', 'er', 'sie', 'Dr.', 'Prof.', 'Frau', 'Herr',
  'Geschäftsjahr', 'inzwischen', 'derzeit', 'Investition', 'Prozentpunkte', 'Uhr', 'Pressemitteilung', 'Lemgo', 'Berlin',
];
const PUNCT = ['.', ',', ':', ';', '–', '-', '—', '(', ')', '„', '“', '”', '"', '»', '«', '‚', '‘', "'", '’', '%', '€', '$', '£', '/', '…', '...', '!', '?', '&', '+', '§', '*', '•'];
const SEPARATORS = [' ', ' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '\u00a0', '\u202f', '\u00ad', '-\n', '\t', ', ', '. '];
const HEDGES = ['', 'ca.', 'circa', 'rund', 'etwa', 'ungefähr', 'über', 'mehr als', 'gut', 'mindestens', 'unter', 'weniger als', 'bis zu', 'höchstens', 'maximal', 'knapp', 'fast', 'nahezu'];
const SCALES = ['', 'Tsd.', 'Tausend', 'Mio.', 'Millionen', 'Million', 'Mrd.', 'Milliarden', 'Bio.', 'Billionen', 'T'];
const UNITS = ['Euro', '€', 'EUR', 'TEUR', 'T€', 'Cent', 'US-Dollar', 'Dollar', '$', 'USD', 'CHF', 'Franken', 'SFr.', 'DM', 'D-Mark', 'Mark', 'öS', 'Schilling', 'Pfund', '£', 'Prozent', '%', 'Prozentpunkte', 'Mitarbeiter', 'Arbeitsplätze', 'Stellen', 'Einwohner', 'Mitglieder', 'Städte und Gemeinden', 'Hektar', 'Umsatz'];
const MONTH_NAMES = ['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Sept.', 'Okt.', 'Jan.'];
const SURNAMES = ['Müller', 'Stock', 'Harnisch', 'Özdemir', 'Weiß', 'Schäfer-Ilgen', 'von Bergen', 'Krüger'];

const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüß');
const inventedName = fc.string({ unit: letters, minLength: 2, maxLength: 10 }).map(cap);
const name = fc.oneof(fc.constantFrom(...SURNAMES), inventedName, lexWord.map(cap));
const int = fc.oneof(fc.nat(100), fc.nat(10_000), fc.nat(2_000_000_000));
const year = fc.integer({ min: 1890, max: 2110 });
const day = fc.integer({ min: 0, max: 32 });
const month = fc.integer({ min: 0, max: 13 });
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Numbers in every shape German releases write them (and a few absurd ones). */
const number = fc.oneof(
  int.map(String),
  fc.tuple(int, fc.constantFrom('.', ' ', '\u00a0', '\u202f', "'", '’')).map(([n, s]) => group(n, s)),
  fc.tuple(int, fc.nat(999)).map(([a, b]) => `${group(a, '.')},${b}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d}.${m}.${y}`),
  fc.tuple(day, month, fc.nat(99)).map(([d, m, y]) => `${pad2(d)}.${pad2(m)}.${pad2(y)}`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${pad2(m)}-${pad2(d)}`),
  fc.tuple(fc.nat(25), fc.nat(61)).map(([h, m]) => `${h}:${pad2(m)}`),
  fc.tuple(fc.nat(25), fc.nat(61)).map(([h, m]) => `${h}.${pad2(m)} Uhr`),
  fc.tuple(year, fc.nat(99)).map(([y, z]) => `${y}/${pad2(z)}`),
  fc.tuple(fc.integer({ min: 0, max: 5 }), year).map(([q, y]) => `Q${q}/${y}`),
  fc.integer({ min: 1, max: 400 }).map((n) => '9'.repeat(n)), // overflows to Infinity if parsed naively
  fc.integer({ min: 1, max: 60 }).map((n) => '1' + '.000'.repeat(n)),
  fc.constantFrom('1e308', '0,0', '-5', '+3', '−7', '½', '¾', '١٢٣', '٣,٥', '0x1F', 'NaN', 'Infinity', '1,', ',5', '2.', '.5', '3,5,6', '1..2', '12.345.67'),
);

/** Fragments shaped like what the rules look for, so they fire and their evidence is checked. */
const figure = fc
  .tuple(fc.constantFrom(...HEDGES), number, fc.constantFrom(...SCALES), fc.constantFrom(...UNITS), fc.nat(3))
  .map(([h, n, s, u, k]) => [`${h} ${n} ${s} ${u}`, `${u} ${n} ${s}`, `${h} ${n}${s === '' ? '' : ' ' + s} ${u}`, `${n} ${u}`][k]!);
const range = fc.tuple(number, number, fc.constantFrom(...SCALES), fc.constantFrom(...UNITS), fc.boolean())
  .map(([a, b, s, u, between]) => (between ? `zwischen ${a} und ${b} ${s} ${u}` : `${a} bis ${b} ${s} ${u}`));
const date = fc.tuple(fc.constantFrom('', 'Anfang', 'Mitte', 'Ende', 'am', 'im', 'vom'), day, fc.constantFrom(...MONTH_NAMES), fc.option(year))
  .map(([m, d, mo, y]) => `${m} ${d}. ${mo}${y === null ? '' : ' ' + y}`);
const dateline = fc.tuple(name, fc.oneof(date, fc.constant('(ots)')), fc.constantFrom('–', '-', '—', ':'))
  .map(([p, d, dash]) => `${p}, ${d} ${dash} `);
const quote = fc.tuple(fc.constantFrom('„', '"', '»', '«', '‚'), fc.array(fc.oneof(lexWord, fc.constantFrom(...FILLER)), { maxLength: 12 }), fc.constantFrom('“', '"', '«', '»', '‘', ''), name, name, fc.nat(2))
  .map(([o, ws, c, f, l, k]) => [`${o}${ws.join(' ')}${c}, sagte ${f} ${l}.`, `${o}${ws.join(' ')}${c}, so ${l}.`, `${f} ${l}: ${o}${ws.join(' ')}${c}`][k]!);
const person = fc.tuple(fc.constantFrom('', 'Dr.', 'Prof. Dr.', 'Frau', 'Herr'), lexWord, name, name)
  .map(([t, role, f, l]) => `${cap(role)} ${t} ${f} ${l}`);

const piece = fc.oneof(
  { weight: 6, arbitrary: lexWord },
  { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: figure },
  { weight: 1, arbitrary: range },
  { weight: 2, arbitrary: date },
  { weight: 1, arbitrary: dateline },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: person },
  { weight: 1, arbitrary: name },
);
const germanText = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 100 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Strings of any UTF-16 code units, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });
const anyString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  codeUnits,
);
const releaseDate = fc.option(fc.oneof(
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad2(m)}-${pad2(d)}`),
  fc.constantFrom('2017-02-30', '17-03-2017', '', 'gestern'),
  fc.string({ maxLength: 12 }),
), { nil: undefined });

/** A real release with a random cut and random garbage spliced in. */
const mutatedRelease = releases.length === 0
  ? germanText
  : fc.tuple(fc.constantFrom(...releases.map((r) => r.text)), fc.nat(), fc.nat(), fc.oneof(germanText, codeUnits))
    .map(([t, a, b, junk]) => {
      const i = a % (t.length + 1);
      const j = Math.min(t.length, i + (b % 400));
      return t.slice(0, i) + junk + t.slice(j);
    });

// ---------- properties ----------

const valid = (text: string, options?: Parameters<typeof extract>[1]): void => {
  assertValidFacts(extract(text, options), text);
};

test('the lexicons were found and feed the generator', () => {
  expect(lexicon.files).toEqual(expect.arrayContaining(['months.ts', 'abbreviations.ts', 'ordinal-nouns.ts']));
  expect(lexicon.words).toEqual(expect.arrayContaining(['märz', 'mio', 'quartal']));
});

describe('extract over arbitrary strings', () => {
  test('never throws; every key, evidence === slice, start < end, finite numbers', () => {
    fc.assert(fc.property(anyString, (s) => valid(s)), { numRuns: RUNS * 2 });
  });
  test('the same input gives the same output', () => {
    fc.assert(fc.property(anyString, (s) => {
      expect(JSON.stringify(extract(s))).toBe(JSON.stringify(extract(s)));
    }), { numRuns: RUNS });
  });
});

describe('extract over German-looking text from the rule lexicons', () => {
  test('never throws; every key, evidence === slice, start < end, finite numbers', () => {
    fc.assert(fc.property(germanText, releaseDate, (s, d) => valid(s, d === undefined ? undefined : { releaseDate: d })), { numRuns: RUNS * 2 });
  });
  test('the same input gives the same output, whatever was extracted in between', () => {
    fc.assert(fc.property(germanText, germanText, releaseDate, (a, b, d) => {
      const options = d === undefined ? undefined : { releaseDate: d };
      const first = JSON.stringify(extract(a, options));
      extract(b);
      extract(b, { releaseDate: '2001-01-01' });
      expect(JSON.stringify(extract(a, options))).toBe(first);
    }), { numRuns: RUNS });
  });
  test('real releases with random cuts and garbage spliced in stay valid', () => {
    fc.assert(fc.property(mutatedRelease, (s) => valid(s)), { numRuns: RUNS });
  });
});

describe('tokens over arbitrary strings', () => {
  test("each token's lower-case form is its own toLowerCase() (the scanner lower-cases whole texts when it can)", () => {
    const cased = fc.string({ unit: fc.constantFrom('İ', 'Σ', 'σ', 'ς', 'A', 'a', 'Ä', ' ', '-', '.', '\u0301', '„', 'ǅ', '1'), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(anyString, cased), (s) => {
      for (const t of tokenize(s)) expect(t.lower).toBe(t.value.toLowerCase());
    }), { numRuns: RUNS });
  });
});

describe('extract with hostile arguments', () => {
  test('any options value: valid Facts, never a throw', () => {
    fc.assert(fc.property(germanText, fc.anything(), (s, options) => {
      valid(s, options as Parameters<typeof extract>[1]);
    }), { numRuns: RUNS });
  });
  test('a non-string text: valid empty Facts with a warning', () => {
    fc.assert(fc.property(fc.anything().filter((v) => typeof v !== 'string'), (v) => {
      const facts = extract(v as string);
      assertValidFacts(facts, '');
      expect(facts.warnings.length).toBeGreaterThan(0);
    }), { numRuns: RUNS });
  });
});

// PROPERTY_SAMPLE=5 npx vitest run test/property.test.ts prints what the German generator makes.
if (process.env.PROPERTY_SAMPLE !== undefined) {
  test('samples of the German generator', () => {
    for (const s of fc.sample(germanText, Number(process.env.PROPERTY_SAMPLE) || 5)) console.log(JSON.stringify(s));
  });
}
