/**
 * The money corpus (src/kinds/money/corpus.ts) run through the public extract(): each positive must
 * yield a fact with every listed field, each negative no money fact at all.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { CORPUS_RELEASE_DATE, negative, positive } from '../../src/kinds/money/corpus.js';

function matches(fact: Record<string, unknown>, want: Record<string, unknown>): boolean {
  return Object.entries(want).every(([key, v]) => {
    const got = fact[key];
    if (typeof v === 'number') return typeof got === 'number' && Math.abs(got - v) <= 1e-9 * Math.max(1, Math.abs(v));
    return got === v;
  });
}

describe('money', () => {
  for (const [input, want] of positive) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => {
      const facts = extract(input, { releaseDate: CORPUS_RELEASE_DATE });
      const found = facts.money as unknown as Record<string, unknown>[];
      expect(found.some((f) => matches(f, want as Record<string, unknown>)), JSON.stringify(found)).toBe(true);
      for (const f of facts.money) expect(input.slice(f.start, f.end)).toBe(f.text);
    });
  }
  for (const input of negative) {
    it(`no money in ${JSON.stringify(input)}`, () => {
      const facts = extract(input, { releaseDate: CORPUS_RELEASE_DATE });
      expect(facts.money).toEqual([]);
    });
  }
});
