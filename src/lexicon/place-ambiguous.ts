/**
 * Place names that are also common words, first names or frequent surnames: they count as a
 * location only with a cue ("in Essen", "aus Hof", a dateline). Lower-case. Data only.
 * Places below the gazetteer's population threshold (places.json `weak`) need a cue anyway,
 * and so do places that are also first names (from first-names.json).
 */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(`
essen hof halle lage weil brand mark stock wetter leer bergen linden buchen laufen kirchen rain horn au bach berg wald
forst sinn roth regen cham hagen stade gera worms peine verden heide norden senden kamen lahr kehl
neustadt neukirchen hausen weiden haan hilden bühl zug jura uri damme bad porta lünen
harz börde franken schwaben pfalz werder schwedt anklam ost west nord süd mitte löhne
`.split(/\s+/u).filter(Boolean));

/**
 * Places that are also plural or common nouns ("Rissen in Brücken"): even "in" is no cue for them;
 * they need a strong cue ("Stadt Brücken", "Gemeinde …", a dateline). Lower-case. Data only.
 */
export const NOUN_PLACES: ReadonlySet<string> = new Set(`
brücken gärten wiesen felder häuser höfe mühlen eichen dörfer steinen wellen zellen
`.split(/\s+/u).filter(Boolean));

/** Compass prefixes that make a region of a country or continent ("Ostösterreich", "Westafrika"), lower-case. */
export const COMPASS_PREFIXES: readonly string[] = ['nordost', 'nordwest', 'südost', 'südwest', 'nord', 'süd', 'ost', 'west', 'mittel', 'zentral'];

/** Endings of street and square names: a place when capitalised and after a preposition ("in der Karolinenstraße", "am Goetheplatz"). */
export const STREET_ENDINGS: readonly string[] = ['straße', 'strasse', 'str.', 'platz', 'weg', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'chaussee', 'promenade'];
/** Squares in "-markt": only these names ("Hauptmarkt", "Altmarkt"); other "-markt" words are markets ("Terminmarkt"). */
export const MARKET_SQUARES: ReadonlySet<string> = new Set(['hauptmarkt', 'altmarkt', 'kohlmarkt', 'holzmarkt', 'kornmarkt', 'heumarkt', 'salzmarkt', 'pferdemarkt', 'viehmarkt', 'buttermarkt', 'topfmarkt', 'rindermarkt', 'obermarkt', 'untermarkt', 'fischmarkt']);

/** Common nouns with those endings that are no street ("auf dem Arbeitsmarkt", "am Arbeitsplatz", "auf dem Heimweg"), lower-case. */
export const NOT_STREETS: ReadonlySet<string> = new Set(`
landstraße bundesstraße seitenstraße nebenstraße einbahnstraße umgehungsstraße querstraße fahrstraße staatsstraße kreisstraße
ortsstraße wohnstraße zufahrtsstraße spielstraße fahrradstraße hauptverkehrsstraße autostraße gemeindestraße
arbeitsplatz spielplatz parkplatz sportplatz stellplatz ausbildungsplatz studienplatz kitaplatz krippenplatz betreuungsplatz
campingplatz flugplatz golfplatz bauplatz sitzplatz standplatz tennisplatz fußballplatz kinderspielplatz pflegeplatz
schulplatz heimplatz liegeplatz abstellplatz lagerplatz wohnplatz kunstrasenplatz rastplatz festplatz bolzplatz
heimweg rückweg hinweg ausweg umweg schulweg arbeitsweg fußweg radweg lösungsweg werdegang irrweg mittelweg seeweg
landweg luftweg wasserweg rechtsweg dienstweg postweg fluchtweg rettungsweg lieferweg vertriebsweg bildungsweg königsweg
holzweg wanderweg feldweg gehweg zugangsweg
boxring schlüsselring ehering freundeskreis
staudamm deich
arbeitsmarkt wohnungsmarkt weihnachtsmarkt wochenmarkt binnenmarkt kapitalmarkt finanzmarkt strommarkt automarkt
heimatmarkt absatzmarkt weltmarkt zielmarkt teilmarkt gesamtmarkt immobilienmarkt ausbildungsmarkt supermarkt baumarkt
getränkemarkt flohmarkt biomarkt fachmarkt verbrauchermarkt einzelhandelsmarkt massenmarkt nischenmarkt aktienmarkt
energiemarkt gasmarkt ölmarkt agrarmarkt binnen-markt drogeriemarkt lebensmittelmarkt discountmarkt
`.split(/\s+/u).filter(Boolean));

/** Words before a list of districts ("der Kreise Lippe, Herford und Minden-Lübbecke"), lower-case. */
export const DISTRICT_CUES: ReadonlySet<string> = new Set(['kreis', 'kreise', 'kreisen', 'kreises', 'landkreis', 'landkreise', 'landkreisen', 'landkreises', 'kreisgebiet', 'landkreisgebiet', 'bezirk', 'bezirke']);
