/**
 * Person precision on ordinary news sentences (fixtures/news-sentences, written apart from the rules):
 * of the persons extract() finds, the share that are real persons of the sentence. SPEC: precision first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

interface Sentence { text: string; persons: string[] }
const sentences = JSON.parse(readFileSync(new URL('../fixtures/news-sentences/sentences.json', import.meta.url), 'utf8')) as Sentence[];

/** The scorer's name rule: equal after folding, or one is the other's last whole word. */
function sameName(a: string, b: string): boolean {
  const fa = a.toLowerCase().replace(/\s+/gu, ' ').trim();
  const fb = b.toLowerCase().replace(/\s+/gu, ' ').trim();
  return fa === fb || fa.endsWith(` ${fb}`) || fb.endsWith(` ${fa}`);
}

const MIN_PRECISION = 0.85;
const MIN_RECALL = 0.85;

describe('persons on news sentences', () => {
  let found = 0;
  let right = 0;
  let expected = 0;
  let recalled = 0;
  const wrong: string[] = [];
  for (const s of sentences) {
    const persons = extract(s.text).persons.map((p) => p.name);
    found += persons.length;
    expected += s.persons.length;
    for (const p of persons) {
      if (s.persons.some((e) => sameName(e, p))) right++;
      else wrong.push(`${p}  ←  ${s.text.slice(0, 80)}`);
    }
    for (const e of s.persons) if (persons.some((p) => sameName(e, p))) recalled++;
  }

  it(`finds real persons: precision ≥ ${MIN_PRECISION}, recall ≥ ${MIN_RECALL}`, () => {
    console.log(`news sentences: ${right}/${found} persons found are real (precision ${(right / found).toFixed(3)}), ${recalled}/${expected} found (recall ${(recalled / expected).toFixed(3)})`);
    if (wrong.length > 0) console.log(`not persons:\n  ${wrong.join('\n  ')}`);
    expect(sentences.length).toBeGreaterThanOrEqual(80);
    expect(right / found).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(recalled / expected).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
