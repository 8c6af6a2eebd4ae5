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

describe('release: the organisation it is from or about', () => {
  it('is the organisation named most often, at least twice', () => {
    const facts = extract('Lemgo, 16. März 2017 – Die Muster Technik GmbH wächst. Die Muster Technik GmbH stellt 40 Mitarbeiter ein.');
    expect(facts.release.organization).toBe('Muster Technik GmbH');
  });
  it('is not a party named only as a person\'s affiliation ("den CDU-Fraktionsvorsitzenden")', () => {
    const facts = extract('Merzig, 31. März 2025 – In der Stichwahl setzte sich Carina Wollscheid gegen den CDU-Fraktionsvorsitzenden Thomas Biehl durch. Die CDU-Kandidatin im Nachbarort verlor.');
    expect(facts.release.organization).toBeUndefined();
  });
});
