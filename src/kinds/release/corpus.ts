/**
 * The release kind's spec: texts and the header fields each must yield (partial: only the
 * fields given are checked), and texts whose release date must stay empty.
 */
import type { Release } from '../../facts.js';

export type ReleaseExpectation = Partial<Omit<Release, 'evidence'>>;

export const positive: ReadonlyArray<readonly [string, ReleaseExpectation]> = [
  ['Pressemeldung vom 16. März 2017, 16:53 Uhr\n\nDer Zweckverband wächst weiter.', { date: '2017-03-16', time: '16:53' }],
  ['Pressemitteilung vom 3. Mai 2019\n\nNeue Halle eröffnet\n\nDie Stadt hat eine Halle eröffnet.', { date: '2019-05-03', title: 'Neue Halle eröffnet' }],
  ['PRESSEINFORMATION\n12.04.2018\n\nDie Firma Muster wächst.', { date: '2018-04-12' }],
  ['Pressemitteilung Nr. 12/2019\n\nLemgo, 16. März 2017 – Die Firma Muster wächst.', { date: '2017-03-16', place: 'Lemgo' }],
  ['Neue Halle für Lemgo\n\nLemgo, 16. März 2017 – Die Firma Muster wächst.', { date: '2017-03-16', place: 'Lemgo', title: 'Neue Halle für Lemgo' }],
  ['Lemgo, den 16.03.2017 – Die Firma Muster wächst.', { date: '2017-03-16', place: 'Lemgo' }],
  ['Berlin (ots) - Die Firma Muster wächst.', { place: 'Berlin', source: 'ots / news aktuell' }],
  ['Wien (APA) - Die Firma Muster wächst.', { place: 'Wien', source: 'APA' }],
  ['Hamburg (dpa) – Die Firma Muster wächst.', { place: 'Hamburg', source: 'dpa' }],
  ['Zürich, 2. Mai 2019 – Die Firma Muster wächst.', { place: 'Zürich', date: '2019-05-02' }],
  // the place's name in another language in brackets
  ['Meran (Merano), 12. November 2025 – Die Genossenschaft wächst.', { place: 'Meran', date: '2025-11-12' }],
  ['MÜNCHEN, 1. Juli 2020 /PRNewswire/ -- Die Firma Muster wächst.', { place: 'MÜNCHEN', date: '2020-07-01', source: 'PRNewswire' }],
  ['Frankfurt am Main, 3. Juni 2021 - Die Firma Muster wächst.', { place: 'Frankfurt am Main', date: '2021-06-03' }],
  ['Die Firma Muster wächst.\n\nQuelle: Minden-Ravensberg/Lippe', { source: 'Minden-Ravensberg/Lippe' }],
  ['Graz (APA) – 7. Jänner 2022 – Die Firma Muster wächst.', { place: 'Graz', source: 'APA', date: '2022-01-07' }],
  ['Weil am Rhein, 4. April 2022 – Die Firma Muster wächst.', { place: 'Weil am Rhein', date: '2022-04-04' }],
  ['Neustadt unter Burg, 4. April 2022 – Die Firma Muster wächst.', { place: 'Neustadt unter Burg', date: '2022-04-04' }],
  [
    'Polizeiinspektion Musterstadt\nPressemitteilung vom 2. Juni 2022, 9.15 Uhr\n\nFahrrad gestohlen – Polizei sucht Zeugen\n\nRegensburg – Unbekannte haben am Samstag ein Fahrrad aus einem Hof gestohlen und sind geflüchtet.',
    { date: '2022-06-02', time: '09:15', place: 'Regensburg', title: 'Fahrrad gestohlen – Polizei sucht Zeugen' },
  ],
  ['Gera, 8. Mai 2021 – Pressemitteilung\n\nNeue Spielzeit an der Stadtbühne\n\nDie Stadtbühne Gera beginnt die Spielzeit.', { date: '2021-05-08', place: 'Gera', title: 'Neue Spielzeit an der Stadtbühne' }],
  [
    'Pressemitteilung der Stadtbühne Gera\nStand: 2019-09-12, 16:53 Uhr\n\nStadtbühne startet in die Spielzeit\n\nGera – Die Stadtbühne eröffnet die Spielzeit mit einem neuen Stück, das Premiere hat.',
    { date: '2019-09-12', time: '16:53', place: 'Gera', title: 'Stadtbühne startet in die Spielzeit' },
  ],
  ['Tierpark Altenberg: Rekord\n\nAltenberg, Mittwoch, 8. Januar 2020. Der Tierpark hat so viele Gäste empfangen wie noch nie.', { date: '2020-01-08', place: 'Altenberg', title: 'Tierpark Altenberg: Rekord' }],
  ['50 Jahre Bäckerei Kuhl\n\nLemgo, im Juni 1997\n\nDie Bäckerei Kuhl feiert ihr Bestehen.', { place: 'Lemgo', title: '50 Jahre Bäckerei Kuhl' }],
  ['Klinikum eröffnet Herzzentrum\n\n21.06.2023\n\nKonstanz – Das Klinikum hat am Dienstag sein Herzzentrum in Betrieb genommen.', { date: '2023-06-21', place: 'Konstanz', title: 'Klinikum eröffnet Herzzentrum' }],
  // a headline above "Pressemitteilung vom …" (an issuer's name there is no title: test/kinds/release.test.ts)
  ['Stichwahl in Merzig: Carina Wollscheid wird Bürgermeisterin\n\nPressemitteilung vom 31. März 2025\n\nDie Kreisstadt Merzig bekommt erstmals eine Frau an der Spitze der Verwaltung.', { date: '2025-03-31', title: 'Stichwahl in Merzig: Carina Wollscheid wird Bürgermeisterin' }],
];

/** Texts whose first line must not give a dateline place. */
export const noPlace: readonly string[] = [
  'Die Firma – ein Familienbetrieb – wächst seit Jahren stark und stellt neue Leute ein.',
  'Neue Halle eröffnet – Stadt feiert\n\nDie Stadt hat eine Halle eröffnet.',
];

/** Texts with no release date in their header (a date in the story is not the release date). */
export const noDate: readonly string[] = [
  'Die Firma wurde am 3. Mai 2019 gegründet. Sie wächst.',
  'Neue Halle eröffnet\n\nDie Stadt hat am 16. März 2017 eine Halle eröffnet.',
  'Die Stadt wächst.\n\nAm 16. März 2017 wurde gefeiert.\n\nLemgo, 16. März 2017 – Text.',
  'Die Firma wächst, sagte er am Montag.',
];
