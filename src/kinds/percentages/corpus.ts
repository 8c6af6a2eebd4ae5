/** The percentages kind's spec: invented examples, one fixed release date. */
import type { PercentageFact } from '../../facts.js';

export const CORPUS_RELEASE_DATE = '2017-03-16';

export const positive: ReadonlyArray<readonly [string, Partial<PercentageFact>]> = [
  ['Der Anteil stieg auf 40 %.', { value: 40, unit: 'percent', qualifier: 'exact', text: '40 %' }],
  ['Der Anteil stieg auf 40%.', { value: 40, unit: 'percent' }],
  ['Der Anteil stieg auf 40 Prozent.', { value: 40, unit: 'percent' }],
  ['Die Quote liegt bei 11,5 Prozent.', { value: 11.5, unit: 'percent' }],
  // a decimal point (Swiss and English writing): "14.1%"
  ['Die EBITDA-Marge verbesserte sich auf 19.3%.', { value: 19.3, unit: 'percent', text: '19.3%' }],
  ['Die Quote sank um drei Prozentpunkte.', { value: 3, unit: 'percentage_points' }],
  ['Die Quote sank um 3 Prozentpunkte.', { value: 3, unit: 'percentage_points' }],
  ['Die Marge stieg um 0,5 %-Punkte.', { value: 0.5, unit: 'percentage_points' }],
  ['Die Preise steigen um 10 bis 12 Prozent.', { value: 10, max: 12, unit: 'percent' }],
  ['Die Preise steigen um 10–12 %.', { value: 10, max: 12, unit: 'percent' }],
  ['Rund 30 Prozent der Fläche sind Wald.', { value: 30, qualifier: 'approx' }],
  ['Mehr als 60 Prozent stimmten zu.', { value: 60, qualifier: 'more_than' }],
  ['Knapp 50 % sind Frauen.', { value: 50, qualifier: 'almost' }],
  ['Der Umsatz wuchs um zwanzig Prozent.', { value: 20, unit: 'percent' }],
  ['Er gab einhundert Prozent.', { value: 100, unit: 'percent' }],
  ['Fast siebenunddreißig Prozent fehlten.', { value: 37, qualifier: 'almost' }],
  ['Die Kosten sanken um 27% auf 300 000 Euro.', { value: 27, unit: 'percent' }],
  ['2016 stieg der Anteil um 5 Prozent.', { value: 5, year: 2016 }],
  ['Der Anteil stieg von 18 auf 23 Prozent.', { value: 18, unit: 'percent', rule: 'percentages/from-number-to', text: '18' }],
  // a verb's particle "ein" before a dash is no lower bound; "ein bis zwei" is a range
  ['Die Stadt nimmt 2 Mio. Euro ein – zehn Prozent mehr als im Vorjahr.', { value: 10, max: undefined, text: 'zehn Prozent' }],
  ['Die Mieten steigen um ein bis zwei Prozent.', { value: 1, max: 2, unit: 'percent' }],
];

export const negative: readonly string[] = [
  'Mehr unter https://www.beispiel.de/suche?q=30%25%2020% im Netz.',
  'Der Prozentsatz ist unbekannt.',
  'Er berichtete über das Wachstum.',
];
