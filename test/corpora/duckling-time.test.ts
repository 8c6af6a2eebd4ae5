/**
 * Duckling's German time corpus (BSD-3-Clause, see ../shared/corpora/duckling-de/README.md), read from
 * the shared folder beside the checkout. Cases with grain day, month, quarter or year, no holiday and
 * no interval, each embedded in a sentence and resolved against Duckling's reference day 2013-02-12.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpora/duckling-de/', import.meta.url));
const REFERENCE_DAY = '2013-02-12';
const GRAINS = new Set(['day', 'month', 'quarter', 'year']);

interface TimeCase {
  text: string;
  expected: { value?: string; grain?: string; holiday?: string; from?: unknown; to?: unknown } | null;
}

const load = (name: string): TimeCase[] => JSON.parse(readFileSync(CORPUS_DIR + name, 'utf8')) as TimeCase[];
const sentence = (example: string): string => `Die Messe findet ${example} statt.`;

/** What our facts must say for a Duckling value of that grain: "2013-02-12", "2013-02", "2013-Q1", "2013". */
function wanted(value: string, grain: string): string {
  if (grain === 'day') return value.slice(0, 10);
  if (grain === 'month') return value.slice(0, 7);
  if (grain === 'quarter') return `${value.slice(0, 4)}-Q${Math.floor((Number(value.slice(5, 7)) - 1) / 3) + 1}`;
  return value.slice(0, 4);
}

function found(example: string, value: string, grain: string): boolean {
  const facts = extract(sentence(example), { releaseDate: REFERENCE_DAY });
  const want = wanted(value, grain);
  if (grain === 'year') return facts.years.some((y) => String(y.year) === want);
  return facts.dates.some((d) => d.value === want);
}

describe('duckling-de time corpus', () => {
  const cases = load('time.json').filter((c) => {
    const e = c.expected;
    return e !== null && e.holiday === undefined && e.from === undefined && e.to === undefined && e.value !== undefined && GRAINS.has(e.grain ?? '');
  });

  it('has the 109 day/month/quarter/year cases', () => {
    expect(cases.length).toBe(109);
  });

  it('reads at least 80 % of them right', () => {
    const misses: string[] = [];
    let ok = 0;
    for (const c of cases) {
      const e = c.expected!;
      if (found(c.text, e.value!, e.grain!)) ok++;
      else misses.push(`${c.text} → ${wanted(e.value!, e.grain!)}`);
    }
    const rate = (100 * ok) / cases.length;
    console.log(`duckling time: ${ok}/${cases.length} = ${rate.toFixed(1)} %`);
    if (misses.length > 0) console.log(`missed: ${misses.join(' | ')}`);
    expect(rate).toBeGreaterThanOrEqual(80);
  });

  for (const c of load('time.negative.json')) {
    it(`negative ${JSON.stringify(c.text)} → no date`, () => {
      const facts = extract(sentence(c.text), { releaseDate: REFERENCE_DAY });
      expect(facts.dates).toEqual([]);
    });
  }
});
