import { describe, expect, it } from 'vitest';
import { WordStarts, WordTable } from '../../src/lexicon/word-starts.js';
import { WordGate } from '../../src/kinds/dates/word-gate.js';
import { tokenize } from '../../src/text/tokens.js';

/** Listed words of every kind the tables treat apart: two letters, umlauts, a period, a char beyond Latin-1, one letter, 31+ letters. */
const LISTED = ['im', 'der', 'dieses', 'für', 'über', 'jan.', 'mo.', 'daß', 'ǆem', 'x', 'verwaltungsgerichtsbarkeitsordnungen'];
/** Words that are not listed, some with a listed word's start or length. */
const OTHERS = ['die', 'den', 'diese', 'fur', 'jan', 'janu', 'mo', 'mo,', 'ǆen', 'y', 'ab', 'i', 'verwaltungsgerichtsbarkeitsordnung', 'Unternehmen', ''];

describe('WordStarts and WordGate: no listed word is ever ruled out', () => {
  for (const filter of [new WordStarts(LISTED), new WordGate(LISTED)]) {
    it(`${filter.constructor.name}: every listed word may be listed`, () => {
      for (const w of LISTED) expect(filter.mayList(w), w).toBe(true);
    });
    it(`${filter.constructor.name}: rules out words of another start or length`, () => {
      for (const w of ['die', 'den', 'diese', 'fur', 'ab', 'Unternehmen']) expect(filter.mayList(w), w).toBe(false);
    });
  }
});

describe('WordGate.mayListToken: mayList of a word token, its length from the token span', () => {
  it('answers as mayList on the lower form (a word with "İ", whose lower form is longer, is listed nowhere)', () => {
    const gate = new WordGate(LISTED);
    const words = tokenize('Im Dieses über DASS daß ǆem x Die Unternehmen İstanbul Jan. Verwaltungsgerichtsbarkeitsordnungen').filter((t) => t.type === 'word');
    expect(words.length).toBe(12);
    for (const t of words) {
      if (t.lower.length === t.end - t.start) expect(gate.mayListToken(t), t.value).toBe(gate.mayList(t.lower));
      else expect(LISTED).not.toContain(t.lower);
    }
    expect(words.filter((t) => gate.mayListToken(t)).map((t) => t.lower)).toEqual(expect.arrayContaining(['im', 'dieses', 'über', 'daß', 'ǆem', 'x', 'jan.', 'verwaltungsgerichtsbarkeitsordnungen']));
  });
});

describe('WordTable: the value of each listed word, nothing for the others', () => {
  const table = new WordTable(LISTED.map((w, k) => [w, k] as const));
  it('finds every listed word', () => {
    LISTED.forEach((w, k) => expect(table.get(w), w).toBe(k));
  });
  it('finds no other word', () => {
    for (const w of OTHERS) expect(table.get(w), w).toBeUndefined();
  });
  it('mayList: every listed word may be listed, words of another start or length are ruled out', () => {
    for (const w of LISTED) expect(table.mayList(w), w).toBe(true);
    for (const w of ['die', 'den', 'diese', 'fur', 'ab', 'Unternehmen']) expect(table.mayList(w), w).toBe(false);
  });
  it('finds words built at run time (not the lists\' own strings)', () => {
    const text = 'xx dieses jan. über daß ǆem';
    for (const w of text.split(' ').slice(1)) expect(table.get(w), w).toBe(LISTED.indexOf(w));
  });
});

describe('WordTable and WordGate against a Map, on random words', () => {
  it('agree on 20,000 words', () => {
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const letters = 'abdeinrsäüß.-Ǆ';
    const word = (): string => Array.from({ length: 1 + rand(6) }, () => letters[rand(letters.length)]).join('');
    const listed = new Map<string, number>();
    for (let k = 0; k < 300; k++) listed.set(word(), k);
    const table = new WordTable(listed);
    const gate = new WordGate(listed.keys());
    for (let k = 0; k < 20_000; k++) {
      const w = word();
      expect(table.get(w), w).toBe(listed.get(w));
      if (listed.has(w)) expect(gate.mayList(w) && table.mayList(w), w).toBe(true);
    }
  });
});
