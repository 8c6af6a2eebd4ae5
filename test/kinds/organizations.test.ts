import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { ORG_NEGATIVES, ORG_POSITIVES } from '../../src/kinds/organizations/corpus.js';

describe('organizations', () => {
  for (const [text, want] of ORG_POSITIVES) {
    it(`finds ${want.name} in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const facts = extract(text);
      const o = facts.organizations.find((x) => x.name === want.name);
      expect(o, `organizations: ${facts.organizations.map((x) => x.name).join(', ')}`).toBeDefined();
      if (want.legalForm !== undefined) expect(o!.legalForm).toBe(want.legalForm);
      if (want.mentions !== undefined) expect(o!.mentions.length).toBe(want.mentions);
      for (const m of o!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  }
  for (const [text, name] of ORG_NEGATIVES) {
    it(`does not take ${JSON.stringify(name)} for an organisation in ${JSON.stringify(text.slice(0, 50))}`, () => {
      expect(extract(text).organizations.map((x) => x.name)).not.toContain(name);
    });
  }
});
