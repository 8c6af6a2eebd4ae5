import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/engine/context.js';

const sentences = (text: string) => {
  const ctx = makeContext(text);
  return ctx.sentences.map((s) => ctx.evidence(s.first, s.last).text);
};

describe('sentences', () => {
  it('does not break after abbreviations and ordinals', () => {
    expect(sentences('Am 16. März 2017 erzielte Dr. Muster ca. 11,5 Mio. Euro, z. B. im 3. Quartal. Dann kam Nr. 2.')).toEqual([
      'Am 16. März 2017 erzielte Dr. Muster ca. 11,5 Mio. Euro, z. B. im 3. Quartal.',
      'Dann kam Nr. 2.',
    ]);
  });
  it('takes closing quotes along', () => {
    expect(sentences('„Das ist gut.“ Dann sagte er nichts.')).toEqual(['„Das ist gut.“', 'Dann sagte er nichts.']);
  });
  it('breaks at blank lines and after short lines, not in wrapped prose', () => {
    const text = 'Krz wächst weiter\nLemgo, 16. März 2017 – Der Zweckverband hat im vergangenen Jahr deutlich mehr\nUmsatz erzielt als geplant.\n\nNeuer Absatz';
    expect(sentences(text)).toEqual([
      'Krz wächst weiter',
      'Lemgo, 16. März 2017 – Der Zweckverband hat im vergangenen Jahr deutlich mehr\nUmsatz erzielt als geplant.',
      'Neuer Absatz',
    ]);
  });
  it('does not break inside a web address or a number', () => {
    expect(sentences('Mehr unter www.krz.de und 2.500 Euro.')).toEqual(['Mehr unter www.krz.de und 2.500 Euro.']);
  });
});

describe('boilerplate', () => {
  it('masks the press-contact block and contact lines', () => {
    const ctx = makeContext('Der Umsatz stieg auf 5 Mio. Euro.\n\nPressekontakt:\nMax Muster\nTel. 05261 252-0\n32657 Lemgo');
    const masked = ctx.tokens.filter((_, i) => ctx.boilerplate[i] === 1).map((t) => t.value);
    expect(masked).toEqual(['Pressekontakt', ':', 'Max', 'Muster', 'Tel.', '05261', '252-0', '32657', 'Lemgo']);
  });
  it('ends the contact block at an about section', () => {
    const ctx = makeContext('Text.\n\nKontakt:\nEva Beispiel\n\nÜber die Muster GmbH\nDie Muster GmbH beschäftigt 500 Mitarbeiter.');
    const i = ctx.tokens.findIndex((t) => t.value === '500');
    expect(ctx.boilerplate[i]).toBe(0);
    const eva = ctx.tokens.findIndex((t) => t.value === 'Eva');
    expect(ctx.boilerplate[eva]).toBe(1);
  });
});
