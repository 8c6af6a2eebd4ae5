/**
 * Locations from the gazetteer (src/lexicon/places.json, regions.ts), with cues for names that
 * are also words or surnames:
 * - locations/gazetteer: a strong place name anywhere ("Lemgo", "Nordrhein-Westfalen", "NRW", "Österreich")
 * - locations/cue: a weak or ambiguous place after "in/aus/nach/bei …" or "Stadt/Gemeinde …" ("in Essen", "aus Hof")
 * - locations/dateline: a place at the start of a line before a comma and a date (or a weekday: "Kranichfeld,
 *   Mittwoch, 8. Januar 2020."), or "(ots)"
 * - locations/list: a weak place that a cue word opens a list of places with ("zwischen Kirchberg und Boppard",
 *   "von Bad Berka, Blankenhain und Kranichfeld"): the next item must be a place of the gazetteers too
 * - locations/district: the names after "Kreis/Kreise/Landkreis" ("der Kreise Lippe, Herford und Minden-Lübbecke")
 * - locations/genitive: "Deutschlands", "Lemgos" (strong places only)
 * - locations/world: big cities abroad, German exonyms, continents, islands and landscapes (places-world.json):
 *   "Brüssel", "Krakau", "Nairobi", "Ostafrika", "Usedom", "Thüringer Wald"
 * - locations/compass: a compass prefix on a strong country or region ("Ostösterreich", "Westafrika")
 * - locations/street: a street or square after a preposition ("in der Karolinenstraße", "am Goetheplatz", "auf dem Hauptmarkt")
 * - locations/part: a part of a town after "Ortsteil"/"Stadtteil" ("im Ortsteil Medingen")
 * Places that are also plural nouns ("Brücken") need a strong cue ("Stadt Brücken", a dateline), not just "in".
 * A place inside an organisation's or a person's name is not a location of its own.
 */
import type { LocationFact } from '../../facts.js';
import type { Context } from '../../engine/context.js';
import { STATE_ABBREVIATIONS, TOWN_QUALIFIERS } from '../../lexicon/regions.js';
import { AMBIGUOUS_PLACES, COMPASS_PREFIXES, MARKET_SQUARES, NOT_STREETS, NOUN_PLACES, STREET_ENDINGS } from '../../lexicon/place-ambiguous.js';
import world from '../../lexicon/places-world.json' with { type: 'json' };
import { NOT_SURNAMES } from '../../lexicon/person-words.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import type { Unit } from '../persons/units.js';
import { hasNounSuffix, isFirstName, isOrgHead, isSurnameLike, placeAt, placeLengthOf, placeWord, roleOf, unitWord, LEX_DISTRICT, type Word } from '../persons/lexicon.js';

const CUES = new Set(['in', 'aus', 'nach', 'bei', 'ab', 'nahe', 'von', 'gen', 'stadt', 'gemeinde', 'hansestadt', 'kreisstadt', 'großstadt', 'kleinstadt', 'region', 'raum', 'standort', 'standorten', 'landeshauptstadt', 'bundeshauptstadt', 'hauptstadt', 'universitätsstadt', 'metropole', 'kommune', 'ort', 'ortsteil', 'stadtteil', 'bezirk', 'kanton', 'bundesland', 'land', 'zwischen', 'und', 'sowie', 'über', 'im', 'rund', 'um']);
const STRONG_CUES = new Set(['in', 'aus', 'nach', 'bei', 'nahe', 'gen', 'stadt', 'gemeinde', 'hansestadt', 'kreisstadt', 'landeshauptstadt', 'hauptstadt', 'universitätsstadt', 'kommune', 'ortsteil', 'stadtteil', 'bezirk', 'kanton', 'bundesland', 'standort']);

export interface LocSpan { first: number; last: number; name: string; rule: string }

/** The world list, loaded once per process: lower-case name → printed name and strength. */
const WORLD: Map<string, { name: string; strength: 'strong' | 'weak' }> = new Map();
const WORLD_WORDS: Map<string, number> = new Map();
function addWorld(name: string, strength: 'strong' | 'weak'): void {
  const key = name.toLowerCase();
  const words = key.split(' ');
  const s = AMBIGUOUS_PLACES.has(key) || NOUN_PLACES.has(key) ? 'weak' : strength;
  if (!WORLD.has(key)) WORLD.set(key, { name, strength: s });
  WORLD_WORDS.set(words[0]!, Math.max(WORLD_WORDS.get(words[0]!) ?? 0, words.length));
}
for (const n of world.strong) addWorld(n, 'strong');
for (const n of world.weak) addWorld(n, 'weak');

interface WorldMatch { name: string; strength: 'strong' | 'weak'; length: number }

function worldAt(units: readonly Unit[], i: number, pw: PlaceWord): WorldMatch | undefined {
  const max = pw.worldMax;
  if (max === 0) return undefined;
  let best = pw.world1;
  if (max === 1) return best;
  let key = units[i]!.lower;
  for (let k = 1; k < max && i + k < units.length; k++) {
    const v = units[i + k]!;
    if (v.type !== 'word') break;
    key += ' ' + v.lower;
    const h = WORLD.get(key);
    if (h !== undefined) best = { name: h.name, strength: h.strength, length: k + 1 };
  }
  return best;
}

/** "Ostösterreich", "Westafrika": a compass prefix on a strong place of four letters or more. */
const COMPASS_FIRST = new Set(['n', 's', 'o', 'w', 'm', 'z']);
function compassPlace(u: Word): string | undefined {
  if (u.parts.length !== 1 || u.lower.length < 7 || !COMPASS_FIRST.has(u.lower[0]!)) return undefined;
  for (const p of COMPASS_PREFIXES) {
    if (!u.lower.startsWith(p) || u.lower.length - p.length < 4) continue;
    const rest = u.lower.slice(p.length);
    const hit = placeWord(rest) ?? WORLD.get(rest);
    if (hit !== undefined && hit.strength === 'strong' && !NOT_SURNAMES.has(u.lower)) return u.value;
  }
  return undefined;
}

const STREET_PREPS = new Set(['in', 'an', 'auf', 'aus', 'von', 'über', 'bis']);
/** "in der Karolinenstraße", "am Goetheplatz", "auf dem Hauptmarkt": a capitalised street name after a preposition. */
const STREET_BEFORE = new Set(['richtung', 'am', 'im', 'zum', 'zur', 'vom', 'beim']);
const STREET_ARTICLES = new Set(['der', 'dem', 'den', 'die']);
function isStreet(units: readonly Unit[], i: number, pw: PlaceWord): boolean {
  const u = units[i]!;
  const prev = i > 0 ? units[i - 1] : undefined;
  if (prev === undefined || u.type !== 'word' || !u.cap || !pw.street) return false;
  // "am …", "in Richtung …", "in der …", "auf dem …"
  if (!STREET_BEFORE.has(prev.lower)) {
    const pp = i > 1 ? units[i - 2] : undefined;
    if (!STREET_ARTICLES.has(prev.lower) || pp === undefined || !STREET_PREPS.has(pp.lower)) return false;
  }
  return true;
}
function isStreetWord(lower: string): boolean {
  if (NOT_STREETS.has(lower)) return false;
  if (MARKET_SQUARES.has(lower)) return true;
  for (const e of STREET_ENDINGS) if (lower.endsWith(e) && lower.length >= e.length + 3) return true;
  return false;
}

const PART_CUES = new Set(['ortsteil', 'stadtteil', 'ortsteilen', 'stadtteilen', 'ortschaft', 'gemeindeteil', 'stadtbezirk']);
/** The shortest of PART_CUES: shorter words before a capitalised one skip the Set look-up (most are articles). */
const PART_CUE_MIN = Math.min(...[...PART_CUES].map((w) => w.length));
const NOUN_PLACE_CUES = new Set(['stadt', 'gemeinde', 'ortsteil', 'stadtteil', 'kommune', 'ortschaft', 'gemeindeteil']);

function isDatelineStart(units: readonly Unit[], i: number, len: number): boolean {
  const u = units[i]!;
  if (!(i === 0 || u.breaks > 0)) return false;
  const n = units[i + len];
  const n2 = units[i + len + 1];
  if (n === undefined) return false;
  if (n.value === '(' && n2 !== undefined && (n2.lower === 'ots' || n2.lower === 'dpa' || n2.lower === 'pm')) return true;
  if (n.value === ',' && n2 !== undefined && (n2.type === 'ordinal' || n2.type === 'number' || n2.lower === 'den' || WEEKDAYS.has(n2.lower))) return true;
  if ((n.value === '–' || n.value === '-' || n.value === '/') && n.spaceBefore) return true;
  return false;
}

/**
 * What the location rules ask of one written word, computed once per word (see Word in
 * persons/lexicon.ts).
 */
export class PlaceWord {
  /** A street or square name ("Karolinenstraße", "Hauptmarkt"), if a preposition stands before. */
  readonly street: boolean;
  readonly notSurname: boolean;
  readonly nounSuffix: boolean;
  /** The state abbreviation written so ("NRW"). */
  readonly stateAbbr: string | undefined;
  /** The world list: the most words of a name starting with the word (0: none), and the word itself as one. */
  readonly worldMax: number;
  readonly world1: WorldMatch | undefined;
  readonly compass: string | undefined;
  /** "Deutschlands": the strong place of a genitive. */
  readonly genitive: string | undefined;
  /** None of the above, and no place of the gazetteer starts with the word: only a list of districts or "Ortsteil" before can make it a place. */
  readonly none: boolean;

  constructor(w: Word) {
    const lower = w.lower;
    this.street = isStreetWord(lower);
    this.notSurname = NOT_SURNAMES.has(lower);
    this.nounSuffix = hasNounSuffix(lower);
    this.stateAbbr = STATE_ABBREVIATIONS.get(w.value);
    this.worldMax = WORLD_WORDS.get(lower) ?? 0;
    const h0 = this.worldMax > 0 ? WORLD.get(lower) : undefined;
    this.world1 = h0 === undefined ? undefined : { name: h0.name, strength: h0.strength, length: 1 };
    this.compass = compassPlace(w);
    let genitive: string | undefined;
    if (lower.endsWith('s') && lower.length > 4) {
      const g = placeWord(lower.slice(0, -1));
      if (g !== undefined && g.strength === 'strong' && w.parts.length === 1) genitive = g.name;
    }
    this.genitive = genitive;
    this.none = !this.street && this.stateAbbr === undefined && this.worldMax === 0 && this.compass === undefined && genitive === undefined && placeLengthOf(w) === 0;
  }
}

function placeWordOf(u: Unit): PlaceWord {
  return placeWordOfWord(unitWord(u));
}
function placeWordOfWord(w: Word): PlaceWord {
  return w.place ?? (w.place = new PlaceWord(w));
}
/** PlaceWord.none, kept on the Word itself (why: most capitalised words are no place, and reading it from the PlaceWord was one more cache miss per word first met in a document). */
function placeNoneOf(w: Word): boolean {
  if (w.placeNone < 0) w.placeNone = placeWordOfWord(w).none ? 1 : 0;
  return w.placeNone === 1;
}

export function findLocationSpans(ctx: Context, units: readonly Unit[], mask: Uint8Array): LocSpan[] {
  void ctx;
  const spans: LocSpan[] = [];
  let districtList = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.boilerplate) { districtList = false; continue; }
    if ((u.lex & LEX_DISTRICT) !== 0) { districtList = units[i + 1]?.cap === true; continue; }
    if (mask[i] === 1) { districtList = false; continue; }
    // (districtList is tested first: most units stand outside a list, and a string compare is not free)
    if (u.type !== 'word') {
      if (districtList && u.value !== ',') districtList = false;
      continue;
    }
    if (!u.cap) { if (districtList && u.lower !== 'und' && u.lower !== 'sowie') districtList = false; continue; }
    const w = unitWord(u);
    // most capitalised words: no rule but "im Ortsteil …" can take them (districtList is false, as it stays)
    if (!districtList && placeNoneOf(w)) { partAt(units, i, u, spans); continue; }
    const pw = placeWordOfWord(w);
    const r = placeRulesAt(units, i, u, pw, mask, spans, districtList);
    if (r >= 0) { i = r; continue; }
    districtList = false;
    if (r === NO_PLACE) wordPlaceAt(units, i, u, pw, spans);
  }
  return spans;
}

/** placeRulesAt: no place of the gazetteers starts here (-1: one does, but its cues do not allow it). */
const NO_PLACE = -2;

/**
 * The gazetteer rules for a capitalised word at unit i (state abbreviations, places, a list of
 * districts): the last unit taken, or -1 / NO_PLACE when none applied.
 */
function placeRulesAt(units: readonly Unit[], i: number, u: Unit, pw: PlaceWord, mask: Uint8Array, spans: LocSpan[], districtList: boolean): number {
  // state abbreviations, written exactly
  if (pw.stateAbbr !== undefined) { spans.push({ first: i, last: i + 1, name: pw.stateAbbr, rule: 'locations/gazetteer' }); return i; }
  const prev = i > 0 ? units[i - 1] : undefined;
  const home = placeAt(units, i);
  const far = home === undefined || home.length === 1 ? worldAt(units, i, pw) : undefined;
  const m = far !== undefined && (home === undefined || far.length > home.length || (far.length === home.length && far.strength === 'strong' && home.strength === 'weak')) ? far : home;
  if (m !== undefined) return gazetteerAt(units, i, u, m, m === far, prev, mask, spans, districtList);
  if (districtList && prev !== undefined && (prev.lex & LEX_DISTRICT) !== 0 && !pw.notSurname && !pw.nounSuffix && roleOf(u) === undefined && !isOrgHead(u)) {
    spans.push({ first: i, last: i + 1, name: u.value, rule: 'locations/district' });
    return i;
  }
  return NO_PLACE;
}

/** A capitalised word at unit i that no gazetteer knows: a compass region, a street, a part of a town, a genitive. */
function wordPlaceAt(units: readonly Unit[], i: number, u: Unit, pw: PlaceWord, spans: LocSpan[]): void {
  if (pw.compass !== undefined) { spans.push({ first: i, last: i + 1, name: pw.compass, rule: 'locations/compass' }); return; }
  if (isStreet(units, i, pw)) { spans.push({ first: i, last: i + 1, name: u.value, rule: 'locations/street' }); return; }
  if (partAt(units, i, u, spans)) return; // "im Ortsteil Medingen"
  // genitive of a strong place: "Deutschlands", "Lemgos"
  if (pw.genitive !== undefined) spans.push({ first: i, last: i + 1, name: pw.genitive, rule: 'locations/genitive' });
}

/** "im Ortsteil Medingen": a part of a town at unit i, pushed; true if so. */
function partAt(units: readonly Unit[], i: number, u: Unit, spans: LocSpan[]): boolean {
  const prev = i > 0 ? units[i - 1] : undefined;
  if (prev !== undefined && prev.lower.length >= PART_CUE_MIN && PART_CUES.has(prev.lower) && !u.starts && isSurnameLike(u) && !isFirstName(u)) {
    spans.push({ first: i, last: i + 1, name: u.value, rule: 'locations/part' });
    return true;
  }
  return false;
}

/** A gazetteer or world place m at unit i, if its cues allow: the last unit taken, or -1. */
function gazetteerAt(units: readonly Unit[], i: number, u: Unit, m: WorldMatch, fromWorld: boolean, prev: Unit | undefined, mask: Uint8Array, spans: LocSpan[], districtList: boolean): number {
  const len = m.length;
  for (let k = i; k < i + len; k++) if (mask[k] === 1) return -1;
  // (the place before may end with a bracket of its own that is not part of its name: "Stadt (Kreis X), …")
  const lastEnd = spans.length > 0 ? spans[spans.length - 1]!.last : -1;
  const listGoesOn = (lastEnd === i - 1 || lastEnd === i - 1 - bracketBefore(units, i - 1)) && prev !== undefined && (prev.value === ',' || CUES.has(prev.lower));
  // "Rissen in Brücken": a place that is also a plural noun needs a strong cue
  const nounPlace = NOUN_PLACES.has(m.name.toLowerCase());
  const cue = prev !== undefined && (nounPlace ? NOUN_PLACE_CUES.has(prev.lower) : STRONG_CUES.has(prev.lower) || listGoesOn);
  const dateline = isDatelineStart(units, i, len);
  const next = units[i + len];
  // "Lemgo Marketing", "Essen Motor Show": a place right before a capitalised noun is part of a name
  const nameFollows = next !== undefined && next.cap && next.type === 'word' && !next.starts && m.strength === 'weak';
  // "Holzbau Mitteldeutschland": a world or region name right after a capitalised noun ends a name
  const namePrecedes = fromWorld && prev !== undefined && prev.cap && prev.type === 'word' && !prev.starts && !CUES.has(prev.lower) && !isOrgHead(prev) && mask[i - 1] !== 1;
  const list = !cue && !dateline && !districtList && m.strength === 'weak' && !nounPlace && prev !== undefined && LIST_OPENERS.has(prev.lower) && placeFollowsInList(units, i + len, mask);
  if ((m.strength === 'strong' || cue || dateline || districtList || list) && !nameFollows && !namePrecedes && !(isFirstName(u) && !cue && !dateline)) {
    // "Rotenburg (Wümme)", "Frankfurt (Oder)": the river or region in brackets is part of the town's name
    const q = qualifierAt(units, i + len);
    const last = i + len + (q?.units ?? 0);
    const name = q === undefined ? m.name : `${m.name} (${q.text})`;
    spans.push({ first: i, last, name, rule: fromWorld && m.strength === 'strong' ? 'locations/world' : m.strength === 'strong' ? 'locations/gazetteer' : dateline ? 'locations/dateline' : districtList ? 'locations/district' : list ? 'locations/list' : 'locations/cue' });
    return last - 1;
  }
  return -1;
}

/** "(Wümme)" at unit j: a town qualifier in brackets (TOWN_QUALIFIERS), as written, and the units it takes; else undefined. */
function qualifierAt(units: readonly Unit[], j: number): { text: string; units: number } | undefined {
  const open = units[j];
  const q = units[j + 1];
  const close = units[j + 2];
  if (open === undefined || q === undefined || close === undefined || open.value !== '(' || !open.spaceBefore) return undefined;
  if (close.value === ')') return TOWN_QUALIFIERS.has(q.value) ? { text: q.value, units: 3 } : undefined;
  // "(Opf.)": the abbreviation's period is a unit of its own
  const dotted = q.value + '.';
  return close.value === '.' && !close.spaceBefore && units[j + 3]?.value === ')' && TOWN_QUALIFIERS.has(dotted) ? { text: dotted, units: 4 } : undefined;
}

/** The length of "(Wümme)" ending right before unit j (at j - 1 the ")"), else 0: a list of places goes on after it. */
function bracketBefore(units: readonly Unit[], j: number): number {
  // (indices checked, not read past the start: a negative index turns V8's inline cache of the read megamorphic)
  if (j < 3 || units[j - 1]!.value !== ')') return 0;
  return units[j - 3]!.value === '(' ? 3 : j >= 4 && units[j - 4]!.value === '(' && units[j - 2]!.value === '.' ? 4 : 0;
}

/** Words that can open a list of places whose first item is only a weak place: "zwischen Kirchberg und Boppard". */
const LIST_OPENERS = new Set(['zwischen', 'von', 'um', 'rund', 'über', 'im', 'ab', 'nahe']);
const LIST_JOINS = new Set([',', 'und', 'sowie', 'oder']);

/**
 * Does another place of the gazetteers follow at unit j after ",", "und", "sowie" or "oder"? Then the weak place
 * before is an item of a list of places ("von Bad Berka, Blankenhain und Kranichfeld"), not a word or a surname
 * ("Essen und Trinken": "Trinken" is no place).
 */
function placeFollowsInList(units: readonly Unit[], j: number, mask: Uint8Array): boolean {
  const join = units[j];
  const next = units[j + 1];
  if (join === undefined || next === undefined || !LIST_JOINS.has(join.lower) || mask[j + 1] === 1) return false;
  if (next.type !== 'word' || !next.cap || isFirstName(next)) return false;
  const pw = placeWordOf(next);
  if (pw.none) return false;
  const m = placeAt(units, j + 1) ?? worldAt(units, j + 1, pw);
  return m !== undefined && !NOUN_PLACES.has(m.name.toLowerCase());
}

export function locationFacts(ctx: Context, units: readonly Unit[], spans: readonly LocSpan[]): LocationFact[] {
  const byKey = new Map<string, LocationFact>();
  for (const s of spans) {
    const ev = ctx.evidence(units[s.first]!.first, units[s.last - 1]!.last);
    const key = s.name.toLowerCase();
    const old = byKey.get(key);
    if (old) old.mentions.push(ev);
    else byKey.set(key, { name: s.name, mentions: [ev], rule: s.rule });
  }
  // "Lingen (Ems)" once and "Lingen" after it: one place, named as fully as the text names it
  for (const [key, fact] of byKey) {
    const cut = key.indexOf(' (');
    const plain = cut > 0 ? byKey.get(key.slice(0, cut)) : undefined;
    if (plain === undefined) continue;
    fact.mentions = [...fact.mentions, ...plain.mentions].sort((a, b) => a.start - b.start);
    byKey.delete(key.slice(0, cut));
  }
  return [...byKey.values()];
}
