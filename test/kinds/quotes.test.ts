import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { QUOTE_NEGATIVES, QUOTE_POSITIVES } from '../../src/kinds/quotes/corpus.js';

describe('quotes', () => {
  for (const [text, want] of QUOTE_POSITIVES) {
    it(`finds the quote ${JSON.stringify(want.startsWith)} by ${want.speaker ?? 'nobody'}`, () => {
      const facts = extract(text);
      const q = facts.quotes.find((x) => x.quote.startsWith(want.startsWith));
      expect(q, `quotes: ${facts.quotes.map((x) => x.quote.slice(0, 30)).join(' | ')}`).toBeDefined();
      expect(q!.speaker).toBe(want.speaker);
      if (want.quote !== undefined) expect(q!.quote).toBe(want.quote);
      expect(text.slice(q!.start, q!.end)).toBe(q!.text);
      expect(q!.text).toContain(want.startsWith);
      if (q!.speaker !== undefined) expect(facts.persons.map((p) => p.name)).toContain(q!.speaker);
    });
  }
  for (const [text, start] of QUOTE_NEGATIVES) {
    it(`does not take ${JSON.stringify(start)} for a quote`, () => {
      expect(extract(text).quotes.filter((q) => q.quote.startsWith(start))).toEqual([]);
    });
  }
});
