/**
 * The years kind's spec: inputs and the year facts each must yield (`text` must be inside the
 * evidence), and inputs that must yield no year. Relative years resolve against CORPUS_RELEASE_DATE.
 */
import type { YearFact } from '../../facts.js';

export const CORPUS_RELEASE_DATE = '2017-03-16';

export type YearExpectation = Partial<Pick<YearFact, 'year' | 'relative' | 'text' | 'rule'>> & { year: number };

export const positive: ReadonlyArray<readonly [string, YearExpectation]> = [
  ['Die Messe am 16. März 2017 war voll.', { year: 2017, text: '2017', rule: 'years/in-date' }],
  ['Stichtag war der 16.03.2017.', { year: 2017, text: '2017' }],
  ['Es entsteht bis Frühjahr 2018 ein Bürogebäude.', { year: 2018, text: '2018' }],
  ['Ende 2026 soll die Anlage laufen.', { year: 2026, text: '2026' }],
  ['Im 1. Quartal 2020 stieg der Umsatz.', { year: 2020, text: '2020' }],
  ['Gegründet im Jahr 1971 ist der Verband gewachsen.', { year: 1971, text: '1971', rule: 'years/number-in-context' }],
  ['Von gut 80 Beschäftigten im Jahr 2000 wuchs die Belegschaft.', { year: 2000, text: '2000' }],
  ['Seit 1971 arbeitet der Verband für die Kommunen.', { year: 1971 }],
  ['2015 erwirtschaftet der Dienstleister mehr als 40 Millionen Umsatz.', { year: 2015, text: '2015' }],
  ['Bis 2030 soll das Netz fertig sein.', { year: 2030 }],
  ['Von 2010 bis 2015 stieg der Umsatz.', { year: 2010 }],
  ['Von 2010 bis 2015 stieg der Umsatz.', { year: 2015 }],
  ['In den Jahren 2018 und 2019 wuchs die Firma.', { year: 2018 }],
  ['In den Jahren 2018 und 2019 wuchs die Firma.', { year: 2019 }],
  ['Die 2015 gegründete Firma wächst.', { year: 2015 }],
  ['Die Firma wurde 2015 gegründet.', { year: 2015 }],
  // a short phrase between the year and an event's participle
  ['Das 1962 in Ravensburg gegründete Familienunternehmen wächst.', { year: 1962 }],
  // a founding verb earlier in the clause, or a founding noun right before; the 19th century too
  ['Gegründet wurde der Betrieb 1962 als kleine Spenglerei.', { year: 1962 }],
  ['Gegründet hat sie 1875 der Küfermeister Konrad Wenzel.', { year: 1875 }],
  ['Das Museum hatte das beste Jahr seit seiner Eröffnung 1998.', { year: 1998 }],
  ['Die Brauerei ist seit 1875 in Familienbesitz.', { year: 1875 }],
  ['Gegenüber 2024 bedeutet das ein Plus von zwölf Prozent.', { year: 2024 }],
  // a heading's noun and year before a colon; a period noun
  ['Weinlese 2025: Kleine Menge, große Qualität', { year: 2025 }],
  ['Ab der Steuerperiode 2026 sinkt der Abzug.', { year: 2026 }],
  // the subject, the year, then an article or "insgesamt"
  ['Er rechnet vor, dass das Klinikum 2022 ein Defizit von 11,2 Mio. Euro hatte.', { year: 2022 }],
  ['Vorher stellte die Sparkasse 2020 insgesamt 640.000 Euro bereit.', { year: 2020 }],
  // the months of a financial report before a year
  ['In den ersten neun Monaten (9M 2024) sank der Konzernumsatz um 4,4 %.', { year: 2024 }],
  // a year after a budget's or plan's noun
  ['Haushaltsentwurf 2026: Flensburg investiert trotz Defizit', { year: 2026 }],
  // the year before the year written just before
  ['Im Geschäftsjahr 2015 wuchs der Umsatz auf 12 Mio. Euro, nach 11 Mio. Euro im Jahr davor.', { year: 2014, relative: true, text: 'im Jahr davor', rule: 'years/year-before' }],
  ['Im Jahr 1848 begann alles.', { year: 1848 }],
  ['Die Jahre 2019–2021 waren schwer.', { year: 2021 }],
  ['Das Geschäftsjahr 2019/20 war gut.', { year: 2019, text: '2019', rule: 'years/year-pair' }],
  ['Die Saison 2019/2020 beginnt bald.', { year: 2020 }],
  ['Im Wintersemester 2019/20 lernten viele.', { year: 2019 }],
  ['Der Doppelhaushalt 2025/2026 steht.', { year: 2026, text: '2026' }],
  ['Es waren 9 Prozent mehr als 2021.', { year: 2021 }],
  ['Ein Viertel mehr als 2023 kamen.', { year: 2023 }],
  ['Bei der Landtagswahl 2018 lag die Beteiligung höher.', { year: 2018 }],
  ['Die Firma hat 1994 einen Umsatz von 94 Mio. Euro erzielt.', { year: 1994 }],
  ['Die Genossen erhalten für 2023 eine Dividende.', { year: 2023 }],
  ['Zucker AG: Kampagne 1996 mit Rekordmenge', { year: 1996 }],
  // relative to the release date
  ['Besonderes Interesse fanden die Wahlen in diesem Jahr.', { year: 2017, relative: true, text: 'in diesem Jahr' }],
  ['Dieses Jahr feiern wir.', { year: 2017, relative: true }],
  ['Die diesjährige Messe war voll.', { year: 2017, relative: true, rule: 'years/diesjaehrig' }],
  ['Im vergangenen Jahr stieg der Umsatz.', { year: 2016, relative: true, text: 'vergangenen Jahr' }],
  ['Im Vorjahr waren es weniger.', { year: 2016, relative: true }],
  ['Letztes Jahr kamen viele.', { year: 2016, relative: true }],
  ['Im kommenden Jahr wird gebaut.', { year: 2018, relative: true }],
  ['Im nächsten Jahr wird gebaut.', { year: 2018, relative: true }],
  ['Vor zehn Jahren wurde die Firma gegründet.', { year: 2007, relative: true }],
  ['Bereits heuer werde das Unternehmen wachsen.', { year: 2017, relative: true, rule: 'years/heuer' }],
  ['Die Tischlerei feiert ihr Bestehen. 1922 gründete Tischlermeister Anton Kuhl die Werkstatt.', { year: 1922 }],
  ['Der Kreisverband habe seit Jahresbeginn 63 neue Mitglieder gewonnen.', { year: 2017, relative: true, text: 'Jahresbeginn' }],
];

/** Inputs that must yield no year at all. */
export const negative: readonly string[] = [
  'Die Agenda 2030 ist ein Plan.',
  'Seit der Eröffnung kamen 1200 Besucher, nach der Eröffnung 1950 Gäste.',
  'Die Firma hat 1850 Mitarbeiter.',
  'Kontakt: Tel. 2000: Zentrale',
  'Die 2000 in der Halle versammelten Gäste jubelten.',
  'Der Umsatz stieg, nach 11 Mio. Euro im Jahr davor.',
  'Die Firma beschäftigt 2000 Mitarbeiter.',
  'Rund 1500 Besucher kamen.',
  'Das Rechenzentrum ist nach ISO 27001 zertifiziert.',
  'Die Norm DIN 2020 gilt.',
  'Die Firma sitzt in 32657 Lemgo.',
  'Der Preis liegt bei 2019 Euro.',
  'Die Agenda 2030 wurde beschlossen.',
  'Die Vision 2025 wurde vorgestellt.',
  'Die Expo 2000 war in Hannover.',
  'Das Programm Horizont 2020 fördert Forschung.',
  'Das Land will mit seinem Programm „Gute Schule 2020“ helfen.',
  'Mehr als 2000 Gäste kamen.',
  'Die 2000 neuen Stellen sind besetzt.',
  'Insgesamt 1999 Teilnehmer kamen.',
  'Die 2000er waren wild.',
  'Seit 2000 Jahren steht die Burg.',
  'Die Hauptstraße 1999 ist gesperrt.',
  'Sie war im letzten Jahr seiner Amtszeit.',
  'Im März wird gebaut.',
  'Es kamen 2000.',
  'Es kamen mehr als 2000.',
  'Der Kassenbestand lag zum Jahresende bei 18.450,75 Euro.',
  'Pressekontakt:\nMax Muster\nTel. 05261 2019\n',
];
