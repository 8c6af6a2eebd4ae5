/**
 * Hostile inputs (SPEC §4), each in its own test: each must give a valid Facts (every key,
 * evidence === slice, start < end, finite numbers, no swallowed internal error). Nothing here
 * asserts on time: linear growth is checked by the benchmark (`npm run bench`), and a
 * generous timeout only keeps a hang from blocking CI for ever.
 */
import { describe, expect, test } from 'vitest';
import { extract, type Facts } from '../src/index.js';
import { assertValidFacts, evidenceCount } from './support/facts.js';
import { loadReleases } from './support/releases.js';
// The bench grows the same inputs to any size for its linearity check: one generator serves both.
import { randomFrom, rng } from '../bench/hostile.mjs';

const TIMEOUT = 180_000;
const releases = loadReleases();
const german = releases.filter((r) => !r.name.includes('/en/')).map((r) => r.text);
const SAMPLE = german.join('\n\n') || 'Lemgo, 16. März 2017 – Die Beispiel GmbH erzielte 2016 rund 40 Mio. Euro Umsatz.';

/** Inserts `what` into `text` at every `every`-th character. */
function sprinkle(text: string, what: string, every: number): string {
  let out = '';
  for (let i = 0; i < text.length; i += every) out += text.slice(i, i + every) + what;
  return out;
}
function repeatTo(text: string, chars: number): string {
  return text.repeat(Math.ceil(chars / (text.length + 2))).slice(0, chars);
}

function valid(input: string): Facts {
  const facts = extract(input);
  assertValidFacts(facts, input);
  return facts;
}

describe('hostile inputs give a valid Facts', () => {
  test('100 kB of acronyms in brackets after their long forms (each links to one organisation)', () => {
    const facts = valid(repeatTo('Die Gewerkschaft Erziehung und Wissenschaft (GEW) und der Verein Deutscher Ingenieure (VDI) fordern. ', 100_000));
    expect(facts.organizations.map((o) => o.name)).toEqual(['Gewerkschaft Erziehung und Wissenschaft', 'Verein Deutscher Ingenieure']);
  }, TIMEOUT);

  test('100 kB of one sentence of figures and time words (each figure checked against every marker was quadratic)', () => {
    const facts = valid(repeatTo('3 von 5 Stimmen, 180 mehr als zuvor, derzeit 40 Mitarbeiter inzwischen 2024 ', 100_000));
    expect(facts.headcounts.length).toBeGreaterThan(1000);
    expect(facts.quantities.some((q) => q.value === 3 && q.unit === 'Stimmen')).toBe(true);
  }, TIMEOUT);

  test('100 kB of digits and dots', () => {
    valid(randomFrom(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '.', '..'], 100_000, 1));
    valid('1.'.repeat(50_000));
    valid('16.'.repeat(33_334));
    valid('9'.repeat(100_000));
    valid('1.000'.repeat(20_000) + ' Euro');
  }, TIMEOUT);

  test('100 kB of digits, dots, commas, spaces and scale words', () => {
    valid(randomFrom(['1', '9', '.', ',', ' ', '2 500', "2'500", ' Mio.', ' Euro', ' %', ' bis ', '–', '16.', ' März ', '2017'], 100_000, 2));
  }, TIMEOUT);

  test('1 MB with no space', () => {
    valid(randomFrom(['a', 'ä', 'M', 'io', '.', ',', '1', '0', '€', '„', '“', '-', '(', ')', 'Euro', 'März', 'GmbH'], 1_000_000, 3));
    valid('x'.repeat(1_000_000));
    valid(SAMPLE.replace(/\s+/gu, '').repeat(Math.ceil(1_000_000 / Math.max(1, SAMPLE.length))).slice(0, 1_000_000));
  }, TIMEOUT);

  test.each([['„'], ['"'], ['»'], ['«'], ['‚']])('10 000 opening quote marks %s', (q) => {
    valid(q.repeat(10_000));
    valid(q.repeat(10_000) + 'Das ist gut, sagte Ellen Stock.');
    valid(`${q}Wir wachsen, ${q}`.repeat(2_000) + ' sagte Max Muster.');
  }, TIMEOUT);

  test('deeply repeated hedges ("ca. ca. ca. …")', () => {
    valid('ca. '.repeat(20_000) + '5 Mio. Euro');
    valid('mehr als '.repeat(10_000) + '200 Mitarbeiter');
    valid('bis zu '.repeat(10_000) + '12 Prozent');
    valid('rund etwa knapp über unter fast '.repeat(5_000) + '920.000 Einwohner');
    valid('zwischen 1 und '.repeat(5_000) + '2 Mio. Euro');
    valid('Anfang Mitte Ende '.repeat(5_000) + 'März 2020');
  }, TIMEOUT);

  test('NUL bytes', () => {
    valid('\0'.repeat(100_000));
    valid(sprinkle(SAMPLE, '\0', 7));
    valid('Umsatz: 40\0Mio.\0Euro, 16.\0März\u00002017');
    // NUL in place of a space is whitespace to the rules, not a reason to lose the facts
    const spaced = SAMPLE.replace(/ /gu, ' \0');
    expect(evidenceCount(valid(spaced))).toBe(evidenceCount(extract(SAMPLE)));
  }, TIMEOUT);

  test('lone surrogates', () => {
    valid(sprinkle(SAMPLE, '\ud800', 11));
    valid(sprinkle(SAMPLE, '\udc00', 13));
    valid('\udfff\ud800'.repeat(20_000));
    valid('40\ud83d Mio. Euro \ud83d„\udca9“ 16. März 2017\ud800');
    valid('Die Beispiel GmbH 😀 erzielte 2016 rund 40 Mio. Euro 😀 Umsatz.'.repeat(100));
  }, TIMEOUT);

  test('right-to-left marks and other bidi controls', () => {
    for (const mark of ['\u200f', '\u200e', '\u202e', '\u202b', '\u2067', '\u061c']) valid(sprinkle(SAMPLE, mark, 5));
    valid('‏40 Mio. Euro‏ ‮16. März 2017‬ 12,5\u200f%');
    valid('\u200f'.repeat(100_000));
    // Hebrew and Arabic text with digits, mixed with German
    valid('ש״ח 1,000 مليون يورو ١٢٣٤ Umsatz 40 Mio. Euro'.repeat(500));
  }, TIMEOUT);

  test('random bytes read as Latin-1 and as UTF-8', () => {
    const r = rng(4);
    const bytes = Uint8Array.from({ length: 200_000 }, () => Math.floor(r() * 256));
    valid(Buffer.from(bytes).toString('latin1'));
    valid(new TextDecoder('utf-8').decode(bytes));
  }, TIMEOUT);

  test('line breaks and dashes only, very long lines, very many lines', () => {
    valid('\n'.repeat(200_000));
    valid('\r\n'.repeat(100_000));
    valid('-\n'.repeat(100_000));
    valid('–'.repeat(200_000));
    valid(SAMPLE.replace(/\n/gu, ' ').repeat(20));
    valid(SAMPLE.replace(/ /gu, '\n').repeat(5));
  }, TIMEOUT);

  test('a 10 MB release', () => {
    const input = repeatTo(SAMPLE + '\n\n', 10_000_000);
    expect(input.length).toBe(10_000_000);
    const facts = valid(input);
    // it is a real release repeated: what one copy yields, the whole does too (no silent give-up)
    expect(evidenceCount(facts)).toBeGreaterThanOrEqual(evidenceCount(extract(SAMPLE)));
  }, 2 * TIMEOUT);
});
