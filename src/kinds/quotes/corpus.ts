/** Examples for the quote rules: [text, expected quote start and speaker] and [text, start that must not be a quote]. */
export interface QuoteCase { startsWith: string; speaker?: string; quote?: string }

export const QUOTE_POSITIVES: Array<[string, QuoteCase]> = [
  // quotes/after
  ['„Dann können alle in eigenen Räumen arbeiten“, nannte Harnisch einen weiteren Grund.', { startsWith: 'Dann können alle', speaker: 'Harnisch', quote: 'Dann können alle in eigenen Räumen arbeiten' }],
  ['„Es war sehr aufschlussreich“, bedankte sich zum Abschluss die Landtagskandidatin Ellen Stock.', { startsWith: 'Es war sehr', speaker: 'Ellen Stock' }],
  ['"Das ist ein gutes Signal für den Standort", sagte Bürgermeister Markus Stock.', { startsWith: 'Das ist ein gutes', speaker: 'Markus Stock' }],
  ['»Wir bleiben in Lemgo«, so Kowalczyk.', { startsWith: 'Wir bleiben', speaker: 'Kowalczyk' }],
  ['«Der Markt wächst weiter», sagt Dr. Anna Keller.', { startsWith: 'Der Markt', speaker: 'Anna Keller' }],
  // quotes/before
  ['Geschäftsführerin Julia Brandt betont: „Wir investieren weiter in den Standort.“', { startsWith: 'Wir investieren', speaker: 'Julia Brandt' }],
  // quotes/pronoun
  ['Petra Hagen wurde gewählt. „Ich freue mich auf die Aufgabe“, sagte sie.', { startsWith: 'Ich freue', speaker: 'Petra Hagen' }],
  ['Landrat Jürgen Tiemann gratulierte. Er sagte: „Das Ehrenamt ist das Rückgrat unserer Gesellschaft.“', { startsWith: 'Das Ehrenamt', speaker: 'Jürgen Tiemann' }],
  // a speaker named by a noun: the person with that role, or the one just named ("die Biologin")
  ['Sprecherin des Bereichs ist Prof. Dr. Henrike Saalfeld. „Die Küste verändert sich schneller“, sagt die Biologin.', { startsWith: 'Die Küste', speaker: 'Henrike Saalfeld' }],
  ['Kämmerer Thomas Geier mahnte. Die Steuer sinkt. „Wir müssen im Jahr 2026 sparen“, sagte der Kämmerer.', { startsWith: 'Wir müssen', speaker: 'Thomas Geier' }],
  ['Anna Berg sah zu. „Die Ermittlungen laufen“, sagte der Polizeisprecher.', { startsWith: 'Die Ermittlungen', speaker: undefined }],
  // a person described by age, like a pronoun
  ['Herbert Pölzl übergibt den Betrieb. „Ich habe hier als Lehrling angefangen“, sagt der 67-Jährige.', { startsWith: 'Ich habe hier', speaker: 'Herbert Pölzl' }],
  // quotes/previous: several sentences, speaker from the sentence before
  ['Das sei ein guter Tag, sagte Harnisch. Darüber hinaus erläuterte Harnisch die Strategie. „Die Daten liegen hier. Wir stellen die Anwendungen zur Verfügung.“', { startsWith: 'Die Daten liegen', speaker: 'Harnisch' }],
  ['Jens Harnisch sprach lange. In seinem Vortrag unterstrich er die Bedeutung. „Das krz gehört den Kommunen.“', { startsWith: 'Das krz gehört', speaker: 'Jens Harnisch' }],
  // quotes/continued: a second quote of the same paragraph, no other person named between
  ['«Wir wollen wachsen», sagt CEO Reto Baumgartner. Das Geld fliesse in Maschinen. «Ausserdem stellen wir 60 Leute ein.»', { startsWith: 'Ausserdem stellen', speaker: 'Reto Baumgartner' }],
  // … but not past a pronoun of the quote's own sentence that fits no one named before
  ['„Wir haben lange gerechnet“, sagte der Vorsitzende Bernd Overhage. Neu im Vorstand ist die Schatzmeisterin. Sie betonte: „Der Verein ist schuldenfrei.“', { startsWith: 'Der Verein ist', speaker: undefined }],
  // an English quote in a German release
  ['"We are proud to support local sports", said Mark Johnson, CEO of Acme Sports Ltd.', { startsWith: 'We are proud', speaker: 'Mark Johnson' }],
];

export const QUOTE_NEGATIVES: Array<[string, string]> = [
  ['Das Land NRW will mit seinem Programm „Gute Schule 2020“ Abhilfe schaffen.', 'Gute Schule'],
  ['Die Aktion „Saubere Stadt“ läuft bis Mai.', 'Saubere Stadt'],
  ['Das sei ein „smarter“ Ansatz, hieß es.', 'smarter'],
  ['Der Titel des Buches lautet »Die Stadt der Zukunft«.', 'Die Stadt der Zukunft'],
  // a title-cue compound before the marks, and a quoted club name ending in its legal form
  ['Das Sonderprogramm „Digitale Werkstatt für alle Schulen“ startet im Mai.', 'Digitale Werkstatt'],
  ['Der Förderverein „Freunde des Stadtparks Minden e. V.“ zählt 300 Mitglieder.', 'Freunde des Stadtparks'],
];
