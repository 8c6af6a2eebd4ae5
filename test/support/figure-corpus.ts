/**
 * A figure kind's corpus (src/kinds/<kind>/corpus.ts) run through the public extract(): each positive
 * must yield a fact with every listed field, each negative no fact of that kind at all.
 */
import { describe, expect, it } from 'vitest';
import { extract, type Facts } from '../../src/index.js';

type FigureKind = 'money' | 'headcounts' | 'quantities' | 'percentages';

function matches(fact: Record<string, unknown>, want: Record<string, unknown>): boolean {
  return Object.entries(want).every(([key, v]) => {
    const got = fact[key];
    if (typeof v === 'number') return typeof got === 'number' && Math.abs(got - v) <= 1e-9 * Math.max(1, Math.abs(v));
    return got === v;
  });
}

export function testFigureCorpus(kind: FigureKind, releaseDate: string, positive: ReadonlyArray<readonly [string, object]>, negative: readonly string[]): void {
  describe(kind, () => {
    for (const [input, want] of positive) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => {
        const facts: Facts = extract(input, { releaseDate });
        const found = facts[kind] as unknown as Record<string, unknown>[];
        expect(found.some((f) => matches(f, want as Record<string, unknown>)), JSON.stringify(found)).toBe(true);
        for (const f of facts[kind]) expect(input.slice(f.start, f.end)).toBe(f.text);
      });
    }
    for (const input of negative) {
      it(`no ${kind} in ${JSON.stringify(input)}`, () => {
        expect(extract(input, { releaseDate })[kind]).toEqual([]);
      });
    }
  });
}
