/**
 * Duckling's German numeral corpus (shared/corpora/duckling-de/numeral.json, BSD-3-Clause,
 * read at test time, not copied) embedded in a money sentence: every example must come back
 * as a money fact in EUR with that amount. At least 97 % must pass; the rate is printed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
// the repository's parent holds shared/ (CI checks it out beside the project)
const corpus = resolve(here, '../../../shared/corpora/duckling-de/numeral.json');

interface Case { text: string; expected: { value: number } }

describe.skipIf(!existsSync(corpus))('duckling numeral corpus as money', () => {
  const cases = JSON.parse(readFileSync(corpus, 'utf8')) as Case[];
  const results = cases.map((c) => {
    const sentence = `Der Umsatz betrug ${c.text} Euro.`;
    const facts = extract(sentence);
    const ok = facts.money.some((m) => m.currency === 'EUR' && Math.abs(m.amount - c.expected.value) <= 1e-9 * Math.max(1, Math.abs(c.expected.value)));
    return { ...c, ok, got: facts.money.map((m) => m.amount) };
  });

  it('reads at least 97 % of the examples as money', () => {
    const passed = results.filter((r) => r.ok).length;
    const rate = (100 * passed) / results.length;
    console.log(`duckling numeral as money: ${passed}/${results.length} = ${rate.toFixed(1)} %`);
    for (const r of results) if (!r.ok) console.log(`  miss: ${JSON.stringify(r.text)} → expected ${r.expected.value}, got ${JSON.stringify(r.got)}`);
    expect(results.length).toBeGreaterThan(50);
    expect(rate).toBeGreaterThanOrEqual(97);
  });
});
