import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { LOCATION_NEGATIVES, LOCATION_POSITIVES } from '../../src/kinds/locations/corpus.js';

describe('locations', () => {
  for (const [text, name] of LOCATION_POSITIVES) {
    it(`finds ${name} in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const facts = extract(text);
      const l = facts.locations.find((x) => x.name === name);
      expect(l, `locations: ${facts.locations.map((x) => x.name).join(', ')}`).toBeDefined();
      for (const m of l!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    });
  }
  for (const [text, name] of LOCATION_NEGATIVES) {
    it(`does not take ${JSON.stringify(name)} for a location in ${JSON.stringify(text.slice(0, 50))}`, () => {
      expect(extract(text).locations.map((x) => x.name)).not.toContain(name);
    });
  }
});
