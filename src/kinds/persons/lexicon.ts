/**
 * Look-up structures over the name lexicons, built once per process (module constants).
 * All look-ups are O(1) Set/Map hits, or O(word length) for suffix tests.
 */
import firstNames from '../../lexicon/first-names.json' with { type: 'json' };
import places from '../../lexicon/places.json' with { type: 'json' };
import { ROLE_STEMS_FEMALE, ROLE_STEMS_MALE, WEAK_ROLES } from '../../lexicon/roles.js';
import { DEPARTMENTS, NOUN_SUFFIXES, NOT_SURNAMES } from '../../lexicon/person-words.js';
import { ORG_HEAD_SUFFIXES } from '../../lexicon/org-words.js';
import { COUNTRIES, DISTRICTS_AND_REGIONS, STATES } from '../../lexicon/regions.js';
import { AMBIGUOUS_PLACES } from '../../lexicon/place-ambiguous.js';
import type { Unit } from './units.js';

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
  if (u.cFirst === undefined) u.cFirst = firstNameTest(u);
  return u.cFirst;
}
function firstNameTest(u: Unit): boolean {
  if (!u.cap || u.type !== 'word') return false;
  if (u.parts.length === 1) return FEMALE.has(u.lower) || MALE.has(u.lower);
  for (const p of u.parts) {
    const l = p.toLowerCase();
    if (!FEMALE.has(l) && !MALE.has(l)) return false;
  }
  return true;
}

export function isAmbiguousFirstName(u: Unit): boolean {
  return u.parts.length === 1 && AMBIGUOUS_FIRST.has(u.lower);
}

export function genderOfFirst(u: Unit): Gender {
  const g = firstNameGender(u.parts[u.parts.length - 1]!.toLowerCase());
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
  if (u.cRole === undefined) u.cRole = roleTest(u) ?? null;
  return u.cRole ?? undefined;
}
function roleTest(u: Unit): RoleInfo | undefined {
  if (u.type !== 'word' || !(u.cap || u.lower === 'ceo')) return undefined;
  const last = u.parts.length === 1 ? u.lower : u.parts[u.parts.length - 1]!.toLowerCase();
  const cands = ROLE_INDEX.get(last.slice(-3));
  if (cands === undefined) return undefined;
  // stems ending the last part, longest first; the remaining prefix must be 0 or ≥ 3 letters
  for (const s of cands) {
    const k = last.length - s.length;
    if (k < 0 || (k > 0 && k < 3) || !last.endsWith(s)) continue;
    const f = ROLE_F.has(s);
    const m = ROLE_M.has(s);
    if (f || m) {
      // "-in" forms are female; "Vorsitzende" is either
      const gender: Gender = f && !m ? 'f' : m && !f ? (s.endsWith('e') ? undefined : 'm') : undefined;
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
  if (u.cSurname === undefined) u.cSurname = surnameTest(u);
  return u.cSurname;
}
function surnameTest(u: Unit): boolean {
  if (!u.cap || u.type !== 'word' || u.value.length < 2) return false;
  if (!NAME_WORD.test(u.value)) return false; // no all-caps, no digits, no abbreviation dots
  if (NOT_SURNAMES.has(u.lower) || DEPARTMENTS.has(u.lower)) return false;
  if (roleOf(u) !== undefined || isOrgHead(u)) return false;
  if (hasNounSuffix(u.lower)) return false;
  return true;
}

/** A word ending with an institutional head ("Universität", "Landesministerium", "Stadtwerke"). */
const HEAD_INDEX = suffixIndex(ORG_HEAD_SUFFIXES);
export function isOrgHead(u: Unit): boolean {
  if (u.cHead === undefined) u.cHead = u.cap && u.type === 'word' && headTest(u.parts.length === 1 ? u.lower : u.parts[u.parts.length - 1]!.toLowerCase(), u);
  return u.cHead;
}
export function isOrgHeadWord(lower: string): boolean {
  const cands = HEAD_INDEX.get(lower.slice(-3));
  if (cands === undefined) return false;
  for (const s of cands) if (lower.endsWith(s)) return true;
  return false;
}
function headTest(last: string, u: Unit): boolean {
  if (!u.cap || u.type !== 'word') return false;
  return isOrgHeadWord(last);
}

// ---------- places ----------
export type PlaceStrength = 'strong' | 'weak';
/** place name (lower-case, words joined by one space) → printed name and strength. */
const PLACE: Map<string, { name: string; strength: PlaceStrength }> = new Map();
/** first word (lower) → longest number of words of a place starting with it. */
const PLACE_WORDS: Map<string, number> = new Map();

function addPlace(name: string, strength: PlaceStrength): void {
  const key = name.toLowerCase();
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

export interface PlaceMatch {
  name: string;
  strength: PlaceStrength;
  /** Units used. */
  length: number;
}

/** The longest place starting at unit i (words as units, compared lower-case). */
export function placeAt(units: readonly Unit[], i: number): PlaceMatch | undefined {
  const u = units[i]!;
  if (u.cPlace !== undefined) return u.cPlace ?? undefined; // asked by persons, organisations and places alike
  const found = placeAtUncached(units, i, u);
  u.cPlace = found ?? null;
  return found;
}

function placeAtUncached(units: readonly Unit[], i: number, u: Unit): PlaceMatch | undefined {
  if (!u.cap) return undefined;
  const max = PLACE_WORDS.get(u.lower);
  if (max === undefined) return undefined;
  let key = u.lower;
  let best: PlaceMatch | undefined;
  const hit0 = PLACE.get(key);
  if (hit0) best = { ...hit0, length: 1 };
  for (let k = 1; k < max && i + k < units.length; k++) {
    const v = units[i + k]!;
    if (v.type !== 'word' && v.type !== 'number' && v.value !== '(' && v.value !== ')') break;
    key += ' ' + v.lower;
    const hit = PLACE.get(key);
    if (hit) best = { ...hit, length: k + 1 };
  }
  return best;
}

/** A single word that is a place name (any strength). */
export function placeWord(lower: string): { name: string; strength: PlaceStrength } | undefined {
  return PLACE.get(lower);
}
