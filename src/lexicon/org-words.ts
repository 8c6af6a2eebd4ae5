/**
 * Words that make organisation names: institutional heads ("Universität Bielefeld",
 * "Ministerium für …"), the suffixes of such heads in compounds ("Landesministerium",
 * "Kreissparkasse"), party names, well-known lower-case names, and capital-letter
 * abbreviations that are NOT organisations. Data only.
 */

/** Head nouns (or compound endings) of institutions, lower-case. A word is a head when it ends with one. */
export const ORG_HEAD_SUFFIXES: readonly string[] = `
universität hochschule fachhochschule akademie institut klinikum klinik krankenhaus stadtwerke gemeindewerke kreiswerke
landratsamt rathaus ministerium bundesministerium landesministerium senatsverwaltung bundesamt landesamt kreisverwaltung
stadtverwaltung bezirksregierung regierungspräsidium bundesagentur agentur sparkasse volksbank raiffeisenbank landesbank
genossenschaftsbank kantonalbank raiffeisenkasse bank handwerkskammer handelskammer ärztekammer rechtsanwaltskammer architektenkammer industrie-
und verband zweckverband bundesverband landesverband kreisverband verein gericht amtsgericht landgericht oberlandesgericht
verwaltungsgericht sozialgericht arbeitsgericht finanzgericht bundesgerichtshof staatsanwaltschaft polizeipräsidium polizei
stiftung museum theater gymnasium gesamtschule realschule grundschule berufskolleg schule kirchengemeinde diakonie caritas
bistum erzbistum landeskirche kommission behörde rundfunk bezirksregierung forschungsgemeinschaft börse
sportbund bühne fonds genossenschaft polizeiinspektion inspektion polizeipräsidium feuerwehr berufsfeuerwehr tiergarten tierpark handwerkerschaft innung
stadtwerken gemeindewerken ministeriums instituts institutes klinikums krankenhauses verbandes verbands vereins gerichts
museums theaters gymnasiums hochschulen
`.split(/\s+/u).filter((w) => w.length > 3 && !w.endsWith('-'));

/** Heads that need a complement ("Universität Bielefeld", "Ministerium für Bildung"): without one they are common nouns. */
export const ORG_COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['für', 'der', 'des', 'von', 'zu', 'zur', 'zum', 'am', 'an', 'in', 'im', 'und']);

/** Political parties and groups written as words, lower-case → printed name. */
export const PARTY_WORDS: ReadonlyMap<string, string> = new Map([
  ['grünen', 'Bündnis 90/Die Grünen'], ['grüne', 'Bündnis 90/Die Grünen'], ['linke', 'Die Linke'], ['linken', 'Die Linke'],
  ['neos', 'NEOS'],
]);

/** Lower-case or mixed names of organisations known by their short form (matched case-sensitively as written). */
export const KNOWN_ORG_NAMES: ReadonlySet<string> = new Set(['dpa', 'epd', 'kna', 'Reuters', 'Bundeswehr', 'Bundestag', 'Bundesrat', 'Bundesregierung', 'Landesregierung', 'Landtag', 'Bundesverfassungsgericht', 'Bundesgerichtshof', 'Bundesbank', 'Europäische Kommission', 'EU-Kommission', 'Vereinte Nationen', 'Treuhandanstalt']);

/** Capital abbreviations that are not organisations (lower-case). */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set(`
it ki edv pc pcs tv id ok faq uv led pdf usb dsl lte gps app apps api sms ceo cfo cto coo cio cmo hr pr
iso din en vde ce co2 co ch4 nox pm ps kw kwh mw mwh gw gwh km qm ha kg mg ml cm mm
us sb usa uk brd ddr nrw bw rlp mv sh nds hh hb by eu-weit
gmbh ag se kg kgaa ug ohg gbr ev eg mbh ggmbh aör inc ltd llc plc
mio mrd tsd eur usd chf gbp dm ats tel fax www http https html xml json csv url
ca nr dr prof dipl ing str abs art ziff bzw usw ggf evtl inkl zzgl ua uvm vs
ok ja nein ii iii iv vi vii viii ix xi xii xx
dsgvo bgb hgb stgb sgb ustg estg gg
ab bis und oder der die das
mint stem ict b2b b2c b2g saas iot ai ml vr ar
mrt ct ekg op icu
ebit ebitda ebt eps roi roce capex opex kpi kpis bip ipo esg csr fte vze dax mdax sdax tecdax isin wkn iban bic ust mwst kmu
ots di cnc pkw lkw kfz öpnv wlan covid sars hiv aids mint gmbh-anteile kr ökr bgm
q1 q2 q3 q4 h1 h2
a b c d e f g h i j k l m n o p q r s t u v w x y z
neu jetzt info infos tipp tipps news sale top gratis frei update foto fotos video ende fazit ps pps nb
`.split(/\s+/u).filter(Boolean));

/** Lower-case words without a vowel that are abbreviations, not names ("krz" is a name, "bzw" is not). */
export const VOWELLESS_WORDS: ReadonlySet<string> = new Set(['bzw', 'usw', 'vgl', 'ggf', 'mwst', 'zzgl', 'bspw', 'tlw', 'hrsg', 'pkw', 'lkw', 'kfz', 'km', 'qm', 'kwh', 'mwh', 'gwh', 'kw', 'mw', 'gw', 'st', 'nr', 'tsd', 'mrd', 'std', 'pkt', 'spd', 'cdu', 'csu', 'fdp', 'www', 'http', 'https', 'html', 'pdf', 'ml', 'mg', 'cm', 'mm', 'kg', 'ch', 'sch', 'pf', 'xxl', 'xl', 'ds', 'js', 'css', 'dr', 'hr', 'fr', 'hrn', 'bd', 'jg', 'jh', 'jhd', 'jhdt']);

/** Inflected heads → the form in the organisation's name ("den Stadtwerken Detmold" → "Stadtwerke Detmold"). */
export const HEAD_BASE_FORMS: ReadonlyMap<string, string> = new Map([
  ['stadtwerken', 'Stadtwerke'], ['gemeindewerken', 'Gemeindewerke'], ['kreiswerken', 'Kreiswerke'],
]);
/** Feminine heads: an adjective before them in "-en" (dative/genitive) is printed in "-e" ("der Technischen Hochschule" → "Technische Hochschule"). */
export const FEMININE_HEADS: readonly string[] = ['universität', 'hochschule', 'fachhochschule', 'akademie', 'klinik', 'stiftung', 'sparkasse', 'agentur', 'kommission', 'behörde', 'bank', 'kammer', 'schule', 'gesamtschule', 'realschule', 'grundschule', 'bezirksregierung', 'polizei', 'diakonie', 'landeskirche', 'staatsanwaltschaft', 'stadtverwaltung', 'kreisverwaltung', 'gemeinde', 'kirchengemeinde', 'bundesagentur', 'senatsverwaltung'];

/** Head words that end a business name without a legal form ("Isarwerk Ventures", "Elbflügel Reisen", "Wendt Partner"), lower-case. */
export const BUSINESS_TAIL_HEADS: ReadonlySet<string> = new Set(`
ventures capital research reisen touristik robotics partner partners consulting group exchange softwarehaus solutions
systems technologies labs analytics invest investments logistics architekten
`.split(/\s+/u).filter(Boolean));
/** The English ones: a name before them may itself look like a German noun ("Isarwerk Ventures"). */
export const ENGLISH_TAIL_HEADS: ReadonlySet<string> = new Set(['ventures', 'capital', 'research', 'robotics', 'partners', 'consulting', 'group', 'exchange', 'solutions', 'systems', 'technologies', 'labs', 'analytics', 'investments', 'logistics']);

/** Trade nouns that stand before an owner's surname as a business name ("Backhaus Terhorst", "Zimmerei Kästner"), lower-case. */
export const TRADE_HEADS: ReadonlySet<string> = new Set(`
backhaus bäckerei zimmerei metzgerei fleischerei schreinerei tischlerei konditorei gärtnerei autohaus brauerei druckerei
spedition reederei architekturbüro ingenieurbüro weingut modehaus möbelhaus malerbetrieb dachdeckerei
`.split(/\s+/u).filter(Boolean));

/** Common-noun endings of a description before a name ("Hausgerätehersteller Hollmann AG", "Bäckereikette …"): not part of it. */
export const DESCRIPTION_SUFFIXES: readonly string[] = ['start-up', 'startup', 'hersteller', 'anbieter', 'händler', 'dienstleister', 'konzern', 'spezialist', 'zulieferer', 'betreiber', 'kette', 'investor', 'versicherer', 'veranstalter', 'unternehmen', 'aktien', 'aktie', 'anteile', 'tochter', 'marke', 'firma'];

/** Administrative heads that with a place name make a public body ("die Stadt Kassel", "der Freistaat Sachsen"), lower-case. */
export const BODY_PLACE_HEADS: ReadonlySet<string> = new Set(['stadt', 'landkreis', 'freistaat', 'gemeinde', 'hansestadt', 'landeshauptstadt', 'kreisstadt', 'bundesland', 'marktgemeinde']);

/** Heads that with "von" + a place make a public body ("Regierung von Niederbayern"), lower-case. */
export const BODY_OF_PLACE_HEADS: ReadonlySet<string> = new Set(['regierung', 'bezirksregierung', 'landesregierung', 'stadtverwaltung', 'gemeindeverwaltung']);

/** Bodies named by a common noun: organisations after a determiner ("der Stadtrat", "der Kriminalpolizei"), lower-case. */
export const BODY_NOUNS: ReadonlySet<string> = new Set(`
stadtrat gemeinderat kreistag kreisrat ortsbeirat ortschaftsrat bezirksausschuss magistrat stadtverordnetenversammlung
kriminalpolizei bundespolizei landespolizei wasserschutzpolizei staatsanwaltschaft
`.split(/\s+/u).filter(Boolean));

/** Names of more than one word, matched case-insensitively on the words and printed as written. */
export const KNOWN_ORG_PHRASES: readonly string[] = ['Europäische Union', 'Europäischen Union', 'Vereinte Nationen', 'Vereinten Nationen', 'Freie Wähler', 'Freien Wähler', 'Freien Wählern', 'Europäische Zentralbank', 'Europäischen Zentralbank', 'Deutsche Bahn', 'Deutschen Bahn', 'Deutsche Post', 'Deutschen Post', 'Deutsche Bundesbank', 'Deutschen Bundesbank'];
