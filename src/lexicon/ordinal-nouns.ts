/**
 * Capitalised nouns that follow an ordinal number ("3. Quartal", "2. Halbjahr", "25. Jubiläum"):
 * the period after the number is then not a sentence end. Lower-case.
 */
export const ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  'quartal', 'halbjahr', 'jahrhundert', 'jahrtausend', 'jahrestag', 'geburtstag', 'jubiläum', 'jahr', 'monat',
  'woche', 'kalenderwoche', 'kw', 'tag', 'mal', 'platz', 'rang', 'stock', 'etage', 'obergeschoss', 'klasse',
  'liga', 'bundesliga', 'runde', 'auflage', 'ausgabe', 'bauabschnitt', 'abschnitt', 'stufe', 'phase', 'lesung',
  'sitzung', 'spieltag', 'lauf', 'semester', 'schuljahr', 'geschäftsjahr', 'wahlperiode', 'legislaturperiode',
  'amtszeit', 'generation', 'preis', 'advent', 'adventssonntag', 'sonntag', 'montag', 'dienstag', 'mittwoch',
  'donnerstag', 'freitag', 'samstag', 'kapitel', 'absatz', 'artikel', 'folge', 'staffel', 'teil', 'band',
  'internationale', 'internationalen', 'deutsche', 'deutschen', 'europäische', 'europäischen',
]);
