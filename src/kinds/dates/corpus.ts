/**
 * The dates kind's spec: inputs and the date fact each must yield (partial: only the fields
 * given are checked; `text` must overlap the evidence), and inputs that must yield no date.
 * Relative dates are resolved against CORPUS_RELEASE_DATE (a Thursday).
 */
import type { DateFact } from '../../facts.js';

export const CORPUS_RELEASE_DATE = '2017-03-16';

export type DateExpectation = Partial<Pick<DateFact, 'value' | 'precision' | 'time' | 'until' | 'modifier' | 'relative' | 'text' | 'rule'>>;

export const positive: ReadonlyArray<readonly [string, DateExpectation]> = [
  // days
  ['Die Messe findet am 16. März 2017 statt.', { value: '2017-03-16', precision: 'day', text: '16. März 2017', rule: 'dates/day-month-name' }],
  ['Stichtag ist der 16.03.2017.', { value: '2017-03-16', precision: 'day', text: '16.03.2017', rule: 'dates/numeric-day-month-year' }],
  ['Stichtag ist der 16.3.17 gewesen.', { value: '2017-03-16', precision: 'day', text: '16.3.17' }],
  ['Die Datei trägt das Datum 2017-03-16.', { value: '2017-03-16', precision: 'day', text: '2017-03-16', rule: 'dates/iso-day' }],
  ['Das Fest war am 30. Mai 1980.', { value: '1980-05-30', precision: 'day' }],
  ['Die Messe findet am 15.2. statt.', { value: '2017-02-15', precision: 'day', relative: true }],
  ['Die Eröffnung ist am 3. Mai.', { value: '2017-05-03', precision: 'day', relative: true }],
  ['Die Sitzung ist am 8. Sept. 2019.', { value: '2019-09-08', precision: 'day' }],
  ['Der Termin ist der 1. Okt. 2018.', { value: '2018-10-01', precision: 'day' }],
  ['Am 5. Jänner 2019 schneite es in Wien.', { value: '2019-01-05', precision: 'day' }],
  ['Die Feier ist am vierten Dezember.', { value: '2017-12-04', precision: 'day', relative: true }],
  // weekdays
  ['Das Treffen ist am Montag, 20. März 2017.', { value: '2017-03-20', precision: 'day', text: 'Montag, 20. März 2017' }],
  ['Das Spiel war am Freitag, den 18.07.2014.', { value: '2014-07-18', precision: 'day' }],
  ['Das Treffen ist am Montag.', { value: '2017-03-20', precision: 'day', relative: true, rule: 'dates/weekday' }],
  ['Das Treffen ist am Donnerstag.', { value: '2017-03-23', precision: 'day', relative: true }],
  ['Das Treffen war letzten Dienstag.', { value: '2017-03-14', precision: 'day', relative: true }],
  // a weekday in a clause told in the past is the last such day up to the release day
  ['Der Rat hat am Dienstag zugestimmt.', { value: '2017-03-14', relative: true, rule: 'dates/weekday-past' }],
  ['Die Mannschaft gewann am Sonntagnachmittag das Spiel.', { value: '2017-03-12', relative: true, text: 'Sonntagnachmittag' }],
  ['Das teilte der Vorstand am Donnerstag in Hameln mit.', { value: '2017-03-16', relative: true }],
  ['Am Dienstag erfolgte der Spatenstich.', { value: '2017-03-14', relative: true }],
  ['Am Samstag und Sonntag, 18. und 19. März, lädt der Verein ein.', { value: '2017-03-18', until: '2017-03-19', text: 'Sonntag, 18. und 19. März' }],
  ['Zeugen, die am Samstag zwischen 16 und 17 Uhr etwas gesehen haben, werden gebeten, sich zu melden.', { value: '2017-03-11', relative: true }],
  ['Der Markt ist am ersten Dienstag im Oktober.', { value: '2017-10-03', precision: 'day', relative: true }],
  // clock times
  ['Pressemeldung vom 16. März 2017, 16:53 Uhr', { value: '2017-03-16', time: '16:53', text: '16. März 2017' }],
  ['Beginn ist am 16. März 2017 um 16.53 Uhr.', { value: '2017-03-16', time: '16:53' }],
  ['Beginn ist am 20. März um 10 Uhr.', { value: '2017-03-20', time: '10:00' }],
  // months
  ['Die Bilanz für März 2017 liegt vor.', { value: '2017-03', precision: 'month', text: 'März 2017' }],
  ['Im Mai wird gebaut.', { value: '2017-05', precision: 'month', relative: true }],
  // a month alone in a past clause is the last such month; in a future clause the next one
  ['Die Anlage war im Mai eröffnet worden.', { value: '2016-05', precision: 'month', relative: true }],
  ['Im Januar kamen viele Gäste.', { value: '2017-01', precision: 'month', relative: true }],
  ['Der neue Jahrgang kommt ab Februar in den Handel.', { value: '2018-02', precision: 'month', relative: true }],
  ['Zu Bränden wurde die Wehr oft alarmiert, darunter zu einem Großfeuer im Juli.', { value: '2016-07', relative: true }],
  ['Die Zahlen für Jänner 2019 liegen vor.', { value: '2019-01', precision: 'month' }],
  ['Geplant ist Sept. 2019.', { value: '2019-09', precision: 'month' }],
  ['Die Ausstellung läuft von März bis Mai 2020.', { value: '2020-03', precision: 'month', until: '2020-05' }],
  // modifiers
  ['Anfang März 2020 beginnt der Bau.', { value: '2020-03', precision: 'month', modifier: 'start' }],
  ['Mitte Juni startet der Verkauf.', { value: '2017-06', precision: 'month', modifier: 'mid', relative: true }],
  // a month with a modifier and no year takes its year from the tense, as a bare month does
  ['Die Saison begann Anfang Dezember.', { value: '2016-12', precision: 'month', modifier: 'start', relative: true }],
  ['Mitte Februar hatte der Verein 300 Mitglieder.', { value: '2017-02', precision: 'month', modifier: 'mid', relative: true }],
  ['Anfang Januar wird der Bau beginnen.', { value: '2018-01', precision: 'month', modifier: 'start', relative: true }],
  // the particle of a separable verb after the weekday is no "Dienstag vor …" ("stellte … am Dienstag vor.")
  ['Die Zahlen stellte die Hafengesellschaft am Dienstag vor.', { value: '2017-03-14', precision: 'day', relative: true }],
  // a subordinate clause ending with the auxiliary, a preterite plural in -eten: past (the release day itself included)
  ['Das zeigt die Statistik, die das Bistum am Donnerstag veröffentlicht hat.', { value: '2017-03-16', precision: 'day', rule: 'dates/weekday-past' }],
  ['Den Vertrag unterzeichneten beide Seiten am Montag in der Sporthalle.', { value: '2017-03-13', precision: 'day', rule: 'dates/weekday-past' }],
  // a preterite right after the whole time phrase (in March, June is then last year's)
  ['Am 3. Juni brachte die Wisentkuh ein Kalb zur Welt.', { value: '2016-06-03', precision: 'day' }],
  ['Die Vereine treten am Montag gegeneinander an.', { value: '2017-03-20', precision: 'day' }],
  // a preterite in second place puts a weekday in the past; a present plural in -ten does not
  ['Nach bisherigen Erkenntnissen hörte ein Anwohner am Samstag gegen 23.15 Uhr laute Schläge.', { value: '2017-03-11', precision: 'day', time: '23:15', relative: true }],
  ['Die Kunden erhalten bis Anfang Dezember ein Schreiben.', { value: '2017-12', precision: 'month', modifier: 'start', relative: true }],
  // a plan looks ahead ("ist … geplant"); "war … geplant" does not
  ['Der Spatenstich ist für Mitte Februar geplant.', { value: '2018-02', precision: 'month', modifier: 'mid', relative: true }],
  ['Der Spatenstich war für Mitte Februar geplant.', { value: '2017-02', precision: 'month', modifier: 'mid', relative: true }],
  // a day without a year: the tense decides when it lies more than two months across the release date
  ['Der Rat hat am 20. Dezember zugestimmt.', { value: '2016-12-20', precision: 'day', relative: true }],
  ['Der Rat hat am 20. April zugestimmt.', { value: '2017-04-20', precision: 'day', relative: true }],
  ['Die Post erhöht zum 1. Januar das Porto.', { value: '2018-01-01', precision: 'day', relative: true }],
  ['Seit dem 1. Dezember gilt die neue Regel.', { value: '2016-12-01', precision: 'day', relative: true }],
  ['Das Stück hat am 1. Dezember Premiere.', { value: '2017-12-01', precision: 'day', relative: true }],
  ['Die Messe findet am 2. März statt.', { value: '2017-03-02', precision: 'day', relative: true }],
  ['Ende 2026 soll die Anlage laufen.', { value: '2026', precision: 'year', modifier: 'end', text: 'Ende 2026' }],
  ['Mitte 2020 wird eröffnet.', { value: '2020', precision: 'year', modifier: 'mid' }],
  ['Bis Ende des Jahres ist alles fertig.', { value: '2017', precision: 'year', modifier: 'end', relative: true }],
  ['Anfang nächsten Jahres geht es los.', { value: '2018', precision: 'year', modifier: 'start', relative: true }],
  ['Zum Jahresende 2023 lag die Quote bei 16 Prozent.', { value: '2023', precision: 'year', modifier: 'end', text: 'Jahresende 2023' }],
  // seasons
  ['Es entsteht bis Frühjahr 2018 ein Bürogebäude.', { value: '2018-SP', precision: 'season', text: 'Frühjahr 2018' }],
  ['Im Frühling 2019 blüht es.', { value: '2019-SP', precision: 'season' }],
  ['Im Sommer 2019 wird gefeiert.', { value: '2019-SU', precision: 'season' }],
  ['Seit Herbst 2019 läuft das Projekt.', { value: '2019-FA', precision: 'season' }],
  ['Im Winter 2019/20 fiel Schnee.', { value: '2019-WI', precision: 'season' }],
  ['Die neue Baureihe kommt im Herbst auf den Markt.', { value: '2017-FA', precision: 'season', relative: true, rule: 'dates/season' }],
  // the tense picks the side of the release date (March): the last autumn, the next winter is still this year's
  ['Im Herbst waren es noch 28 Prozent.', { value: '2016-FA', precision: 'season', relative: true }],
  // "bis" looks ahead, "seit" back (a release of March)
  ['Die Genossenschaft erwartet bis Anfang Januar rund 180.000 Gäste.', { value: '2018-01', precision: 'month', modifier: 'start' }],
  ['Das Angebot gilt bis Februar.', { value: '2018-02', precision: 'month' }],
  ['Seit Ende Mai wächst die Zahl.', { value: '2016-05', precision: 'month', modifier: 'end' }],
  // a month with its article as the subject; "seit dem" + season; the Swiss "Ende Jahr"
  ['Besonders stark war der Februar mit 98.000 Nächten.', { value: '2017-02', precision: 'month', text: 'der Februar' }],
  ['Seit dem Herbst testen 14 Betriebe die Roboter.', { value: '2016-FA', precision: 'season' }],
  ['Die Firma will bis Ende Jahr 60 Chauffeure einstellen.', { value: '2017', precision: 'year', modifier: 'end' }],
  ['Im Herbst ist die Halle geöffnet.', { value: '2017-FA', precision: 'season', relative: true }],
  ['Die Deutschen wollen im kommenden Sommer mehr reisen.', { value: '2017-SU', precision: 'season', relative: true, text: 'kommenden Sommer' }],
  ['Für den Sommer ist ein Kunstrasenplatz geplant.', { value: '2017-SU', precision: 'season', relative: true }],
  // quarters and halves
  ['Im 1. Quartal 2020 stieg der Umsatz.', { value: '2020-Q1', precision: 'quarter', text: '1. Quartal 2020' }],
  ['Die Zahlen für Q1/2020 liegen vor.', { value: '2020-Q1', precision: 'quarter' }],
  ['Die Zahlen für Q1 2020 liegen vor.', { value: '2020-Q1', precision: 'quarter' }],
  ['Im dritten Quartal wuchs die Firma.', { value: '2017-Q3', precision: 'quarter', relative: true }],
  ['Im ersten Halbjahr 2019 wuchs die Firma.', { value: '2019-H1', precision: 'half' }],
  ['Im H1 2019 wuchs die Firma.', { value: '2019-H1', precision: 'half' }],
  ['Im 1. Halbjahr wuchs die Firma.', { value: '2017-H1', precision: 'half', relative: true }],
  ['Im IV. Quartal will die Bank eine App starten.', { value: '2017-Q4', precision: 'quarter', relative: true }],
  ['Im II. Halbjahr will die Bank wachsen.', { value: '2017-H2', precision: 'half', relative: true }],
  // ranges
  ['Die Messe läuft vom 1. bis 3. Juni 2020.', { value: '2020-06-01', until: '2020-06-03', precision: 'day' }],
  ['Die Messe läuft 1.–3. Juni 2020 in Köln.', { value: '2020-06-01', until: '2020-06-03' }],
  ['Zwischen dem 1. November 2025 und dem 12. April 2026 kamen 98.000 Gäste.', { value: '2025-11-01', until: '2026-04-12' }],
  ['Gewählt wird zwischen dem 3. Mai 2020 und dem 1. Mai 2020.', { value: '2020-05-03', precision: 'day' }],
  ['Die Messe läuft 1.-3. Juni 2020 in Köln.', { value: '2020-06-01', until: '2020-06-03' }],
  ['Die Tage der offenen Tür sind 13. - 15. Juli.', { value: '2017-07-13', until: '2017-07-15', relative: true }],
  ['Die Ferien gehen vom 30. Dezember bis 2. Januar 2020.', { value: '2019-12-30', until: '2020-01-02' }],
  ['Das Fest ist am 15./16. Mai 2020.', { value: '2020-05-15', until: '2020-05-16' }],
  ['Der Umbau dauert vom 2.–4.6.2020.', { value: '2020-06-02', until: '2020-06-04' }],
  ['Das Stadtfest ist am 20. und 21. Juli.', { value: '2017-07-20', until: '2017-07-21', relative: true }],
  ['Die Sprechstunden sind am 3. und 10. Mai.', { value: '2017-05-10', relative: true, text: '10. Mai' }],
  // relative
  ['Die Firma hat heute ihre Zahlen vorgelegt.', { value: '2017-03-16', relative: true, rule: 'dates/relative-day' }],
  ['Die Firma hat gestern ihre Zahlen vorgelegt.', { value: '2017-03-15', relative: true }],
  ['Die Firma legt morgen ihre Zahlen vor.', { value: '2017-03-17', relative: true }],
  ['Die Firma hat vorgestern ihre Zahlen vorgelegt.', { value: '2017-03-14', relative: true }],
  ['Die Firma legt übermorgen ihre Zahlen vor.', { value: '2017-03-18', relative: true }],
  ['Die Firma hat letzten Monat ihre Zahlen vorgelegt.', { value: '2017-02', precision: 'month', relative: true }],
  ['Im nächsten Monat folgt mehr.', { value: '2017-04', precision: 'month', relative: true }],
  ['Die Firma hat vor drei Wochen ihre Zahlen vorgelegt.', { value: '2017-02-23', precision: 'day', relative: true, rule: 'dates/ago' }],
  ['Die Firma legt nächstes Quartal Zahlen vor.', { value: '2017-Q2', precision: 'quarter', relative: true }],
];

/** Inputs that must yield no date fact at all. */
export const negative: readonly string[] = [
  // a season in a clause about every such season
  'Im Winter mussten wir bisher jede Halle teuer mieten.',
  'Das sind 17 Prozent mehr als im Winter davor.',
  'Geschäftsführer ist der August Müller.',
  'Die Firma wächst Jahr für Jahr.',
  'Im Sommer ist der See meist voll.',
  'Die Firma beschäftigt 2000 Mitarbeiter.',
  'Version 2.1. ist erschienen.',
  'Die Note 1.3 war gut.',
  'Frau Fr. Müller kam zu spät.',
  'Das sehen wir so.',
  'Die Mai-Kundgebung fiel aus.',
  'Am Morgen kam er.',
  'Herr Mai kam zu spät.',
  'Jan Müller kam zu spät.',
  'Von Montag bis Freitag geöffnet.',
  'Jeden Montag trifft sich die Gruppe.',
  'Thomas Herbst 2019 sagte nichts.',
  'Das Geschäftsjahr 2019/20 war gut.',
  'Im Wintersemester 2019/20 lernten viele.',
  'Bis heute hat sich nichts geändert.',
  'Die Diät beginnt mit Soße und Frühjahrsputz.',
  'Er wohnt im 3. Stock.',
  'Zum ersten Mal kamen so viele.',
  'Die ersten Mai-Tage waren kalt.',
  'Seit 2000 Jahren steht die Burg.',
  'ein Hotel',
  'ein Angebot',
  'nächsten 5',
  'Der Bau dauert in einer Woche.',
  'Die Spinnerei wurde 1923 gegründet und fertigt heute Garne für Heimtextilien.',
  'Heute arbeiten dort 300 Menschen.',
  'Die Sommerferien beginnen bald.',
  'Frau Sommer leitet das Team.',
  'Die Firma hat das vierte Quartal in Folge zugelegt.',
];

/** Relative inputs that need a release date: with none, they must yield no date. */
export const needsAnchor: readonly string[] = [
  'Im Mai wird gebaut.',
  'Die Firma hat heute ihre Zahlen vorgelegt.',
  'Das Treffen ist am Montag.',
  'Die Messe findet am 15.2. statt.',
  'Die Firma hat vor drei Wochen ihre Zahlen vorgelegt.',
];
