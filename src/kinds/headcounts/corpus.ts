/** The headcounts kind's spec: invented examples, one fixed release date. */
import type { HeadcountFact } from '../../facts.js';

export const CORPUS_RELEASE_DATE = '2017-03-16';

export const positive: ReadonlyArray<readonly [string, Partial<HeadcountFact>]> = [
  ['Die Kremer GmbH beschäftigt 270 Mitarbeiter.', { count: 270, kind: 'employees', qualifier: 'exact', text: '270 Mitarbeiter' }],
  ['Heute arbeiten dort 1.200 Mitarbeitende.', { count: 1200, kind: 'employees' }],
  ['Das Werk zählt 850 Mitarbeiterinnen und Mitarbeiter.', { count: 850, kind: 'employees', text: '850 Mitarbeiterinnen und Mitarbeiter' }],
  ['Von gut 80 Beschäftigten ist die Zahl gestiegen.', { count: 80, kind: 'employees', qualifier: 'more_than' }],
  ['Das Amt hat 45 Angestellte.', { count: 45, kind: 'employees' }],
  ['Die Belegschaft ist auf knapp 270 Mitglieder angewachsen.', { count: 270, kind: 'employees', qualifier: 'almost' }],
  ['Die Belegschaft ist inzwischen auf 310 angestiegen.', { count: 310, kind: 'employees', rule: 'headcounts/workforce-number', year: 2017 }],
  ['Am Standort entstehen 200 neue Arbeitsplätze.', { count: 200, kind: 'jobs', change: 'increase' }],
  ['Der Konzern kündigte den Abbau von 425 Stellen an.', { count: 425, kind: 'jobs', change: 'decrease' }],
  ['Die Bank streicht 1.500 Jobs.', { count: 1500, kind: 'jobs', change: 'decrease' }],
  ['Die Firma will 60 Fachkräfte einstellen.', { count: 60, kind: 'employees', change: 'increase' }],
  ['Die Verwaltung wächst: 38 Stellen kommen neu hinzu.', { count: 38, kind: 'jobs', change: 'increase' }],
  // the value of "die Zahl der …" later in the sentence
  ['Die Zahl der Mitglieder der Genossenschaft stieg auf 41.870.', { count: 41_870, kind: 'members', text: '41.870' }],
  ['Die Zahl der Mitarbeiter stieg von 1.240 auf 1.310.', { count: 1_310, kind: 'employees', text: '1.310' }],
  ['Der Betrieb beschäftigt 34 Menschen, darunter sieben Meister, 15 Gesellen und acht Lehrlinge.', { count: 15, kind: 'employees', text: '15 Gesellen' }],
  ['Es gibt 35 Ausbildungsplätze.', { count: 35, kind: 'jobs' }],
  ['Der Sportverein hat rund 1.100 Mitglieder.', { count: 1100, kind: 'members', qualifier: 'approx' }],
  ['Die Partei zählt über 4.000 Mitglieder.', { count: 4000, kind: 'members', qualifier: 'more_than' }],
  ['Das Team wuchs auf zwölf Mitarbeiter.', { count: 12, kind: 'employees' }],
  ['Im Werk arbeiten 300 bis 350 Beschäftigte.', { count: 300, max: 350, kind: 'employees' }],
  ['Im Jahr 2010 hatte das Unternehmen 90 Mitarbeiter.', { count: 90, year: 2010 }],
  ['Die Zahl der Mitarbeiter stieg zuletzt auf 300.', { count: 300, kind: 'employees', rule: 'headcounts/workforce-number' }],
  ['Die Belegschaft von 270 Personen feierte.', { count: 270, kind: 'employees', rule: 'headcounts/workforce-people' }],
  ['Die Firma hat 200 Mitarbeiter entlassen.', { count: 200, kind: 'employees', change: 'decrease' }],
  ['Das Theater beschäftigt 74 Menschen.', { count: 74, kind: 'employees', rule: 'headcounts/people-employment-verb' }],
  ['Heute arbeiten dort 455 Frauen und Männer.', { count: 455, kind: 'employees', text: '455 Frauen und Männer' }],
  ['Die Klinik hat 120 Pflegekräfte.', { count: 120, kind: 'employees' }],
  ['Die Gruppe hat 2.350 Mitarbeiter, davon 610 in Polen.', { count: 610, kind: 'employees', rule: 'headcounts/elliptic-number' }],
  ['Die Zahl stieg auf 1.140 Mitarbeiter (Vorjahr: 1.096).', { count: 1096, kind: 'employees', rule: 'headcounts/elliptic-number' }],
  ['Die Firma hat in Bremen 300 Mitarbeiter. Weltweit sind es etwa 7.400.', { count: 7400, kind: 'employees', qualifier: 'approx' }],
  ['Die Firma baut 900 Stellen ab, davon etwa 400 in Deutschland.', { count: 400, kind: 'jobs', change: 'decrease' }],
  ['Das Team hat 40 Mitarbeiter, darunter 24 Tierpflegerinnen und Tierpfleger.', { count: 24, kind: 'employees' }],
  ['Weitere 115 Stellen fallen in der Verwaltung weg.', { count: 115, kind: 'jobs', change: 'decrease' }],
  // occupations under an employment verb, coordinated compounds included; under a verb of searching too
  ['Die Verkehrsbetriebe wollen weitere 60 Tram- und Buschauffeure einstellen.', { count: 60, kind: 'employees', change: 'increase', text: '60 Tram- und Buschauffeure' }],
  ['Für den Ausbau sucht die Firma noch mindestens 25 Tiefbauer und Monteure.', { count: 25, kind: 'employees', qualifier: 'at_least', change: 'increase', text: '25 Tiefbauer und Monteure' }],
  ['Das Autohaus beschäftigt 14 Kfz-Mechaniker.', { count: 14, kind: 'employees' }],
  ['Die Verträge von 45 Leiharbeitern laufen aus.', { count: 45, kind: 'employees' }],
  ['Die Bibliothek hat 14,5 Vollzeitstellen.', { count: 14.5, kind: 'jobs' }],
  ['Der Verein hat 1.450 Mitglieder, davon mehr als 600 Kinder und Jugendliche.', { count: 600, kind: 'members', qualifier: 'more_than', text: '600 Kinder und Jugendliche' }],
];

export const negative: readonly string[] = [
  'Alle 36 Städte und Gemeinden sind Mitglieder im Verband.',
  'Die Stadt hat 920.000 Einwohner.',
  'Ein Mitarbeiter wurde geehrt.',
  'Die Mitarbeiter der 3. Abteilung feierten.',
  'Kontakt: Tel. 05261 252-0',
  'Die Belegschaft wuchs um 5 auf dem Papier.',
  'Das Büro bietet Platz für 40 Personen.',
  'Bei dem Brand waren 120 Einsatzkräfte vor Ort.',
  'Zum Konzert kamen 500 Menschen.',
  // a verb of searching makes occupations staff, not people in general
  'Die Polizei sucht zwei Männer, die am Tatort gesehen wurden.',
  'Der Verein sucht 20 Personen für das Fest.',
  'Bei der Tour fuhren 300 Radfahrer mit.',
  'Zum Fest kamen 900 Gäste, darunter 300 Kinder.',
  'Die Polizei sucht zwei Autofahrer, die den Unfall beobachtet haben.',
];
