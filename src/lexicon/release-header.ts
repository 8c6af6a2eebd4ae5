/** Words of a press-release header. Lower-case. */

/** What a release calls itself: the date after it is the release date ("Pressemitteilung vom …"). */
export const RELEASE_LABELS: ReadonlySet<string> = new Set([
  'pressemitteilung', 'pressemeldung', 'presseinformation', 'presse-information', 'presse-mitteilung', 'medienmitteilung',
  'medieninformation', 'mediennotiz', 'pressenotiz', 'presseaussendung', 'pressetext', 'pressedienst', 'pressebericht',
  'medieninfo', 'presseinfo', 'pressemitteilungen', 'meldung', 'mitteilung', 'veröffentlicht', 'veröffentlichung', 'erscheinungsdatum',
  'datum', 'stand',
]);

/** News agencies in a dateline "(ots)", "(APA)", "/PRNewswire/" → source as reported. */
export const NEWS_AGENCIES: ReadonlyMap<string, string> = new Map([
  ['ots', 'ots / news aktuell'], ['apa', 'APA'], ['apa-ots', 'APA-OTS'], ['dpa', 'dpa'], ['afp', 'AFP'], ['reuters', 'Reuters'],
  ['kna', 'KNA'], ['epd', 'epd'], ['sda', 'SDA'], ['sid', 'SID'], ['ddp', 'ddp'], ['dts', 'dts'], ['pte', 'pressetext'],
  ['pts', 'pressetext'], ['prnewswire', 'PRNewswire'], ['businesswire', 'Business Wire'], ['openpr', 'openPR'], ['lifepr', 'lifePR'],
  ['idw', 'idw'], ['ptext', 'pressetext'], ['red', 'Redaktion'],
]);

/** Line starts that name the source: "Quelle: Minden-Ravensberg/Lippe". */
export const SOURCE_LABELS: ReadonlySet<string> = new Set(['quelle', 'quellen', 'herausgeber', 'absender']);

/** Small words inside place names in a dateline: "Frankfurt am Main", "Halle an der Saale". */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(['am', 'an', 'der', 'bei', 'im', 'in', 'ob', 'vor', 'auf', 'unter', 'über', 'a.', 'd.', 'i.']);

/** Capitalised sentence openers that never start a dateline place ("Die Firma – …"). */
export const NOT_PLACE_STARTS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'im', 'in', 'am', 'an', 'auf', 'auch', 'aber', 'und', 'oder',
  'mit', 'von', 'vom', 'zum', 'zur', 'für', 'nach', 'bei', 'seit', 'bis', 'wir', 'sie', 'er', 'es', 'ich', 'ihr', 'unser', 'unsere',
  'dieser', 'diese', 'dieses', 'als', 'wie', 'wenn', 'so', 'dann', 'doch', 'nur', 'noch', 'mehr', 'neue', 'neuer', 'neues', 'neu',
  'pressemitteilung', 'pressemeldung', 'presseinformation', 'quelle', 'foto', 'bild', 'kontakt', 'pressekontakt',
]);
