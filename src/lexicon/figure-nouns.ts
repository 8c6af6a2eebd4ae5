/**
 * Nouns and words around figures: what a number counts (people, jobs, inhabitants, area),
 * what a money amount is (revenue, profit …), which words make a number a code rather than
 * a figure, and which adverbs tie a figure to the present. Lower-case.
 */
import type { HeadcountFact, MoneyMetric } from '../facts.js';

type HeadcountKind = HeadcountFact['kind'];

/** Nouns counting people who work for or belong to an organisation. */
export const HEADCOUNT_NOUNS: ReadonlyMap<string, HeadcountKind> = new Map<string, HeadcountKind>([
  ['mitarbeiter', 'employees'], ['mitarbeitern', 'employees'], ['mitarbeiterinnen', 'employees'], ['mitarbeitende', 'employees'],
  ['mitarbeitenden', 'employees'], ['beschäftigte', 'employees'], ['beschäftigten', 'employees'], ['angestellte', 'employees'],
  ['angestellten', 'employees'], ['arbeitnehmer', 'employees'], ['arbeitnehmern', 'employees'], ['arbeitnehmerinnen', 'employees'],
  ['vollzeitkräfte', 'employees'], ['vollzeitkräften', 'employees'], ['fachkräfte', 'employees'], ['fachkräften', 'employees'],
  ['arbeitskräfte', 'employees'], ['arbeitskräften', 'employees'], ['beschäftigter', 'employees'], ['mitarbeiterin', 'employees'],
  ['auszubildende', 'employees'], ['auszubildenden', 'employees'], ['azubis', 'employees'], ['lehrlinge', 'employees'],
  ['lehrlingen', 'employees'], ['gesellen', 'employees'], ['gesellinnen', 'employees'],
  ['ingenieure', 'employees'], ['ingenieuren', 'employees'], ['entwickler', 'employees'], ['entwicklern', 'employees'],
  ['festangestellte', 'employees'], ['festangestellten', 'employees'], ['teilzeitkräfte', 'employees'], ['leiharbeiter', 'employees'],
  ['leiharbeitern', 'employees'], ['leiharbeiterinnen', 'employees'], ['zeitarbeiter', 'employees'], ['zeitarbeitern', 'employees'],
  ['arbeitsplätze', 'jobs'], ['arbeitsplätzen', 'jobs'], ['arbeitsplatz', 'jobs'], ['stellen', 'jobs'], ['stelle', 'jobs'], ['jobs', 'jobs'],
  ['ausbildungsplätze', 'jobs'], ['ausbildungsplätzen', 'jobs'], ['vollzeitstellen', 'jobs'], ['planstellen', 'jobs'],
  ['arbeitsstellen', 'jobs'], ['professuren', 'jobs'], ['lehrstühle', 'jobs'], ['vollzeitarbeitsplätze', 'jobs'], ['teilzeitstellen', 'jobs'], ['lehrstellen', 'jobs'],
  ['mitglieder', 'members'], ['mitgliedern', 'members'], ['mitgliedsunternehmen', 'members'], ['mitgliedsbetriebe', 'members'],
  ['vereinsmitglieder', 'members'], ['parteimitglieder', 'members'], ['genossen', 'members'], ['genossinnen', 'members'],
]);

/** A second noun joined by "und"/"sowie" that belongs to the first: "Mitarbeiterinnen und Mitarbeiter". */
export const HEADCOUNT_PAIR_NOUNS: ReadonlySet<string> = new Set(['mitarbeiter', 'mitarbeitern', 'beschäftigte', 'beschäftigten', 'angestellte', 'angestellten', 'arbeitnehmer', 'arbeitnehmern', 'auszubildende', 'auszubildenden']);

/** "Kräfte" that are not staff of the organisation: responders at an incident are counted, not employed. */
export const NOT_STAFF_NOUNS: ReadonlySet<string> = new Set(['einsatzkräfte', 'einsatzkräften', 'rettungskräfte', 'rettungskräften', 'polizeikräfte', 'polizeikräften', 'streitkräfte', 'ordnungskräfte', 'sicherheitskräfte', 'triebkräfte', 'antriebskräfte', 'kräfte', 'kräften', 'baustellen', 'haltestellen', 'tankstellen', 'ladestellen']);

/** People nouns that are employees when an employment verb governs them: "beschäftigt 74 Menschen", "arbeiten 455 Frauen und Männer". */
export const PEOPLE_STAFF_NOUNS: ReadonlySet<string> = new Set([
  'menschen', 'personen', 'leute', 'frauen', 'männer', 'kräfte', 'kräften', 'ärzte', 'ärztinnen', 'ärzten', 'pflegerinnen', 'pfleger', 'lehrer',
  'lehrerinnen', 'lehrkräfte', 'erzieher', 'erzieherinnen', 'köpfe', 'tierpfleger', 'tierpflegerinnen', 'beamte', 'beamten', 'beamtinnen',
  'soldaten', 'polizisten', 'arbeiter', 'arbeiterinnen', 'handwerker', 'techniker', 'monteure', 'fahrer', 'fahrerinnen', 'verkäuferinnen', 'verkäufer',
  'meister', 'meisterinnen', 'facharbeiter', 'facharbeiterinnen',
]);

/** Generic people nouns among PEOPLE_STAFF_NOUNS: staff under an employment verb, never under a verb of searching ("sucht zwei Männer"). */
export const GENERIC_PEOPLE_NOUNS: ReadonlySet<string> = new Set(['menschen', 'personen', 'leute', 'frauen', 'männer', 'köpfe', 'kräfte', 'kräften']);

/**
 * Endings of occupation compounds ("Buschauffeure", "Tiefbauer", "Elektromonteure", "Kfz-Mechaniker"):
 * staff under an employment or hiring verb, as PEOPLE_STAFF_NOUNS. Plural forms (a count).
 */
export const OCCUPATION_SUFFIXES: readonly string[] = [
  'chauffeure', 'chauffeurinnen', 'fahrer', 'fahrerinnen', 'monteure', 'monteurinnen', 'techniker', 'technikerinnen', 'mechaniker',
  'mechanikerinnen', 'mechatroniker', 'elektriker', 'elektronikerinnen', 'elektroniker', 'pfleger', 'pflegerinnen', 'arbeiter',
  'arbeiterinnen', 'ingenieure', 'ingenieurinnen', 'tiefbauer', 'hochbauer', 'gleisbauer', 'metallbauer', 'installateure', 'schlosser',
  'schweißer', 'maurer', 'zimmerer', 'tischler', 'schreiner', 'dachdecker', 'köche', 'köchinnen', 'entwickler', 'entwicklerinnen',
  'informatiker', 'informatikerinnen', 'erzieher', 'erzieherinnen', 'lehrer', 'lehrerinnen', 'ärzte', 'ärztinnen',
];

/** Verbs of searching for staff: an occupation noun in their clause is a headcount ("man suche noch 25 Tiefbauer und Monteure"). */
export const HIRING_VERBS: ReadonlySet<string> = new Set(['sucht', 'suche', 'suchen', 'gesucht', 'rekrutiert', 'rekrutieren', 'anwerben', 'angeworben']);

/** Verbs of employment: a people noun in their clause is a headcount of employees. */
export const EMPLOYMENT_VERBS: ReadonlySet<string> = new Set([
  'beschäftigt', 'beschäftigte', 'beschäftigen', 'beschäftigten', 'arbeiten', 'arbeitet', 'arbeiteten', 'angestellt', 'eingestellt', 'einstellen',
  'einzustellen', 'tätig', 'stellt', 'zählt', 'zählte', 'personal', 'hauptamtlich',
]);

/** Collective nouns that make a following bare count or "Mitglieder" a count of employees. */
export const WORKFORCE_NOUNS: ReadonlySet<string> = new Set(['belegschaft', 'mitarbeiterzahl', 'beschäftigtenzahl', 'mitarbeiterstamm', 'personalstamm', 'personal', 'team']);

/** Words that make a headcount a change upwards or downwards. */
export const INCREASE_WORDS: ReadonlySet<string> = new Set([
  'neue', 'neuen', 'zusätzliche', 'zusätzlichen', 'schafft', 'schaffen', 'geschaffen', 'schuf', 'schaffe',
  'einstellen', 'eingestellt', 'einzustellen', 'sucht', 'suche', 'suchen', 'gesucht', 'aufgestockt', 'aufstocken', 'aufbauen', 'aufgebaut', 'entstehen', 'entstanden',
  'entsteht', 'neueinstellungen', 'aufbau', 'rekrutiert', 'rekrutieren', 'einstellungen', 'besetzen', 'bieten', 'bietet',
  'hinzu', 'hinzukommen', 'hinzugekommen', 'dazugekommen', 'dazukommen',
]);
export const DECREASE_WORDS: ReadonlySet<string> = new Set([
  'abbau', 'abbauen', 'abgebaut', 'baut', 'streicht', 'streichen', 'gestrichen', 'strich', 'entlassen', 'entlässt', 'entließ',
  'wegfallen', 'wegfall', 'entfallen', 'entfällt', 'stellenabbau', 'kündigt', 'kündigen', 'gekündigt', 'verlieren', 'verloren', 'abzubauen', 'streichung',
]);

/** Nouns of a population count → category population. */
export const POPULATION_NOUNS: ReadonlySet<string> = new Set([
  'einwohner', 'einwohnern', 'einwohnerinnen', 'einwohnende', 'einwohnenden', 'einwohnerzahl',
]);

/** Compound endings that make a noun a headcount noun ("IT-Mitarbeiter", "Vereinsmitglieder", "Pflegekräfte"). */
export const HEADCOUNT_SUFFIXES: readonly (readonly [string, HeadcountKind])[] = [
  ['kräften', 'employees'], ['kräfte', 'employees'], ['erstellen', 'jobs'],
  ['mitarbeiterinnen', 'employees'], ['mitarbeitenden', 'employees'], ['mitarbeitende', 'employees'], ['mitarbeitern', 'employees'], ['mitarbeiter', 'employees'],
  ['beschäftigten', 'employees'], ['beschäftigte', 'employees'], ['angestellten', 'employees'], ['angestellte', 'employees'], ['fachkräften', 'employees'], ['fachkräfte', 'employees'],
  ['arbeitsplätzen', 'jobs'], ['arbeitsplätze', 'jobs'], ['mitgliedern', 'members'], ['mitglieder', 'members'],
];

/** Small words that look like inflected adjectives but are not ("die", "eine", "über"). */
export const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
  'die', 'der', 'den', 'dem', 'des', 'eine', 'einen', 'einem', 'einer', 'eines', 'keine', 'keinen', 'keiner', 'sie', 'wie', 'oder', 'aber', 'über', 'unter',
  'jede', 'jeden', 'jeder', 'diese', 'dieser', 'diesen', 'dieses', 'seine', 'seiner', 'seinen', 'ihre', 'ihrer', 'ihren', 'unsere', 'unserer', 'unseren',
  'alle', 'allen', 'aller', 'beide', 'beiden', 'wieder', 'immer', 'sehr', 'mehr', 'weniger', 'rene', 'je', 'se', 'ne', 'welche', 'welcher', 'solche', 'manche', 'einige', 'einigen',
  'mehrere', 'mehreren', 'viele', 'vielen', 'wenige', 'wenigen', 'andere', 'anderen', 'jene', 'hinter', 'nach', 'wider', 'aber', 'sowie', 'oben', 'unten', 'hier',
]);

/** Area units → category area. */
export const AREA_UNITS: ReadonlySet<string> = new Set([
  'quadratmeter', 'quadratmetern', 'qm', 'm²', 'm2', 'hektar', 'hektaren', 'ha', 'quadratkilometer', 'quadratkilometern', 'km²', 'km2',
]);

/** Units of measure → category other ("30.000 Tonnen", "18 Megawatt", "2.500 kWh", "146 Meter"). */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'tonnen', 'tonne', 't', 'kilogramm', 'kg', 'gramm', 'zentner', 'kilometer', 'kilometern', 'km', 'meter', 'metern', 'm', 'zentimeter', 'cm',
  'millimeter', 'mm', 'liter', 'litern', 'l', 'hektoliter', 'kubikmeter', 'kubikmetern', 'm³', 'megawatt', 'mw', 'kilowatt', 'kw', 'gigawatt', 'gw',
  'watt', 'kilowattstunden', 'kwh', 'megawattstunden', 'mwh', 'gigawattstunden', 'gwh', 'terawattstunden', 'twh', 'kilowattpeak', 'kwp',
  'megawattpeak', 'mwp', 'festmeter', 'raummeter', 'barrel', 'fass',
]);

/**
 * Nouns after a number that are not counted things: units of time, measure and money, and words
 * that make the number a label. A count quantity is never made with these.
 */
export const COUNT_STOP_NOUNS: ReadonlySet<string> = new Set([
  'jahr', 'jahre', 'jahren', 'jahres', 'monat', 'monate', 'monaten', 'monats', 'woche', 'wochen', 'tag', 'tage', 'tagen', 'stunde', 'stunden',
  'minute', 'minuten', 'sekunde', 'sekunden', 'uhr', 'mal', 'male', 'prozent', 'prozentpunkte', 'prozentpunkten', 'punkte', 'punkten', 'grad',
  'meter', 'metern', 'kilometer', 'kilometern', 'km', 'cm', 'mm', 'm', 'kg', 'kilogramm', 'gramm', 'tonnen', 'tonne', 't', 'liter', 'litern',
  'kilowatt', 'megawatt', 'gigawatt', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'kilowattstunden', 'megawattstunden', 'watt', 'volt', 'ps',
  'gb', 'mb', 'tb', 'kb', 'bit', 'byte', 'mbit', 'gbit', 'hz', 'ghz', 'mhz', 'db', 'jahrhundert', 'jahrzehnte', 'jahrzehnten', 'quartal',
  'quartale', 'halbjahr', 'semester', 'saison', 'uhrzeit', 'seite', 'seiten', 'kapitel', 'cent', 'euro', 'dollar', 'mark', 'franken',
  'millionen', 'milliarden', 'tausend', 'hundert', 'stück', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august',
  'september', 'oktober', 'november', 'dezember', 'jänner', 'prozentsatz', 'platz', 'rang', 'stufe', 'stufen', 'kalenderwoche',
  'mio.', 'mrd.', 'tsd.', 'mio', 'mrd', 'nummer', 'stockwerke', 'etagen', 'geschosse', 'grundschule', 'zoll', 'uhr.',
]);

/** Words before a number that make it a code or reference, never a figure: "Nr. 5", "ISO 27001", "§ 3". */
export const CODE_PREFIXES: ReadonlySet<string> = new Set([
  'nr.', 'nr', 'nummer', 'art.', 'artikel', 'abs.', 'absatz', '§', '§§', 'ziff.', 'ziffer', 's.', 'seite', 'seiten', 'kap.', 'kapitel',
  'iso', 'din', 'en', 'iec', 'vde', 'version', 'v.', 'vers.', 'release', 'tel.', 'tel', 'telefon', 'fax', 'telefax', 'mobil', 'plz',
  'postfach', 'az.', 'aktenzeichen', 'drucksache', 'kw', 'kalenderwoche', 'top', 'tagesordnungspunkt', 'isbn', 'issn', 'hausnummer',
  'hausnr.', 'postleitzahl', 'rn', 'rn.', 'rdnr.', 'bd.', 'heft', 'covid', 'covid-', 'windows', 'ios', 'android', 'industrie', 'web',
]);

/** Words before a number that make it a label when nothing says it is money or a percentage: "Platz 3", "Haus 5", "Jahr 2000". */
export const LABEL_PREFIXES: ReadonlySet<string> = new Set([
  'raum', 'zimmer', 'haus', 'halle', 'gleis', 'linie', 'buslinie', 'bus', 'tram', 'straße', 'str.', 'weg', 'platz', 'allee', 'stand',
  'modell', 'typ', 'baureihe', 'serie', 'a', 'b', 'gruppe', 'klasse', 'jahrgang', 'baujahr', 'stufe', 'level', 'bundesstraße', 'autobahn',
  'a.', 'b.', 'landesstraße', 'kreisstraße', 'id', 'sap', 'vers', 'ver.', 'folge', 'staffel', 'episode', 'band', 'ausgabe', 'nummern',
  'kanal', 'sender', 'corona-', 'jahr', 'jahre', 'jahres', 'jahrs', 'anno', 'sommer', 'winter', 'frühjahr', 'herbst', 'frühling',
  'geschäftsjahr', 'saison', 'runde', 'etappe', 'spieltag', 'tor', 'zone', 'bereich', 'block', 'abschnitt', 'teil', 'phase',
]);

/** Prepositions that, before a bare four-digit number, make it a year: "im Jahr 2000", "seit 2010". */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['im', 'in', 'seit', 'bis', 'ab', 'von', 'vor', 'nach', 'um', 'anno', 'für', 'zum', 'bereits', 'schon', 'jahr', 'jahre', 'jahres', 'ende', 'anfang', 'mitte']);

/** Capitalised words that start a new sentence after an abbreviation ("… auf 40 Mio. Im Jahr …"), never a counted noun. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'im', 'in', 'es', 'er', 'sie', 'wir', 'ich', 'mit', 'auch', 'zudem', 'damit', 'dabei', 'so', 'dies', 'diese',
  'dieser', 'ein', 'eine', 'für', 'nach', 'seit', 'bis', 'am', 'an', 'auf', 'von', 'zum', 'zur', 'und', 'aber', 'doch', 'denn', 'außerdem',
  'darüber', 'insgesamt', 'damals', 'heute', 'nun', 'jetzt', 'bereits', 'schon', 'als', 'wie', 'wenn', 'dass', 'man', 'allein', 'davon',
]);

/** Adverbs that tie a figure to the release year. */
export const NOW_WORDS: ReadonlySet<string> = new Set(['inzwischen', 'derzeit', 'aktuell', 'mittlerweile', 'zurzeit', 'momentan', 'gegenwärtig', 'heute', 'nunmehr']);

/** Words between a figure and a year right after it: "80 Beschäftigte im Jahr 2000", "40 Mio. Euro in 2015". */
export const YEAR_LINK_WORDS: ReadonlySet<string> = new Set(['im', 'in', 'jahr', 'jahre', 'des', 'jahres', 'geschäftsjahr', 'geschäftsjahres', 'für', 'das', 'per', 'ende', 'anfang', 'mitte', 'seit', 'zum', 'stand', '(']);

/** Percentage units. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['%', 'prozent', 'pct', 'pct.', 'v.h.', 'vh']);
export const PERCENTAGE_POINT_WORDS: ReadonlySet<string> = new Set(['prozentpunkte', 'prozentpunkten', 'prozentpunkt', 'pp', 'pp.', 'pkt.', 'basispunkte']);

/**
 * Money metrics: the noun or verb (lower-case, exact) → metric. Compounds are found by their
 * ending through METRIC_SUFFIXES ("Jahresumsatz", "Gesamtkosten").
 */
export const METRIC_WORDS: ReadonlyMap<string, MoneyMetric> = new Map<string, MoneyMetric>([
  ['umsatz', 'revenue'], ['umsätze', 'revenue'], ['umsatzes', 'revenue'], ['umsätzen', 'revenue'], ['erlös', 'revenue'], ['erlöse', 'revenue'], ['erlösen', 'revenue'],
  ['umgesetzt', 'revenue'], ['erwirtschaftet', 'revenue'], ['erwirtschaftete', 'revenue'], ['erlöst', 'revenue'], ['einnahmen', 'revenue'], ['verkaufserlöse', 'revenue'],
  ['gewinn', 'profit'], ['gewinne', 'profit'], ['gewinns', 'profit'], ['ergebnis', 'profit'], ['ergebnisse', 'profit'], ['ergebnisses', 'profit'], ['ebit', 'profit'], ['ebitda', 'profit'],
  ['überschuss', 'profit'], ['überschusses', 'profit'], ['jahresüberschuss', 'profit'], ['rendite', 'profit'], ['cashflow', 'profit'],
  ['verlust', 'loss'], ['verluste', 'loss'], ['verlusts', 'loss'], ['verlustes', 'loss'], ['fehlbetrag', 'loss'], ['defizit', 'loss'], ['jahresfehlbetrag', 'loss'],
  ['investition', 'investment'], ['investitionen', 'investment'], ['investiert', 'investment'], ['investieren', 'investment'], ['investierte', 'investment'], ['investiere', 'investment'], ['investitionsvolumen', 'investment'],
  ['förderung', 'funding'], ['fördermittel', 'funding'], ['fördermitteln', 'funding'], ['zuschuss', 'funding'], ['zuschüsse', 'funding'], ['finanzierungsrunde', 'funding'], ['gefördert', 'funding'],
  ['fördert', 'funding'], ['fördergelder', 'funding'], ['förderbetrag', 'funding'], ['finanzierung', 'funding'], ['zuwendung', 'funding'], ['zuwendungen', 'funding'], ['spende', 'funding'], ['spenden', 'funding'], ['gespendet', 'funding'], ['wagniskapital', 'funding'],
  ['kosten', 'cost'], ['gesamtkosten', 'cost'], ['baukosten', 'cost'], ['ausgaben', 'cost'], ['aufwand', 'cost'], ['aufwendungen', 'cost'],
  ['etat', 'budget'], ['haushalt', 'budget'], ['budget', 'budget'], ['haushaltsvolumen', 'budget'],
  ['preis', 'price'], ['preise', 'price'], ['kostet', 'price'], ['kaufpreis', 'price'], ['verkaufspreis', 'price'], ['kostete', 'price'], ['gebühr', 'price'], ['gebühren', 'price'],
  ['gehalt', 'salary'], ['gehälter', 'salary'], ['lohn', 'salary'], ['löhne', 'salary'], ['jahresgehalt', 'salary'], ['stundenlohn', 'salary'], ['mindestlohn', 'salary'], ['vergütung', 'salary'],
  ['entgelt', 'salary'], ['entgelte', 'salary'], ['entgelten', 'salary'], ['arbeitsentgelt', 'salary'], ['einmalzahlung', 'salary'], ['inflationsausgleichsprämie', 'salary'],
  ['finanzhilfe', 'funding'], ['finanzhilfen', 'funding'], ['soforthilfe', 'funding'], ['soforthilfen', 'funding'], ['überbrückungshilfe', 'funding'], ['entschuldungshilfe', 'funding'], ['starthilfe', 'funding'],
  ['schaden', 'damage'], ['schäden', 'damage'], ['sachschaden', 'damage'], ['gesamtschaden', 'damage'], ['schadens', 'damage'],
  ['schadenersatz', 'damage'], ['schadensersatz', 'damage'], ['erbeutet', 'damage'], ['beute', 'damage'], ['diebesgut', 'damage'], ['gestohlen', 'damage'],
  ['eingesammelt', 'funding'], ['eingeworben', 'funding'], ['drittmittel', 'funding'], ['drittmitteln', 'funding'], ['ausgeschüttet', 'funding'],
  ['bereitgestellt', 'funding'], ['bereit', 'funding'], ['verfügung', 'funding'], ['mitfinanziert', 'funding'], ['finanzierte', 'funding'],
  ['übernimmt', 'funding'], ['trägt', 'funding'], ['beteiligt', 'funding'], ['fördersumme', 'funding'], ['zuschuss', 'funding'],
  ['eingeplant', 'budget'], ['vorgesehen', 'budget'], ['veranschlagt', 'budget'], ['gesamtvolumen', 'budget'], ['volumen', 'budget'],
  ['umgesetzt', 'revenue'], ['einbringen', 'revenue'], ['einnahme', 'revenue'], ['erträge', 'revenue'], ['ertrag', 'revenue'],
  ['aufgewendet', 'cost'], ['kostete', 'cost'],
  ['dotiert', 'other'], ['dotierte', 'other'], ['dotierten', 'other'], ['preisgeld', 'other'], ['bilanzsumme', 'other'], ['auftragsbestand', 'other'],
  ['schuldenstand', 'other'], ['schulden', 'other'], ['verschuldung', 'other'], ['neuverschuldung', 'other'], ['kassenstand', 'other'], ['vermögen', 'other'],
  ['milchpreis', 'price'], ['erzeugerpreis', 'price'], ['fahrpreis', 'price'], ['benzinpreis', 'price'], ['dieselpreis', 'price'], ['heizölpreis', 'price'], ['wasserpreis', 'price'],
  ['arbeitspreis', 'price'], ['kilopreis', 'price'], ['verbraucherpreis', 'price'],
  ['zahlen', 'price'], ['zahlt', 'price'], ['eintritt', 'price'], ['ticket', 'price'], ['tickets', 'price'], ['karten', 'price'], ['beitrag', 'price'], ['jahresbeitrag', 'price'],
  ['abos', 'price'], ['miete', 'price'], // ("Abo", "Abonnement": METRIC_SUFFIXES, which take the ending alone too)
]);

/** Compound endings → metric, tried when the whole word is not in METRIC_WORDS. Longest first. */
export const METRIC_SUFFIXES: readonly (readonly [string, MoneyMetric])[] = [
  ['umsatzes', 'revenue'], ['umsätze', 'revenue'], ['umsatz', 'revenue'], ['erlöse', 'revenue'], ['erlös', 'revenue'],
  ['einnahmen', 'revenue'], ['erträge', 'revenue'], ['ertrag', 'revenue'], ['taxe', 'price'],
  ['gewinns', 'profit'], ['gewinn', 'profit'], ['ergebnis', 'profit'], ['überschuss', 'profit'],
  ['verlust', 'loss'], ['fehlbetrag', 'loss'],
  ['investitionen', 'investment'], ['investition', 'investment'],
  ['fördermittel', 'funding'], ['förderung', 'funding'], ['zuschuss', 'funding'], ['finanzierungsrunde', 'funding'],
  ['kosten', 'cost'], ['budget', 'budget'], ['etat', 'budget'], ['haushalt', 'budget'],
  ['kaufpreis', 'price'], ['mietpreis', 'price'], ['eintrittspreis', 'price'], ['ticketpreis', 'price'], ['strompreis', 'price'], ['literpreis', 'price'],
  ['stückpreis', 'price'], ['festpreis', 'price'], ['endpreis', 'price'], ['grundpreis', 'price'], ['meterpreis', 'price'], ['ausgabepreis', 'price'],
  ['gaspreis', 'price'], ['beitrag', 'price'], ['milchpreis', 'price'], ['erzeugerpreis', 'price'], ['fahrpreis', 'price'], ['benzinpreis', 'price'],
  ['dieselpreis', 'price'], ['heizölpreis', 'price'], ['wasserpreis', 'price'], ['arbeitspreis', 'price'], ['kilopreis', 'price'], ['verbraucherpreis', 'price'],
  ['gehalt', 'salary'], ['lohn', 'salary'], ['schaden', 'damage'], ['schulden', 'other'], ['verschuldung', 'other'],
  ['vergütungen', 'salary'], ['vergütung', 'salary'], ['beiträge', 'price'],
  // subscriptions, tickets and rents: "Jugendabo", "Monatskarte", "Einzelticket", "Kaltmiete"
  ['abonnement', 'price'], ['abo', 'price'], ['fahrkarte', 'price'], ['tageskarte', 'price'], ['monatskarte', 'price'], ['jahreskarte', 'price'],
  ['saisonkarte', 'price'], ['ticket', 'price'], ['miete', 'price'],
];

/**
 * Metrics whose word lets a scaled number without a currency be money in EUR ("40 Millionen
 * Umsatz", "investiert 5 Millionen in das Netz"). The figure pass asks for a scale word too.
 */
export const INFERRED_MONEY_METRICS: ReadonlySet<MoneyMetric> = new Set<MoneyMetric>(['revenue', 'profit', 'loss', 'investment', 'funding', 'budget', 'cost', 'price', 'salary', 'damage']);
