/**
 * Words that place a time relative to the release date: "heute", "gestern",
 * "letzte/nächste", "vor drei Wochen". All lower-case.
 */

/** Day words → offset in days from the release date. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['heute', 0], ['gestern', -1], ['morgen', 1], ['vorgestern', -2], ['übermorgen', 2], ['vorvorgestern', -3],
]);

/** Words before a relative-day word that make it "nowadays" or vague, not a date ("bis heute", "schon heute"). */
export const RELATIVE_DAY_BLOCKERS_BEFORE: ReadonlySet<string> = new Set([
  'bis', 'noch', 'schon', 'bereits', 'auch', 'von', 'ab', 'seit', 'wie', 'erst', 'gerade', 'damals', 'und', 'oder', 'für', 'guten', 'am', 'jeden', 'den',
]);
/** Words after a relative-day word that make it "nowadays" ("heute noch", "heute schon"). */
export const RELATIVE_DAY_BLOCKERS_AFTER: ReadonlySet<string> = new Set(['noch', 'schon', 'bereits', 'wie', 'mehr', 'gibt']);

/** Deictic words before a unit ("letzten Monat", "im kommenden Jahr", "diesen Montag") → step. */
export const DEICTICS: ReadonlyMap<string, number> = new Map([
  ['letzte', -1], ['letzten', -1], ['letztes', -1], ['letzter', -1], ['letztem', -1],
  ['vergangene', -1], ['vergangenen', -1], ['vergangenes', -1], ['vergangener', -1], ['vergangenem', -1],
  ['vorige', -1], ['vorigen', -1], ['voriges', -1], ['voriger', -1], ['vorigem', -1],
  ['diese', 0], ['diesen', 0], ['dieses', 0], ['dieser', 0], ['diesem', 0],
  ['laufende', 0], ['laufenden', 0], ['laufendes', 0], ['laufendem', 0],
  ['nächste', 1], ['nächsten', 1], ['nächstes', 1], ['nächster', 1], ['nächstem', 1],
  ['kommende', 1], ['kommenden', 1], ['kommendes', 1], ['kommender', 1], ['kommendem', 1],
  ['übernächste', 2], ['übernächsten', 2], ['übernächstes', 2], ['übernächster', 2], ['übernächstem', 2],
]);

/** Unit nouns for "vor drei Wochen", "letzten Monat". */
export const TIME_UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'quarter' | 'year'> = new Map([
  ['tag', 'day'], ['tage', 'day'], ['tagen', 'day'], ['tages', 'day'],
  ['woche', 'week'], ['wochen', 'week'],
  ['monat', 'month'], ['monate', 'month'], ['monaten', 'month'], ['monats', 'month'],
  ['quartal', 'quarter'], ['quartals', 'quarter'], ['quartalen', 'quarter'],
  ['jahr', 'year'], ['jahre', 'year'], ['jahren', 'year'], ['jahres', 'year'], ['jahrs', 'year'],
]);

/** Small count words ("vor drei Wochen", "in einer Woche") → number. */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['ein', 1], ['eine', 1], ['einer', 1], ['einem', 1], ['einen', 1], ['zwei', 2], ['drei', 3], ['vier', 4],
  ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10], ['elf', 11], ['zwölf', 12],
  ['fünfzehn', 15], ['zwanzig', 20], ['dreißig', 30], ['fünfzig', 50], ['hundert', 100],
]);

/** Single words that name the release year ("diesjährige Messe"). Matched by prefix "diesjährig". */
export const THIS_YEAR_ADJECTIVE_PREFIX = 'diesjährig';

/**
 * Verb forms that put a clause in the past ("hat … am Montag zugestimmt", "gewann am Sonntag"):
 * a weekday there is the last such day on or before the release date.
 */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  'hat', 'haben', 'hatte', 'hatten', 'habe', 'war', 'waren', 'wurde', 'wurden', 'worden', 'gewesen',
  'gewann', 'gewannen', 'teilte', 'teilten', 'mitteilte', 'mitteilten', 'sagte', 'sagten', 'erklärte', 'erklärten',
  'stimmte', 'stimmten', 'beschloss', 'beschlossen', 'verabschiedete', 'wählte', 'wählten', 'kam', 'kamen', 'fand',
  'fanden', 'gab', 'gaben', 'verlor', 'verloren', 'meldete', 'meldeten', 'eröffnete', 'eröffneten', 'unterzeichnete',
  'stellte', 'stellten', 'präsentierte', 'präsentierten', 'legte', 'legten', 'bekanntgab', 'ereignete', 'starb',
  'brach', 'brachen', 'drangen', 'entwendeten', 'erbeuteten', 'zog', 'zogen', 'feierte', 'feierten', 'empfing',
  'besuchte', 'besuchten', 'traf', 'trafen', 'übergab', 'ehrte', 'ehrten', 'zeichnete', 'überreichte', 'vergab',
  'verlieh', 'nahm', 'nahmen', 'ging', 'gingen', 'begann', 'endete', 'lief', 'liefen', 'zählte', 'zählten',
  'erhielt', 'erhielten', 'hielt', 'hielten', 'bekam', 'bekamen', 'erzielte', 'erzielten', 'erreichte', 'erreichten', 'stieg',
  'stiegen', 'fiel', 'fielen', 'sank', 'wuchs', 'lag', 'lagen', 'sprach', 'sprachen', 'rief', 'schloss', 'trat', 'traten',
  'blieb', 'stand', 'standen', 'sah', 'entschied', 'unterschrieb', 'verkündete', 'kündigte', 'informierte', 'berichtete',
  'betonte', 'dankte', 'lobte', 'zeigte', 'spielte', 'siegte', 'holte', 'schlug', 'besiegte', 'weihte', 'übernahm',
  'gestern', 'vorgestern',
]);

/** Participles of a plan: with "ist/sind" (not "war") the clause looks ahead ("ist für Mitte April geplant"). */
export const PLAN_PARTICIPLES: ReadonlySet<string> = new Set(['geplant', 'vorgesehen', 'angesetzt', 'terminiert', 'anvisiert', 'angepeilt', 'avisiert']);

/** Verb forms that put a clause in the future or present ("wird am Montag eröffnet", "findet am Montag statt"). */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'wird', 'werden', 'soll', 'sollen', 'will', 'wollen', 'findet', 'finden', 'beginnt', 'beginnen', 'startet', 'starten',
  'öffnet', 'lädt', 'laden', 'plant', 'planen', 'möchte', 'möchten', 'stattfindet', 'kommt', 'geht', 'gilt', 'läuft',
  'statt', 'bevorstehenden', 'künftig', 'kommen', 'folgen', 'folgt',
]);
