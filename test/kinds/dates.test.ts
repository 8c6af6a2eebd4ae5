import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { DateFact } from '../../src/facts.js';
import { CORPUS_RELEASE_DATE, positive, negative, needsAnchor, type DateExpectation } from '../../src/kinds/dates/corpus.js';

function matches(d: DateFact, want: DateExpectation): boolean {
  for (const [k, v] of Object.entries(want)) {
    if (k === 'text') {
      if (!d.text.includes(v as string)) return false;
    } else if ((d as unknown as Record<string, unknown>)[k] !== v) return false;
  }
  return true;
}

describe('dates: positives', () => {
  for (const [input, want] of positive) {
    it(`${JSON.stringify(input)} → ${want.value}${want.until !== undefined ? '…' + want.until : ''} ${want.precision ?? ''}`, () => {
      const facts = extract(input, { releaseDate: CORPUS_RELEASE_DATE });
      const found = facts.dates.find((d) => matches(d, want));
      expect(found, JSON.stringify(facts.dates)).toBeDefined();
      for (const d of facts.dates) expect(input.slice(d.start, d.end)).toBe(d.text);
    });
  }
});

describe('dates: negatives', () => {
  for (const input of negative) {
    it(`${JSON.stringify(input)} → no date`, () => {
      expect(extract(input, { releaseDate: CORPUS_RELEASE_DATE }).dates).toEqual([]);
    });
  }
});

describe('dates: relative ones need a release date', () => {
  for (const input of needsAnchor) {
    it(`${JSON.stringify(input)} without a release date → no date`, () => {
      expect(extract(input).dates).toEqual([]);
    });
  }
});

describe('dates: against the release date in the header', () => {
  it('"im März" takes its year from the dateline', () => {
    const facts = extract('Lemgo, 16. März 2019 – Die Arbeiten beginnen im Mai.');
    expect(facts.dates.map((d) => d.value)).toEqual(['2019-03-16', '2019-05']);
  });
  it('options.releaseDate wins over the header', () => {
    const facts = extract('Lemgo, 16. März 2019 – Die Arbeiten beginnen im Mai.', { releaseDate: '2020-01-01' });
    expect(facts.dates.map((d) => d.value)).toEqual(['2019-03-16', '2020-05']);
  });
});
