/**
 * The English rules, kind by kind, through the public extract(): every positive example must
 * yield a fact with the expected fields (arrays: every expected entry contained), every
 * negative none of that kind. Data: src/english/corpus.ts.
 */
import { describe, expect, it } from 'vitest';
import { extract, type Facts } from '../../src/index.js';
import { CORPUS_RELEASE_DATE, ENGLISH_CORPUS } from '../../src/english/corpus.js';
import { factsProblems } from '../support/facts.js';

function fieldMatches(got: unknown, want: unknown): boolean {
  if (Array.isArray(want)) {
    return Array.isArray(got) && want.every((w) => got.some((g) => typeof g === 'string' && typeof w === 'string' && g.toLowerCase().includes(w.toLowerCase())));
  }
  if (typeof want === 'number') return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  return got === want;
}

function matches(fact: Record<string, unknown>, want: Record<string, unknown>): boolean {
  for (const [k, v] of Object.entries(want)) {
    if (k === 'text') {
      if (typeof fact.text !== 'string' || !fact.text.includes(v as string)) return false;
    } else if (!fieldMatches(fact[k], v)) return false;
  }
  return true;
}

function factsOfKind(facts: Facts, kind: string): Record<string, unknown>[] {
  if (kind === 'release') return [facts.release as unknown as Record<string, unknown>];
  return (facts as unknown as Record<string, Record<string, unknown>[]>)[kind]!;
}

for (const [kind, corpus] of Object.entries(ENGLISH_CORPUS)) {
  describe(`english ${kind}: positives`, () => {
    for (const [input, want] of corpus.positive) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => {
        const facts = extract(input, { language: 'en', releaseDate: CORPUS_RELEASE_DATE });
        expect(facts.language).toBe('en');
        expect(factsProblems(facts, input)).toEqual([]);
        const list = factsOfKind(facts, kind);
        expect(list.some((f) => matches(f, want)), JSON.stringify(list, null, 1)).toBe(true);
      });
    }
  });
  if (corpus.negative.length > 0) {
    describe(`english ${kind}: negatives`, () => {
      for (const input of corpus.negative) {
        it(`${JSON.stringify(input)} → no ${kind}`, () => {
          const facts = extract(input, { language: 'en', releaseDate: CORPUS_RELEASE_DATE });
          expect(factsOfKind(facts, kind)).toEqual([]);
        });
      }
    });
  }
}

describe('english: relative expressions need a release date', () => {
  for (const input of ['Sales doubled this year.', 'The grant was approved in March.', 'The company announced it today.']) {
    it(`${JSON.stringify(input)} without a release date → no relative year or date`, () => {
      const facts = extract(input, { language: 'en' });
      expect(facts.years.filter((y) => y.relative)).toEqual([]);
      expect(facts.dates).toEqual([]);
    });
  }
});

describe('english: the release date anchors, the option wins over the dateline', () => {
  it('dateline date anchors "this year"', () => {
    const f = extract('BOSTON, March 16, 2017 /PRNewswire/ -- Acme Robotics Inc. expects sales to double this year, the company said in a statement.');
    expect(f.language).toBe('en');
    expect(f.years.find((y) => y.relative)?.year).toBe(2017);
  });
  it('options.releaseDate wins', () => {
    const f = extract('BOSTON, March 16, 2017 /PRNewswire/ -- Acme Robotics Inc. expects sales to double this year, the company said in a statement.', { releaseDate: '2019-01-02' });
    expect(f.years.find((y) => y.relative)?.year).toBe(2019);
  });
});
