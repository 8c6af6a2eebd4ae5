/**
 * Look-up structures over the name lexicons, built once per process (module constants).
 * All look-ups are O(1) Set/Map hits, or O(word length) for suffix tests.
 */
import { ownCopy } from '../../engine/word-cache.js';
import firstNames from '../../lexicon/first-names.json' with { type: 'json' };
import places from '../../lexicon/places.json' with { type: 'json' };
import { ROLE_STEMS_FEMALE, ROLE_STEMS_MALE, WEAK_ROLES } from '../../lexicon/roles.js';
import { KNOWN_ORG_NAMES, ORG_HEAD_SUFFIXES, VOWELLESS_WORDS } from '../../lexicon/org-words.js';
import { LEGAL_FORMS } from '../../lexicon/legal-forms.js';
import { DEPARTMENTS, HONORIFICS, NOUN_SUFFIXES, NOT_SURNAMES, TITLES } from '../../lexicon/person-words.js';
import { ATTRIBUTION_WORDS, REFLEXIVE_SPEECH_VERBS, SURNAME_SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { COUNTRIES, COUNTRY_FORMS, DISTRICTS_AND_REGIONS, STATES } from '../../lexicon/regions.js';
import { AMBIGUOUS_PLACES, DISTRICT_CUES } from '../../lexicon/place-ambiguous.js';
import type { Unit } from './units.js';
import type { TokenType } from '../../text/tokens.js';

const FEMALE = new Set(firstNames.female.map((n) => n.toLowerCase()));
const MALE = new Set(firstNames.male.map((n) => n.toLowerCase()));

/** First names that are also common German words or currencies: they need more evidence. */
const AMBIGUOUS_FIRST = new Set(['mark', 'ernst', 'wolf', 'art', 'rosa', 'heide', 'will', 'lotte', 'rose', 'viola', 'christ', 'engel', 'fee', 'jade', 'hagen', 'melissa', 'elf', 'berg', 'sieg', 'fritz', 'august', 'mai', 'april', 'kurz', 'klar', 'frei', 'sonne', 'stern', 'winter', 'sommer', 'herbst', 'ferien', 'ostern', 'china', 'india', 'paris', 'london', 'florenz', 'lorenz']);

export type Gender = 'f' | 'm' | undefined;

export function firstNameGender(lower: string): Gender | null {
  const f = FEMALE.has(lower);
  const m = MALE.has(lower);
  if (!f && !m) return null;
  return f && m ? undefined : f ? 'f' : 'm';
}

/** A unit that is a first name (each part of "Hans-Peter" a first name). */
export function isFirstName(u: Unit): boolean {
  return isFirstNameWord(unitWord(u));
}
export function isFirstNameWord(w: Word): boolean {
  if (w.first === undefined) w.first = firstNameTest(w);
  return w.first;
}
function firstNameTest(w: Word): boolean {
  if (!w.cap || w.type !== 'word') return false;
  if (w.parts.length === 1) return FEMALE.has(w.lower) || MALE.has(w.lower);
  for (const p of w.parts) {
    const l = p.toLowerCase();
    if (!FEMALE.has(l) && !MALE.has(l)) return false;
  }
  return true;
}

export function isAmbiguousFirstName(u: Unit): boolean {
  return partsOf(u).length === 1 && AMBIGUOUS_FIRST.has(u.lower);
}

export function genderOfFirst(u: Unit): Gender {
  const g = firstNameGender(unitWord(u).lastLower);
  return g ?? undefined;
}

const ROLE_F = new Set(ROLE_STEMS_FEMALE);
const ROLE_M = new Set(ROLE_STEMS_MALE);
/** Suffix index: last three letters → the stems (longest first) ending in them. */
function suffixIndex(words: Iterable<string>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of words) {
    const k = w.slice(-3);
    const list = m.get(k) ?? [];
    list.push(w);
    m.set(k, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}
const ROLE_INDEX = suffixIndex([...ROLE_F, ...ROLE_M]);

export interface RoleInfo {
  gender: Gender;
  /** The whole word is a general role ("Chef", "Sprecher"). */
  weak: boolean;
}

/** A capitalised role word, or a compound ending in one ("SPD-Kreisvorsitzende", "Landtagskandidatin"). */
export function roleOf(u: Unit): RoleInfo | undefined {
  return roleOfWord(unitWord(u));
}
export function roleOfWord(w: Word): RoleInfo | undefined {
  if (w.role === undefined) w.role = roleTest(w) ?? null;
  return w.role ?? undefined;
}
function roleTest(u: Word): RoleInfo | undefined {
  if (u.type !== 'word' || !(u.cap || u.lower === 'ceo')) return undefined;
  const last = u.lastLower;
  const cands = ROLE_INDEX.get(last.slice(-3));
  if (cands === undefined) return undefined;
  // stems ending the last part, longest first; the remaining prefix must be 0 or ≥ 3 letters
  for (const s of cands) {
    const k = last.length - s.length;
    if (k < 0 || (k > 0 && k < 3) || !last.endsWith(s)) continue;
    const f = ROLE_F.has(s);
    const m = ROLE_M.has(s);
    if (f || m) {
      // "-in" forms are female; "Vorsitzende", "den/der Vorsitzenden" are either
      const gender: Gender = f && !m ? 'f' : m && !f ? (s.endsWith('e') || s.endsWith('en') ? undefined : 'm') : undefined;
      return { gender, weak: WEAK_ROLES.has(u.lower) };
    }
  }
  return undefined;
}

/** Ends with a common-noun suffix ("Bedeutung", "Gesellschaft", "Konzept"). */
const NOUN_INDEX = suffixIndex(NOUN_SUFFIXES);
export function hasNounSuffix(lower: string): boolean {
  const cands = NOUN_INDEX.get(lower.slice(-3));
  if (cands === undefined) return false;
  for (const s of cands) if (lower.length > s.length + 1 && lower.endsWith(s)) return true;
  return false;
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u;

/** A capitalised word that can be a surname. */
export function isSurnameLike(u: Unit): boolean {
  const w = unitWord(u);
  if (w.surname === undefined) w.surname = surnameTest(u, w);
  return w.surname;
}
function surnameTest(u: Unit, w: Word): boolean {
  if (!w.cap || w.type !== 'word' || w.value.length < 2) return false;
  if (!NAME_WORD.test(w.value)) return false; // no all-caps, no digits, no abbreviation dots
  if (NOT_SURNAMES.has(w.lower) || DEPARTMENTS.has(w.lower)) return false;
  if (roleOf(u) !== undefined || isOrgHead(u)) return false;
  if (hasNounSuffix(w.lower)) return false;
  return true;
}

/** A word ending with an institutional head ("Universität", "Landesministerium", "Stadtwerke"). */
const HEAD_INDEX = suffixIndex(ORG_HEAD_SUFFIXES);
export function isOrgHead(u: Unit): boolean {
  return isOrgHeadOfWord(unitWord(u));
}
export function isOrgHeadOfWord(w: Word): boolean {
  if (w.head === undefined) w.head = w.cap && w.type === 'word' && isOrgHeadWord(w.lastLower);
  return w.head;
}
export function isOrgHeadWord(lower: string): boolean {
  const cands = HEAD_INDEX.get(lower.slice(-3));
  if (cands === undefined) return false;
  for (const s of cands) if (lower.endsWith(s)) return true;
  return false;
}

// ---------- places ----------
export type PlaceStrength = 'strong' | 'weak';
/** place name (lower-case, words joined by one space) → printed name and strength. */
const PLACE: Map<string, { name: string; strength: PlaceStrength }> = new Map();
/** first word (lower) → longest number of words of a place starting with it. */
const PLACE_WORDS: Map<string, number> = new Map();

/** `form`: the words as written, when they are an inflected form of `name` ("Niederlanden" for "Niederlande"). */
function addPlace(name: string, strength: PlaceStrength, form = name): void {
  const key = form.toLowerCase();
  const words = key.split(' ');
  const first = words[0]!;
  const isAmb = AMBIGUOUS_PLACES.has(key) || (words.length === 1 && (FEMALE.has(key) || MALE.has(key)));
  const s: PlaceStrength = isAmb ? 'weak' : strength;
  const old = PLACE.get(key);
  if (old === undefined || (old.strength === 'weak' && s === 'strong')) PLACE.set(key, { name, strength: s });
  PLACE_WORDS.set(first, Math.max(PLACE_WORDS.get(first) ?? 0, words.length));
}
for (const n of places.weak) addPlace(n, 'weak');
for (const n of places.strong) addPlace(n, 'strong');
for (const n of [...STATES, ...COUNTRIES, ...DISTRICTS_AND_REGIONS]) addPlace(n, 'strong');
for (const [form, name] of COUNTRY_FORMS) addPlace(name, 'strong', form);

export interface PlaceMatch {
  name: string;
  strength: PlaceStrength;
  /** Units used. */
  length: number;
}

/**
 * The places of two words or more as a tree of words after the first ("bad" → "salzuflen"), so
 * placeAt walks the following units without building "bad salzuflen" keys (why: no garbage).
 * Each node holds the place ending there as a PlaceMatch (shared: never mutate), or null.
 */
interface PlaceNode {
  match: PlaceMatch | null;
  next: Map<string, PlaceNode> | null;
}
/** The tree after each first word of a place of two words or more. */
const PLACE_TREE: Map<string, Map<string, PlaceNode>> = new Map();
for (const [key, hit] of PLACE) {
  const words = key.split(' ');
  if (words.length < 2) continue;
  let level: Map<string, PlaceNode> | undefined = PLACE_TREE.get(words[0]!);
  if (level === undefined) PLACE_TREE.set(words[0]!, (level = new Map()));
  for (let k = 1; k < words.length; k++) {
    let node: PlaceNode | undefined = level.get(words[k]!);
    if (node === undefined) level.set(words[k]!, (node = { match: null, next: null }));
    if (k === words.length - 1) node.match = { name: hit.name, strength: hit.strength, length: words.length };
    else level = node.next ??= new Map();
  }
}

/** The longest place starting at unit i (words as units, compared lower-case). */
export function placeAt(units: readonly Unit[], i: number): PlaceMatch | undefined {
  const u = units[i]!;
  if (!u.cap) return undefined;
  const w = unitWord(u);
  if (w.placeMax < 0) placeWordInfo(w);
  const max = w.placeMax;
  if (max === 0) return undefined;
  const best = w.place1 ?? undefined;
  if (max === 1) return best;
  return longerPlaceAt(units, i, w, max, best);
}

/** A place of two words or more starting at unit i (word w), else `best`. */
function longerPlaceAt(units: readonly Unit[], i: number, w: Word, max: number, best: PlaceMatch | undefined): PlaceMatch | undefined {
  let level = PLACE_TREE.get(w.lower);
  for (let k = 1; k < max && i + k < units.length && level !== undefined; k++) {
    const v = units[i + k]!;
    if (v.type !== 'word' && v.type !== 'number' && v.value !== '(' && v.value !== ')') break;
    // a number written with a space ("2 500") would take two words of a key: ask the key as before
    if (v.type === 'number' && v.lower.includes(' ')) return placeByKeyAt(units, i, w, max, best, k);
    const node = level.get(v.lower);
    if (node === undefined) break;
    if (node.match !== null) best = node.match;
    level = node.next ?? undefined;
  }
  return best;
}

/** placeAt by whole keys ("bad salzuflen"), from the k-th unit after i on (after the tree matched the units before). */
function placeByKeyAt(units: readonly Unit[], i: number, w: Word, max: number, best: PlaceMatch | undefined, from: number): PlaceMatch | undefined {
  let key = w.lower;
  for (let k = 1; k < max && i + k < units.length; k++) {
    const v = units[i + k]!;
    if (v.type !== 'word' && v.type !== 'number' && v.value !== '(' && v.value !== ')') break;
    key += ' ' + v.lower;
    if (k < from) continue;
    const hit = PLACE.get(key);
    if (hit) best = { name: hit.name, strength: hit.strength, length: k + 1 };
  }
  return best;
}

/** The most words of a place starting with word w (0: none; placeAt finds none there). */
export function placeLengthOf(w: Word): number {
  if (w.placeMax < 0) placeWordInfo(w);
  return w.placeMax;
}

/** The one-word facts placeAt needs, once per word: the longest place starting with it, and itself as a place. */
function placeWordInfo(w: Word): void {
  w.placeMax = PLACE_WORDS.get(w.lower) ?? 0;
  const hit = w.placeMax > 0 ? PLACE.get(w.lower) : undefined;
  w.place1 = hit === undefined ? null : { name: hit.name, strength: hit.strength, length: 1 };
}

/** A single word that is a place name (any strength). */
export function placeWord(lower: string): { name: string; strength: PlaceStrength } | undefined {
  return PLACE.get(lower);
}

// ---------- words ----------
/**
 * What the lexicons say about one written word (a unit's value). Made once per distinct word and
 * kept across calls (bounded), so a lexicon test costs a property read instead of Set look-ups for
 * every unit of every document. Lazy fields start as undefined / -1 / null: one object shape.
 * Modules keep their own word facts in `org`, `person` and `place` (filled on first use).
 */
export class Word {
  readonly value: string;
  readonly lower: string;
  readonly type: TokenType;
  // the fields each layer reads first of a word stand here, near the object's start (and its map), so a word
  // first met in a document costs one cache line, not two: the look-up compares `type`, then organisations
  // read `orgGate`, persons `person`, locations `placeNone`
  /** The organisations' gate bits (GATE_* in organizations/index.ts); -1: not computed yet. */
  orgGate: number;
  person: number;
  /** PlaceWord.none of the word (locations/index.ts): 1 true, 0 false, -1 not computed yet. */
  placeNone: number;
  place: import('../locations/index.js').PlaceWord | undefined;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Hyphen parts of a joined compound; [value] for a single token. Shared by all units of the word: never mutate. */
  readonly parts: string[];
  /** The last part, lower-case. */
  readonly lastLower: string;
  first: boolean | undefined;
  role: RoleInfo | null | undefined;
  surname: boolean | undefined;
  head: boolean | undefined;
  /** placeAt for this word: the most words of a place starting with it (0: none, -1: not looked up) … */
  placeMax: number;
  /** … and the one-word place it is itself. */
  place1: PlaceMatch | null;
  org: import('../organizations/index.js').OrgWord | undefined;

  constructor(value: string, lower: string, type: TokenType, joined: boolean) {
    this.value = value;
    this.lower = lower;
    this.type = type;
    this.orgGate = -1;
    this.person = -1;
    this.placeNone = -1;
    this.place = undefined;
    const c0 = value.charCodeAt(0);
    this.cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER.test(value);
    this.parts = joined ? value.split('-') : [value];
    this.lastLower = joined ? this.parts[this.parts.length - 1]!.toLowerCase() : lower;
    this.first = undefined;
    this.role = undefined;
    this.surname = undefined;
    this.head = undefined;
    this.placeMax = -1;
    this.place1 = null;
    this.org = undefined;
  }
}

const UPPER = /^\p{Lu}/u;
const MAX_WORDS = 50_000;
/** Single tokens and hyphen-joined compounds apart: "Dipl.-Ing." may be either, with other parts. */
const SINGLE_WORDS = new Map<string, Word>();
const JOINED_WORDS = new Map<string, Word>();

/** The Word of a unit, looked up on first use (most lower-case units never need theirs). */
export function unitWord(u: Unit): Word {
  return u.word ?? (u.word = wordOf(u.value, u.type, u.last - u.first > 1));
}

/** Parts of a unit's hyphen compound ("SPD", "Kreisvorsitzende"); one part for a plain word. Shared: never mutate. */
export function partsOf(u: Unit): string[] {
  return unitWord(u).parts;
}

/**
 * A two-way table in front of SINGLE_WORDS, by a hash of the length and five letters of the word
 * (why: a Map look-up hashes the whole fresh string and probes a table too large for the CPU caches;
 * most words of a text are among the few thousand seen last). Each set of two slots keeps the word
 * used last in front; a miss pushes the front one back (bench corpus: 3% of look-ups reach the Map, joined
 * compounds included, against 13% with one way of 8192).
 */
const RECENT_SETS = 8192;
const RECENT: Array<Word | undefined> = new Array<Word | undefined>(RECENT_SETS * 2).fill(undefined);
/**
 * The value of the word in each slot of RECENT ('' when empty), so a look-up compares strings without
 * loading the Word first (why: word, then its string, were two cache misses one after the other; the key
 * and the Word now load side by side).
 */
const RECENT_KEYS: string[] = new Array<string>(RECENT_SETS * 2).fill('');

function recentSlot(value: string, n: number): number {
  let h = Math.imul(n, 0x2f0b3c91) ^ value.charCodeAt(0);
  h = Math.imul(h, 31) + value.charCodeAt(n >> 1);
  h = Math.imul(h, 31) + value.charCodeAt(n - 1);
  if (n > 2) { h = Math.imul(h, 31) + value.charCodeAt(1); h = Math.imul(h, 31) + value.charCodeAt(n - 2); }
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return ((h ^ (h >>> 13)) & (RECENT_SETS - 1)) << 1;
}

function wordOf(value: string, type: TokenType, joined: boolean): Word {
  const n = value.length;
  if (joined || n === 0) return wordOfMap(value, type, joined);
  const slot = recentSlot(value, n);
  // a key that matches belongs to a Word in the same slot
  const a = RECENT[slot];
  if (RECENT_KEYS[slot] === value && a!.type === type) return a!;
  const b = RECENT[slot + 1];
  const keyA = RECENT_KEYS[slot]!;
  if (RECENT_KEYS[slot + 1] === value && b!.type === type) {
    setRecent(slot + 1, a, keyA);
    setRecent(slot, b, b!.value);
    return b!;
  }
  const w = wordOfMap(value, type, joined);
  setRecent(slot + 1, a, keyA);
  setRecent(slot, w, w.value);
  return w;
}

function setRecent(slot: number, w: Word | undefined, key: string): void {
  RECENT[slot] = w;
  RECENT_KEYS[slot] = key;
}

function wordOfMap(value: string, type: TokenType, joined: boolean): Word {
  const cache = joined ? JOINED_WORDS : SINGLE_WORDS;
  const w = cache.get(value);
  if (w !== undefined && w.type === type) return w;
  if (cache.size >= MAX_WORDS) cache.clear();
  // a copy, not a slice of the document: the cache must not keep whole texts alive
  const key = ownCopy(value);
  const made = new Word(key, key.toLowerCase(), type, joined);
  cache.set(key, made);
  return made;
}

// ---------- per-unit bits ----------
/**
 * Bits a unit gets when it is made (Unit.lex), so the rules can pass over the many units that no
 * rule starts at without looking up their Word: lower-case words are looked up in one small map.
 */
/** A legal form can start here (its first word), or a known lower-case organisation name ("dpa"). */
export const LEX_ORG = 1;
/** A vowelless lower-case word that may be an organisation ("krz"), see organizations. */
export const LEX_LOWER_ACRONYM = 2;
/** A title, an honorific or a speech verb: persons look at the unit although it is lower-case. */
export const LEX_PERSON = 4;
/** "Kreis", "Landkreise", …: a list of districts follows. */
export const LEX_DISTRICT = 8;
/** "er", "sie", "ceo": lower-case words that persons' roles referring back look at (the other lower-case words they skip). */
export const LEX_REFER = 16;

const LEX_WORDS = new Map<string, number>();
function addLex(words: Iterable<string>, bit: number): void {
  for (const w of words) LEX_WORDS.set(w, (LEX_WORDS.get(w) ?? 0) | bit);
}
addLex([...LEGAL_FORMS.keys()].map((k) => k.split(' ')[0]!), LEX_ORG);
addLex([...KNOWN_ORG_NAMES].map((n) => n.toLowerCase()), LEX_ORG);
addLex([...TITLES, ...HONORIFICS.keys(), ...SURNAME_SPEECH_VERBS, ...REFLEXIVE_SPEECH_VERBS, ...ATTRIBUTION_WORDS], LEX_PERSON);
addLex(DISTRICT_CUES, LEX_DISTRICT);
addLex(['er', 'sie', 'ceo'], LEX_REFER);

/**
 * A filter in front of LEX_WORDS: a bit per (length, first and last letter) of its words, so most
 * units skip the Map look-up (why: hashing every token's lower-case form was a third of buildUnits).
 */
const LEX_FILTER = new Uint8Array(8192);
/** A word's key from its length and first and last char codes (also the organisations' word filters). */
export function wordSlot(n: number, first: number, last: number): number {
  return ((n & 31) * 977 + first * 31 + last) & 65535;
}
function lexSlot(lower: string): number {
  const n = lower.length;
  return wordSlot(n, lower.charCodeAt(0), lower.charCodeAt(n - 1));
}
// the listed words are read here, not through lexSlot: V8 keeps the string kinds a read has seen (four at most,
// then the read goes generic), and the lists' literal strings are a kind the token forms are not
for (const w of LEX_WORDS.keys()) if (w.length > 0) { const s = wordSlot(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1)); LEX_FILTER[s >>> 3] |= 1 << (s & 7); }

/** The words with lex bits (for the test that they are all 'word' tokens: buildUnits asks only those). */
export function lexListedWords(): string[] {
  return [...LEX_WORDS.keys()];
}

/** The lex bits of a unit with this value and lower-case form; `first` is its first part. */
export function lexBits(lower: string, first: string): number {
  let bits = 0;
  const s = lower.length > 0 ? lexSlot(lower) : -1;
  if (s < 0 || (LEX_FILTER[s >>> 3]! & (1 << (s & 7))) !== 0) bits = LEX_WORDS.get(lower) ?? 0;
  if (first.length >= 2 && first.length <= 5 && isLowerAcronym(first)) bits |= LEX_LOWER_ACRONYM | LEX_ORG;
  return bits;
}

const VOWEL = /[aeiouyäöü]/u;
const ALL_LOWER = /^\p{Ll}+$/u;
/** A vowelless lower-case word of two to five letters that is not a common abbreviation ("krz", not "bzw"). */
export function isLowerAcronym(value: string): boolean {
  if (value.length < 2 || value.length > 5) return false;
  // ASCII fast path: a-z only, no vowel (the regexes below say the same)
  let ascii = true;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (c >= 97 && c <= 122) {
      if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) return false;
    } else if (c < 128) return false; // upper case, digit or sign: not all lower-case letters
    else ascii = false;
  }
  if (!ascii) {
    const c0 = value[0]!;
    if (c0 === c0.toUpperCase()) return false;
    if (VOWEL.test(value) || !ALL_LOWER.test(value)) return false;
  }
  return !VOWELLESS_WORDS.has(value);
}
