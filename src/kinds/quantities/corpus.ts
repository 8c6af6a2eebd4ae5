/** The quantities kind's spec: invented examples, one fixed release date. */
import type { QuantityFact } from '../../facts.js';

export const CORPUS_RELEASE_DATE = '2017-03-16';

export const positive: ReadonlyArray<readonly [string, Partial<QuantityFact>]> = [
  ['Der Kreis hat 920.000 Einwohner.', { value: 920_000, unit: 'Einwohner', category: 'population', qualifier: 'exact' }],
  ['Die Region mit ihren ca. 920.000 Einwohnern wächst.', { value: 920_000, unit: 'Einwohnern', category: 'population', qualifier: 'approx' }],
  ['Über 11,5 Mio. Einwohner werden versorgt.', { value: 11_500_000, category: 'population', qualifier: 'more_than' }],
  // after a label word ("Saison", "Sommer") a scaled or formatted number is still a count; "Staffel 3" is not
  ['Die Hotels zählten in der Saison 2,4 Millionen Übernachtungen.', { value: 2_400_000, unit: 'Übernachtungen', category: 'count' }],
  ['Das Freibad hatte im Sommer 48.500 Badegäste.', { value: 48_500, unit: 'Badegäste' }],
  // the value of "die Zahl der …"; after "um" a change, not the value
  ['Die Zahl der Betten steigt damit von 640 auf 672.', { value: 672, unit: 'Betten', category: 'count', text: '672' }],
  ['Die Zahl der Einbrüche stieg um 12 auf 80.', { value: 80, unit: 'Einbrüche', category: 'count' }],
  // a place and its number after a figure of the same sentence
  ['Bad Berka zählt 7.640 Einwohnerinnen und Einwohner, Blankenhain 6.520 und Kranichfeld 3.410.', { value: 6520, category: 'population', text: '6.520' }],
  // a shortened compound is counted whole
  ['Die Stadt baut 12 Rad- und Fußwege.', { value: 12, unit: 'Rad- und Fußwege', category: 'count', text: '12 Rad- und Fußwege' }],
  // a compound whose short first part the tokenizer split off
  ['Der Beschluss fiel mit 15 Ja-Stimmen bei vier Gegenstimmen.', { value: 15, unit: 'Ja-Stimmen', category: 'count' }],
  ['Alle 36 Städte und Gemeinden machen mit.', { value: 36, unit: 'Städte und Gemeinden', category: 'count', text: '36 Städte und Gemeinden' }],
  ['Die Firma hat 120 Kunden.', { value: 120, unit: 'Kunden', category: 'count' }],
  ['Zur Messe kamen 3.000 Besucher.', { value: 3000, unit: 'Besucher', category: 'count' }],
  ['Die Kette betreibt 45 Filialen.', { value: 45, unit: 'Filialen', category: 'count' }],
  ['Die Halle hat 12.000 Quadratmeter.', { value: 12_000, unit: 'Quadratmeter', category: 'area' }],
  ['Das Gelände umfasst 5 Hektar.', { value: 5, unit: 'Hektar', category: 'area' }],
  ['Die Büros haben 800 m² Fläche.', { value: 800, unit: 'm²', category: 'area' }],
  ['Es kamen 200 bis 250 Gäste.', { value: 200, max: 250, category: 'count' }],
  ['Die App hat 2 Millionen Nutzer.', { value: 2_000_000, unit: 'Nutzer', category: 'count' }],
  ['Die Anlage erzeugt bis zu 30.000 Tonnen Granulat.', { value: 30_000, unit: 'Tonnen', category: 'other', qualifier: 'at_most' }],
  ['Jede Turbine leistet 5,6 Megawatt.', { value: 5.6, unit: 'Megawatt', category: 'other' }],
  ['Die Firma bezieht Tee aus dreiundzwanzig Ländern.', { value: 23, unit: 'Ländern', category: 'count' }],
  ['Das Werk eröffnet zwei neue Filialen.', { value: 2, unit: 'Filialen', category: 'count' }],
  ['Die Stadt hat 250.000 Einwohner, davon sind etwa 195.000 wahlberechtigt.', { value: 195_000, category: 'population', rule: 'quantities/elliptic-number' }],
  ['Eine Umfrage unter 2.048 Erwachsenen zeigt das.', { value: 2048, qualifier: 'exact' }],
  // a difference in the unit of the figure before it; a number whose noun follows a second number
  ['Die Bibliothek zählte 9.214 Leser und damit rund 600 mehr als 2024.', { value: 600, unit: 'Leser', qualifier: 'approx', rule: 'quantities/elliptic-number' }],
  ['Der Rat hat den Haushalt mit 31 zu 13 Stimmen beschlossen.', { value: 31, unit: 'Stimmen', category: 'count', rule: 'quantities/partitive' }],
  ['Sie erhielt 87 von 94 gültigen Stimmen.', { value: 87, category: 'count', rule: 'quantities/partitive' }],
  ['In 18 der 19 Städte lag sie vorn.', { value: 18, unit: 'Städte', rule: 'quantities/partitive' }],
  ['Die Kammerbühne hat 310 Plätze.', { value: 310, unit: 'Plätze', category: 'count' }],
  ['Das Team versorgte 1.146 Schwerverletzte, rund 380 von ihnen kamen per Hubschrauber.', { value: 380, unit: 'Schwerverletzte', qualifier: 'approx' }],
  // hours as an amount of work or opening time
  ['Die Ehrenamtlichen leisteten zusammen mehr als 18.000 Stunden.', { value: 18_000, unit: 'Stunden', category: 'other', qualifier: 'more_than' }],
  ['Die Bibliothek ist 46 Stunden pro Woche geöffnet.', { value: 46, unit: 'Stunden', category: 'other' }],
];

export const negative: readonly string[] = [
  'Verkehrsbetriebe AG, Claragraben 55, 4058 Basel, Telefon +41 61 685 12 00',
  'Die Zahl der Einbrüche stieg um 12.',
  'Gegründet im Jahr 1971 sind alle dabei.',
  'In Staffel 3 Folgen ansehen.',
  'Die Firma ist nach ISO 27001 zertifiziert.',
  'Siehe Nr. 12 Anlagen und Art. 3 Absätze.',
  'Tel. 05261 252-0',
  'Der Termin ist am 16.03.2017 um 16:53 Uhr.',
  'Das Programm Gute Schule 2020 läuft.',
  'Im 3. Quartal lief es gut.',
  'In 32657 Lemgo ist Markt.',
  'Die Daten liegen an zwei Standorten.',
  'Seit 2010 Kunden der Firma.',
  'Die Version 2.1 Nutzer sind zufrieden.',
  'Die 30-jährige Kollegin kam.',
  'Er ist seit 3 Jahren dabei.',
  'Die Firma machte 40 Umsatz.',
  '§ 5 Absätze gelten.',
  'Das Unternehmen zählt zu den zehn größten Anbietern.',
  'Das Spiel endete 3 zu 1.',
  'Das Ergebnis: 100 mehr als im Vorjahr.',
  'Nach zwei Stunden war das Feuer gelöscht.',
  'Der Einsatz dauerte 3 Stunden.',
];
