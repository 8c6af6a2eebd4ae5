/**
 * Words around person names: academic titles, honorifics, name particles, and the
 * capitalised function words that are never a name. Data only.
 */

/** Academic titles, lower-case as tokens give them ("Dipl.-Ing." is joined by the names layer). */
export const TITLES: ReadonlySet<string> = new Set([
  'dr.', 'prof.', 'professor', 'professorin', 'dipl.-ing.', 'dipl.-kfm.', 'dipl.-kff.', 'dipl.-kauffrau', 'dipl.-kaufmann',
  'dipl.-volksw.', 'dipl.-psych.', 'dipl.-inf.', 'dipl.-päd.', 'dipl.-betriebsw.', 'dipl.-wirt.-ing.', 'dr.-ing.', 'dr.-ing.e.h.',
  'priv.-doz.', 'pd', 'mag.', 'ing.', 'dipl.', 'med.', 'rer.', 'nat.', 'phil.', 'jur.', 'oec.', 'pol.', 'h.c.', 'habil.',
  'mba', 'llm', 'll.m.', 'b.sc.', 'm.sc.', 'b.a.', 'm.a.', 'di', 'dkfm.', 'ddr.', 'mmag.', 'kr', 'ökr',
]);
/** Titles that are printed in `title` ("Prof. Dr."): the others are kept in the title too but do not start a name alone. */
export const TITLE_STARTERS: ReadonlySet<string> = new Set(['dr.', 'prof.', 'dipl.-ing.', 'dr.-ing.', 'mag.', 'ing.', 'priv.-doz.', 'professor', 'professorin', 'dkfm.', 'ddr.', 'mmag.']);

/** Honorifics and their gender. */
export const HONORIFICS: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ['herr', 'm'], ['herrn', 'm'], ['frau', 'f'], ['hr.', 'm'], ['fr.', 'f'], ['mr.', 'm'], ['mrs.', 'f'], ['ms.', 'f'],
]);

/** Name particles: "von", "van der", "zu", "de". */
export const PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'de', 'zu', 'zur', 'vom', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'du', 'le', 'la', 'ter', 'ten', 'mc', 'bin', 'al']);
/** Particles that may start the particle run (the others only follow one: "von der", "van den"). */
export const PARTICLE_STARTERS: ReadonlySet<string> = new Set(['von', 'van', 'de', 'zu', 'zur', 'vom', 'di', 'da', 'del', 'della', 'dos', 'du', 'le', 'la', 'ter', 'ten']);

/**
 * Capitalised words that are never a surname: determiners, pronouns, conjunctions and
 * prepositions at a sentence start, weekdays, months, and frequent sentence-initial adverbs.
 */
export const NOT_SURNAMES: ReadonlySet<string> = new Set(`
der die das den dem des ein eine einer eines einem einen er sie es wir ich ihr du man wer was wie wo wann warum
und oder aber doch denn sondern sowie auch noch nur schon so da dann dort hier heute gestern morgen jetzt nun
in im an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um seit bis
dies diese dieser dieses diesen diesem jede jeder jedes alle allem allen aller viele mehr weitere weiteren neue neuen
sein seine seiner seinem seinen ihre ihrem ihren ihrer unser unsere unseren euer mein meine dabei damit dazu davon
zudem außerdem darüber deshalb daher trotzdem dennoch jedoch allerdings besonders bereits zunächst anschließend
montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend
januar jänner februar märz april mai juni juli august september oktober november dezember
euro prozent uhr jahr jahre jahren herr frau herrn damen herren kollegen kolleginnen
gmbh ag se kg ug ev e.v. eg mbh co. co inc. ltd. llc
nein ja danke hallo tschüss bescheid dank bitte okay gute guten
`.split(/\s+/u).filter(Boolean));

/** Departments and fields that follow a role ("Geschäftsführer Vertrieb"): not a surname, but fine inside a company name. */
export const DEPARTMENTS: ReadonlySet<string> = new Set(`
vertrieb marketing finanzen personal technik einkauf produktion logistik controlling recht service operations sales
innovation strategie nachhaltigkeit kommunikation presse verwaltung forschung entwicklung digitales
`.split(/\s+/u).filter(Boolean));

/** Noun endings that make a capitalised word a common noun, never a surname. */
export const NOUN_SUFFIXES: readonly string[] = [
  'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'ität', 'itäten', 'ismus',
  'nisse', 'tum', 'tümer', 'ment', 'ments', 'werk', 'zentrum', 'konzept', 'projekt', 'programm',
  'system', 'systeme', 'bereich', 'gebäude', 'straße', 'platz', 'häuser', 'markt', 'amt', 'ämter',
  'gesetz', 'verfahren', 'leistungen', 'dienst', 'dienste', 'daten', 'netz', 'netze', 'plan', 'preis', 'preise',
  'kosten', 'mittel', 'zahlen', 'jahr', 'jahre', 'tag', 'tage', 'stelle', 'stellen', 'kreis', 'verband', 'verein',
];

/** Words that open a contact or credit line ("Ansprechpartner für die Presse: …", "Foto: …"): a person there is not a person of the story. */
export const CREDIT_LINE_HEADS: ReadonlySet<string> = new Set([
  'ansprechpartner', 'ansprechpartnerin', 'pressekontakt', 'kontakt', 'medienkontakt', 'pressestelle', 'presse', 'foto', 'fotos',
  'bild', 'bilder', 'bildnachweis', 'fotonachweis', 'fotograf', 'fotografin', 'quelle', 'text', 'redaktion', 'v.i.s.d.p.',
  'verantwortlich', 'rückfragen', 'copyright', '©', 'bildquelle', 'grafik', 'autor', 'autorin',
]);
