import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { positive, noDate, noPlace } from '../../src/kinds/release/corpus.js';

describe('release: header fields', () => {
  for (const [input, want] of positive) {
    it(`${JSON.stringify(input.slice(0, 60))} → ${JSON.stringify(want)}`, () => {
      const facts = extract(input);
      expect(facts.release).toMatchObject(want);
      for (const ev of facts.release.evidence) expect(input.slice(ev.start, ev.end)).toBe(ev.text);
    });
  }
});

describe('release: no title from an issuer above the label line', () => {
  for (const input of [
    'Polizeipräsidium Oberbayern Süd\nPressemitteilung vom 2. Juni 2022\n\nRegensburg – Unbekannte haben am Samstag ein Fahrrad aus einem Hof gestohlen und sind geflüchtet.',
    'Ministerium für Wirtschaft und Digitales des Landes Nordrhein-Westfalen\nPressemitteilung vom 14.05.2019\n\nDas Land fördert kleine Betriebe mit 12 Mio. Euro, wie das Ministerium am Dienstag mitteilte.',
  ]) {
    it(`${JSON.stringify(input.slice(0, 60))} → no title`, () => {
      expect(extract(input).release.title).toBeUndefined();
    });
  }
});

describe('release: no date from the story', () => {
  for (const input of noDate) {
    it(`${JSON.stringify(input.slice(0, 60))} → no release date`, () => {
      expect(extract(input).release.date).toBeUndefined();
    });
  }
});

describe('release: no dateline place in a story line', () => {
  for (const input of noPlace) {
    it(`${JSON.stringify(input.slice(0, 60))} → no place`, () => {
      expect(extract(input).release.place).toBeUndefined();
    });
  }
});

describe('release: the header date is also a date and a year', () => {
  it('"Pressemeldung vom 16. März 2017, 16:53 Uhr" gives a date fact with the time and a year fact', () => {
    const facts = extract('Pressemeldung vom 16. März 2017, 16:53 Uhr\n\nDer Verband wächst.');
    expect(facts.dates).toMatchObject([{ value: '2017-03-16', precision: 'day', time: '16:53' }]);
    expect(facts.years).toMatchObject([{ year: 2017, text: '2017' }]);
  });
  it('the header date anchors "in diesem Jahr"', () => {
    const facts = extract('Lemgo, 16. März 2017 – Die Wahlen finden in diesem Jahr statt.');
    expect(facts.years.find((y) => y.relative === true)?.year).toBe(2017);
  });
});
