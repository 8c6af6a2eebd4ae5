import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { PERSON_NEGATIVES, PERSON_POSITIVES } from '../../src/kinds/persons/corpus.js';
import { lexListedWords } from '../../src/kinds/persons/lexicon.js';
import { tokenize } from '../../src/text/tokens.js';

describe('persons', () => {
  for (const [text, want] of PERSON_POSITIVES) {
    it(`finds ${want.name} in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const facts = extract(text);
      expect(facts.warnings.filter((w) => w.code === 'internal_error')).toEqual([]);
      const p = facts.persons.find((x) => x.name === want.name);
      expect(p, `persons: ${facts.persons.map((x) => x.name).join(', ')}`).toBeDefined();
      for (const r of want.roles ?? []) expect(p!.roles).toContain(r);
      if (want.noRoles === true) expect(p!.roles).toEqual([]);
      if (want.title !== undefined) expect(p!.title).toBe(want.title);
      if (want.organization !== undefined) expect(p!.organization).toBe(want.organization);
      if (want.mentions !== undefined) expect(p!.mentions.length).toBe(want.mentions);
      for (const m of p!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  }
  for (const [text, name] of PERSON_NEGATIVES) {
    it(`does not take ${JSON.stringify(name)} for a person in ${JSON.stringify(text.slice(0, 50))}`, () => {
      const facts = extract(text);
      expect(facts.persons.map((x) => x.name)).not.toContain(name);
      expect(facts.persons.some((x) => x.mentions.some((m) => m.text.includes(name)))).toBe(false);
    });
  }
});

describe('the word layer', () => {
  it("every word with lex bits starts with a 'word' token (buildUnits asks the lex bits of word units only)", () => {
    const listed = lexListedWords();
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.filter((w) => tokenize(w)[0]?.type !== 'word')).toEqual([]);
  });
});
