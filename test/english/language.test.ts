/** Language detection through the public extract(): 'de', 'en', or 'und' for anything else or too little text. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const GERMAN_WITH_ENGLISH_QUOTE = 'Lemgo, 16. März 2017 – Die krz GmbH hat im vergangenen Jahr mehr als 40 Millionen Euro umgesetzt. „Wir sind sehr zufrieden“, sagte Geschäftsführer Max Muster. Der amerikanische Partner sagte: "This is the best result that we have seen in the region for years, and we are proud of the whole team."';

const cases: ReadonlyArray<readonly [string, string, 'de' | 'en' | 'und']> = [
  ['German release', 'Lemgo, 16. März 2017 – Die krz GmbH erzielte im Jahr 2016 rund 40 Mio. Euro Umsatz und beschäftigt mehr als 270 Mitarbeiter, teilte das Unternehmen mit.', 'de'],
  ['German release with one English quote', GERMAN_WITH_ENGLISH_QUOTE, 'de'],
  ['English release', 'BOSTON, March 16, 2017 /PRNewswire/ -- Northwind Robotics Inc. today announced that it has raised $40 million in new funding, the company said.', 'en'],
  ['English release with one German quote', 'MUNICH, 16 March 2017 -- Kestrel Automotive AG said it will cut 425 positions at its plant in Regensburg by the end of 2018. „Das ist ein schmerzhafter Schritt für die Region und für uns alle“, said the works council.', 'en'],
  ['short English text', 'Revenue up 12 percent', 'und'],
  ['short German text', 'Umsatz steigt um 12 Prozent', 'und'],
  ['numbers only', '12 40 2017 16.03.2017 € $ % 1.234.567', 'und'],
  ['French', "Paris, le 16 mars 2017 – La société a annoncé aujourd'hui une hausse de 12 % de son chiffre d'affaires, qui atteint 40 millions d'euros selon le directeur général.", 'und'],
  ['Spanish', 'Madrid, 16 de marzo de 2017 – La empresa ha anunciado hoy un aumento del 12 % en sus ventas, que alcanzan los 40 millones de euros, dijo el director general a la prensa.', 'und'],
  ['Dutch', 'Amsterdam, 16 maart 2017 – Het bedrijf heeft vandaag een omzetstijging van 12 procent bekendgemaakt, tot 40 miljoen euro, zei de algemeen directeur van het bedrijf.', 'und'],
];

describe('language detection', () => {
  for (const [name, text, want] of cases) {
    it(`${name} → ${want}`, () => {
      expect(extract(text).language).toBe(want);
    });
  }
  it('a German release with an English version appended is German (its first 60 words decide)', () => {
    const german = 'Die krz GmbH hat im vergangenen Jahr mehr als 40 Millionen Euro umgesetzt und will in diesem Jahr noch weiter wachsen, teilte das Unternehmen mit. Der Vorstand sagte, dass die Zahl der Mitarbeiter auf 300 steigen werde und dass sich die Investitionen für den Standort gelohnt hätten. ';
    const english = 'The company said that it has raised more than 40 million euros in the last year and that it will hire more people for its plant in the region. ';
    const text = `Lemgo, 16. März 2017 – ${german.repeat(3)}\n\nEnglish version\n\n${english.repeat(12)}`;
    expect(extract(text).language).toBe('de');
    // too little German before the English part: the whole text is counted, and English wins
    expect(extract(`Lemgo, 16. März 2017 – ${german}\n\n${english.repeat(12)}`).language).toBe('en');
  });
  it('options.language forces the language', () => {
    expect(extract(GERMAN_WITH_ENGLISH_QUOTE, { language: 'en' }).language).toBe('en');
    expect(extract('BOSTON, March 16, 2017 -- Acme Inc. said it raised $40 million from investors in the region.', { language: 'de' }).language).toBe('de');
  });
  it('an English text is read by the English rules, a German one by the German rules', () => {
    const en = extract('BOSTON, March 16, 2017 /PRNewswire/ -- Northwind Robotics Inc. today announced that it has raised $40 million in new funding from its investors.');
    expect(en.language).toBe('en');
    expect(en.money.map((m) => [m.amount, m.currency])).toEqual([[40e6, 'USD']]);
    expect(en.money[0]!.rule?.startsWith('money/')).toBe(true);
    expect(en.warnings.filter((w) => w.code === 'not_german')).toEqual([]);
  });
  it('English path never throws on hostile English-looking input and stays fast', () => {
    const inputs = [
      'the company raised $1 million and $2 million and '.repeat(3000),
      '"the company said that it will " '.repeat(3000),
      'in Boston and Denver said Jane Doe the CEO Jane Doe '.repeat(3000),
      'The Big Red Fund Inc. Ltd. AG in Paris '.repeat(3000),
      '1.2.3.4.5.6.7.8.9.'.repeat(5000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      const f = extract(text, { language: 'en' });
      expect(f.language).toBe('en');
      expect(f.warnings.filter((w) => w.code === 'internal_error')).toEqual([]);
      expect(performance.now() - t0).toBeLessThan(20_000);
    }
  });
});
