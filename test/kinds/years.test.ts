import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { YearFact } from '../../src/facts.js';
import { CORPUS_RELEASE_DATE, positive, negative, type YearExpectation } from '../../src/kinds/years/corpus.js';

function matches(y: YearFact, want: YearExpectation): boolean {
  if (y.year !== want.year) return false;
  if (want.text !== undefined && !y.text.includes(want.text)) return false;
  if (want.relative !== undefined && (y.relative === true) !== want.relative) return false;
  if (want.rule !== undefined && y.rule !== want.rule) return false;
  return true;
}

describe('years: positives', () => {
  for (const [input, want] of positive) {
    it(`${JSON.stringify(input)} → ${want.year}${want.relative === true ? ' (relative)' : ''}`, () => {
      const facts = extract(input, { releaseDate: CORPUS_RELEASE_DATE });
      expect(facts.years.find((y) => matches(y, want)), JSON.stringify(facts.years)).toBeDefined();
      for (const y of facts.years) expect(input.slice(y.start, y.end)).toBe(y.text);
    });
  }
});

describe('years: negatives', () => {
  for (const input of negative) {
    it(`${JSON.stringify(input)} → no year`, () => {
      expect(extract(input, { releaseDate: CORPUS_RELEASE_DATE }).years).toEqual([]);
    });
  }
});

describe('years: "im Jahr davor"', () => {
  it('counts from the year written just before it', () => {
    const years = extract('Im Geschäftsjahr 2025 lag der Umsatz bei 212 Mio. Euro, nach 198,9 Mio. Euro im Jahr davor.').years;
    expect(years.map((y) => [y.year, y.text])).toEqual([[2025, '2025'], [2024, 'im Jahr davor']]);
  });
  it('is left out when two different years are in reach (it was 1973 here, a wrong fact)', () => {
    const years = extract('Der Park hatte 2025 so viele Gäste wie nie seit der Gründung im Jahr 1974: rund 11 Prozent mehr als im Jahr davor.').years;
    expect(years.map((y) => y.year)).toEqual([2025, 1974]);
  });
});

describe('years: relative ones need a release date', () => {
  it('"in diesem Jahr" without a release date gives no year', () => {
    expect(extract('Die Wahlen finden in diesem Jahr statt.').years).toEqual([]);
  });
  it('a year inside a date gives one year fact, not two', () => {
    const years = extract('Am 16. März 2017 und im Jahr 2017.', { releaseDate: CORPUS_RELEASE_DATE }).years;
    expect(years.map((y) => y.text)).toEqual(['2017', '2017']);
  });
});
