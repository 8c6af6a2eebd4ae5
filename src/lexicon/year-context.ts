/**
 * Words around a four-digit number that say whether it is a calendar year ("im Jahr 2000",
 * "seit 1971") or not ("rund 2000 Mitarbeiter", "ISO 27001"). Lower-case.
 */

/** Right before a number, these make it a year whatever follows ("seit 2015 Mitglied"). */
export const YEAR_STRONG_CUES: ReadonlySet<string> = new Set([
  'jahr', 'jahre', 'jahres', 'jahrs', 'jahren', 'anno', 'seit', 'geschäftsjahr', 'geschäftsjahres', 'haushaltsjahr',
  'haushaltsjahres', 'kalenderjahr', 'kalenderjahres', 'wirtschaftsjahr', 'berichtsjahr', 'saison', 'spielzeit', 'schuljahr',
  'jahrgang', 'jahrgangs', 'stand', 'jahresende', 'jahresbeginn', 'jahresmitte', 'sommer', 'winter', 'herbst', 'frühjahr',
  'frühling', 'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember',
]);

/** Right before a number, these make it a year when no counted noun follows ("bis 2030", "von 2010 bis 2015"). */
export const YEAR_WEAK_CUES: ReadonlySet<string> = new Set([
  'in', 'im', 'bis', 'ab', 'von', 'vom', 'für', 'um', 'nach', 'vor', 'zwischen', 'und', 'oder', 'sowie', 'bzw.', ',', '-',
  '–', '/', '(', 'bereits', 'schon', 'erst', 'noch', 'spätestens', 'frühestens', 'voraussichtlich', 'zuletzt', 'erstmals',
  'damals', 'ebenfalls', 'auch', 'zwar', 'dann', 'aber', 'sowohl', 'wie', 'letztmals', 'zuvor', 'seitdem', 'später',
  'endlich', 'gerade', 'allein', 'alleine', 'insbesondere', 'vor allem', 'während', 'wurde', 'wurden', 'war', 'waren', 'gegenüber',
]);

/** Articles: "die 2015 gegründete Firma" is a year only before a participle. */
export const ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen']);

/** Hedges and codes before a number: a count or an identifier, never a year. */
export const YEAR_BLOCKERS_BEFORE: ReadonlySet<string> = new Set([
  'ca.', 'ca', 'circa', 'zirka', 'rund', 'etwa', 'ungefähr', 'über', 'knapp', 'fast', 'nahezu', 'beinahe', 'mindestens',
  'wenigstens', 'höchstens', 'maximal', 'max.', 'mind.', 'insgesamt', 'gesamt', 'weitere', 'weiteren', 'nur', 'gut', 'exakt', 'genau',
  'unter', 'zu', 'mehr', 'weniger', 'plus', 'minus', 'je', 'pro', 'alle', 'aller', 'sämtliche', 'nr.', 'nr', 'nummer',
  'tel.', 'tel', 'telefon', 'fax', 'plz', 'postfach', 'iso', 'din', 'en', 'kw', 'az.', '§', 'art.', 'abs.', 'paragraph',
  'version', 'auf', 'rd.', 'zusätzlich', 'zusätzliche', 'zusätzlichen', 'neue', 'neuen', 'stolze', 'stolzen', 'satte', 'sage', 'über',
]);

/** After a number: a unit or counted thing written in lower case ("2000 mal", "1500 km"). */
export const YEAR_BLOCKERS_AFTER: ReadonlySet<string> = new Set([
  'mio.', 'mrd.', 'tsd.', 'mio', 'mrd', 'km', 'm', 'kg', 't', 'ha', 'qm', 'mal', 'cm', 'mm', 'l', 'g', 'kw', 'kwh', 'mw', 'gb',
  'euro', 'eur', 'prozent', 'stück', 'personen', 'menschen', 'einwohner', 'einwohnern', 'mitarbeiter', 'mitarbeitern',
  'jahre', 'jahren', 'jahr', 'tage', 'tagen', 'stunden', 'minuten', 'wochen', 'monate', 'monaten', 'meter', 'plätze',
  'x', '×', 'uhr',
]);

/** Endings of capitalised nouns that name a year's event or account ("Landtagswahl 2018", "Doppelhaushalt 2025/2026", "Jahresbericht 2023"). */
export const YEAR_NOUN_ENDINGS: readonly string[] = ['wahl', 'wahlen', 'jahr', 'jahres', 'jahrs', 'haushalt', 'haushalts', 'bericht', 'berichts', 'bilanz', 'abschluss', 'abschlusses', 'saison', 'semester', 'kampagne', 'entwurf', 'entwurfs', 'haushaltsplan', 'wirtschaftsplan', 'stellenplan', 'etat', 'budget', 'periode'];

/**
 * Participles of a one-time event, as stems ("gegründete", "eröffneten"): after a year and a phrase they make it the
 * event's year ("das 1962 in Ravensburg gegründete Unternehmen"), unlike "die 2000 in der Halle versammelten Gäste".
 */
export const EVENT_PARTICIPLE_STEMS: readonly string[] = ['gegründet', 'eröffnet', 'errichtet', 'erbaut', 'gebaut', 'eingeweiht', 'fertiggestellt', 'geboren', 'gestiftet', 'eingeführt', 'entstanden', 'übernommen', 'erworben', 'umgebaut', 'saniert', 'renoviert', 'verliehen'];

/** Prepositions of a short phrase between a year and its participle: "das 1962 in Ravensburg gegründete Unternehmen". */
export const PARTICIPLE_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'im', 'bei', 'von', 'vom', 'am', 'an', 'als', 'aus', 'nahe']);

/** Determiners: "für 2023 eine Dividende" — not an adjective before a counted noun. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'seine', 'seinen', 'seiner', 'seinem',
  'ihre', 'ihren', 'ihrer', 'ihrem', 'unsere', 'unseren', 'unserer', 'diese', 'diesen', 'dieser', 'diesem', 'keine', 'keinen', 'jene',
]);

/** Before "mehr/weniger als 2021": a share or amount that compares with a year ("9 Prozent mehr als 2021"). */
export const COMPARISON_HEADS: ReadonlySet<string> = new Set([
  'prozent', '%', 'drittel', 'viertel', 'hälfte', 'fünftel', 'deutlich', 'etwas', 'viel', 'wesentlich', 'erheblich', 'doppelt', 'dreimal',
  'zweimal', 'mal', 'prozentpunkte', 'euro', 'besucher', 'mitglieder', 'mitarbeiter',
]);
