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
harz börde franken schwaben pfalz werder schwedt anklam ost west nord süd mitte
`.split(/\s+/u).filter(Boolean));
