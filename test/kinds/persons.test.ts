import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { PERSON_NEGATIVES, PERSON_POSITIVES } from '../../src/kinds/persons/corpus.js';
import { lexListedWords, LEX_PERSON, partsOf, unitWord } from '../../src/kinds/persons/lexicon.js';
import { buildUnits } from '../../src/kinds/persons/units.js';
import { makeContext } from '../../src/engine/context.js';
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

  it('a token that stands alone is its own unit; a hyphen compound is a new one over its tokens', () => {
    const ctx = makeContext('Die SPD-Kreisvorsitzende Anna Berg sagte:\n„Gut.“');
    const units = buildUnits(ctx);
    expect(units.map((u) => u.value)).toEqual(['Die', 'SPD-Kreisvorsitzende', 'Anna', 'Berg', 'sagte', ':', '„', 'Gut', '.', '“']);
    const compound = units[1]!;
    expect([compound.first, compound.last, compound.lower, compound.type]).toEqual([1, 4, 'spd-kreisvorsitzende', 'word']);
    expect(ctx.text.slice(compound.start, compound.end)).toBe('SPD-Kreisvorsitzende');
    expect(partsOf(compound)).toEqual(['SPD', 'Kreisvorsitzende']);
    expect(units[0]).toBe(ctx.tokens[0]);
    expect(units[2]).toBe(ctx.tokens[4]);
    expect([units[2]!.first, units[2]!.last, units[2]!.cap, units[2]!.starts]).toEqual([4, 5, true, false]);
    expect(units[0]!.starts).toBe(true);
    expect(units[6]!.starts).toBe(true); // after a line break
    expect(units[7]!.starts).toBe(true); // after an opening quote
    expect(units[7]!.sentence).toBeGreaterThan(units[3]!.sentence);
    expect(units[4]!.lex & LEX_PERSON).toBe(LEX_PERSON); // "sagte", a speech verb
    // built again over the same context: the same units, their Words looked up afresh
    unitWord(units[2]!);
    const again = buildUnits(ctx);
    expect(again[2]).toBe(units[2]);
    expect(again[2]!.word).toBeUndefined();
    expect(again[1]).not.toBe(compound);
    expect(again[1]!.value).toBe(compound.value);
  });
});
