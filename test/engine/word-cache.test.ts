import { describe, expect, it } from 'vitest';
import { ownCopy, WordCache } from '../../src/engine/word-cache.js';

describe('WordCache', () => {
  it('answers what was set, undefined otherwise', () => {
    const cache = new WordCache<number | null>();
    cache.set('zwölf', 12);
    cache.set('haus', null);
    expect(cache.get('zwölf')).toBe(12);
    expect(cache.get('haus')).toBeNull();
    expect(cache.get('zwölfe')).toBeUndefined();
  });

  it('is bounded: cleared when full, then fills again', () => {
    const cache = new WordCache<number>(3);
    for (const [i, w] of ['eins', 'zwei', 'drei'].entries()) cache.set(w, i);
    expect(cache.get('drei')).toBe(2);
    cache.set('vier', 3); // full: cleared first
    expect(cache.get('eins')).toBeUndefined();
    expect(cache.get('drei')).toBeUndefined();
    expect(cache.get('vier')).toBe(3);
  });

  it('keys by the characters, whatever string they were cut from', () => {
    const text = 'Die Beschäftigungsverhältnisse wuchsen.';
    const slice = text.slice(4, 30);
    const cache = new WordCache<string>();
    cache.set(slice, 'noun');
    expect(cache.get('Beschäftigungsverhältnisse')).toBe('noun');
    expect(ownCopy(slice)).toBe(slice);
  });
});
