/**
 * The contract (SPEC §1, §2) on every real release: fixtures/*.txt and ../shared/seeds/*.txt,
 * globbed when the test runs. Per release: every key present, schemaVersion 1, the evidence
 * invariant, a JSON round-trip that changes nothing, and determinism (two calls, deep-equal,
 * also after another release was extracted in between).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { extract, type Facts } from '../src/index.js';
import { assertValidFacts, FACT_KEYS, factsProblems } from './support/facts.js';
import { loadReleases } from './support/releases.js';

const releases = loadReleases();
const options = (r: { releaseDate?: string }) => (r.releaseDate === undefined ? undefined : { releaseDate: r.releaseDate });

test('there are releases to check (the seed at least)', () => {
  expect(releases.length).toBeGreaterThan(0);
  expect(releases.some((r) => r.name.includes('seeds'))).toBe(true);
});

describe.each(releases.map((r) => [r.name, r] as const))('%s', (_name, release) => {
  let facts: Facts;
  beforeAll(() => {
    facts = extract(release.text, options(release));
  });

  test('every key of SPEC §2, schemaVersion 1', () => {
    for (const key of FACT_KEYS) expect(facts).toHaveProperty(key);
    expect(facts.schemaVersion).toBe(1);
    expect(Array.isArray(facts.release.evidence)).toBe(true);
  });

  test('valid Facts: evidence === text.slice(start, end), start < end, finite numbers', () => {
    assertValidFacts(facts, release.text);
  });

  test('JSON round-trip changes nothing', () => {
    const json = JSON.stringify(facts);
    const back = JSON.parse(json) as Facts;
    expect(back).toStrictEqual(facts);
    expect(JSON.stringify(back)).toBe(json);
  });

  test('deterministic: same input, same output, byte for byte', () => {
    const again = extract(release.text, options(release));
    expect(again).toStrictEqual(facts);
    expect(JSON.stringify(again)).toBe(JSON.stringify(facts));
    // no state left by one call for the next: another release in between changes nothing
    const other = releases.find((r) => r !== release) ?? { text: 'Berlin, 1. Januar 2020 – Die Beispiel AG meldet 12 Mio. Euro Umsatz.' };
    extract(other.text);
    expect(JSON.stringify(extract(release.text, options(release)))).toBe(JSON.stringify(facts));
  });
});

// The checker itself must be able to fail, or the tests above prove nothing.
describe('the Facts checker catches broken results', () => {
  const input = 'Lemgo, 16. März 2017 – Umsatz: 40 Mio. Euro.';
  const good = (): Facts => ({
    ...extract(''),
    years: [{ year: 2017, text: '2017', start: 16, end: 20 }],
    money: [{ amount: 40_000_000, currency: 'EUR', qualifier: 'exact', text: '40 Mio. Euro', start: 31, end: 43 }],
  });
  const cases: Array<[string, (f: Facts) => void, RegExp]> = [
    ['evidence text differs from the slice', (f) => { f.years[0]!.text = '2018'; }, /!== input\.slice/u],
    ['empty span', (f) => { f.years[0]!.end = 16; }, /bad span/u],
    ['span past the end', (f) => { f.money[0]!.end = 999; }, /bad span/u],
    ['fractional offset', (f) => { f.money[0]!.start = 31.5; }, /not integers/u],
    ['missing key', (f) => { delete (f as Partial<Facts>).quotes; }, /missing key quotes/u],
    ['NaN amount', (f) => { f.money[0]!.amount = Number.NaN; }, /not finite/u],
    ['Infinity amount', (f) => { f.money[0]!.amount = Number.POSITIVE_INFINITY; }, /not finite/u],
    ['bad qualifier', (f) => { (f.money[0] as { qualifier: string }).qualifier = 'about'; }, /qualifier/u],
    ['wrong schemaVersion', (f) => { (f as { schemaVersion: number }).schemaVersion = 2; }, /schemaVersion/u],
    ['swallowed internal error', (f) => { f.warnings.push({ code: 'internal_error', message: 'boom' }); }, /internal error/u],
    ['person without mentions', (f) => { f.persons.push({ name: 'Ellen Stock', roles: [], mentions: [] }); }, /mentions/u],
  ];
  test('an untouched result passes', () => {
    expect(factsProblems(good(), input)).toEqual([]);
  });
  test.each(cases)('%s', (_label, breakIt, message) => {
    const f = good();
    breakIt(f);
    expect(factsProblems(f, input).join('\n')).toMatch(message);
  });
});
