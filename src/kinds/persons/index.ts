/**
 * Persons from the evidence a careful reader uses, never from a capital letter alone:
 * - persons/first-name: a first name from the lexicon + a surname ("Ellen Stock", "Hans-Peter Müller-Lüdenscheidt")
 * - persons/title: a title or honorific + a name ("Prof. Dr. Anna Keller", "Herr Brandt", "Dipl.-Ing. Weber")
 * - persons/role: a role right before a surname ("Bürgermeisterin Schulte", "Landrat Meier")
 * - persons/speech-verb: a speech verb before a surname ("nannte Harnisch", "„…“, so Harnisch.")
 * - persons/surname: later mentions by surname alone, also in the genitive ("Stock", "Musters")
 * Roles come from the words before ("SPD-Kreisvorsitzende und Landtagskandidatin Ellen Stock") and after
 * ("Max Muster, Vorstandsvorsitzender der X AG") the name, and from "der Geschäftsleiter" referring back.
 * The press-contact block is skipped: its person is a contact, not a person of the story.
 */
import type { PersonFact } from '../../facts.js';
import type { Context } from '../../engine/context.js';
import { CREDIT_LINE_HEADS, HONORIFICS, PARTICLES, PARTICLE_STARTERS, TITLES, TITLE_STARTERS } from '../../lexicon/person-words.js';
import { ATTRIBUTION_WORDS, REFLEXIVE_SPEECH_VERBS, SPEECH_VERBS, SURNAME_SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import type { Unit } from './units.js';
import { genderOfFirst, isAmbiguousFirstName, isFirstName, isFirstNameWord, isOrgHead, isSurnameLike, LEX_PERSON, LEX_REFER, placeAt, roleOf, roleOfWord, unitWord, partsOf, type Gender, type Word } from './lexicon.js';
import type { OrgSpan } from '../organizations/index.js';
import { isAcronymOrg } from '../organizations/index.js';
import { zeroedBytes } from '../../engine/scratch.js';

export interface PersonMention {
  person: number;
  /** Unit range [first, last) of the name (without title/roles). */
  first: number;
  last: number;
}

export interface PersonsResult {
  persons: PersonFact[];
  genders: Gender[];
  mentions: PersonMention[];
  /** 1 for units that belong to a person's name. */
  mask: Uint8Array;
}

interface Draft {
  firsts: string[];
  surname: string;
  title: string[];
  roles: string[];
  organization: string | undefined;
  gender: Gender;
  rule: string;
  spans: Array<[number, number]>;
}

const ARTICLE_GENDER: ReadonlyMap<string, Gender> = new Map([['der', 'm'], ['die', 'f'], ['des', 'm'], ['dem', 'm'], ['den', 'm']]);
const BEFORE_BARE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'eines', 'einer', 'im', 'am', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans', 'aufs', 'kein', 'keine', 'jeder', 'jede', 'dieser', 'diese', 'dieses', 'unser', 'unsere', 'ihr', 'ihre', 'sein', 'seine', 'mein', 'meine', 'neuen', 'neue', 'neuer']);
const DETERMINERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'kein', 'keine', 'keinen', 'viele', 'alle', 'mehr', 'neue', 'neuen', 'weitere', 'weiteren', 'unsere', 'unseren', 'seine', 'seinen', 'ihre', 'ihren', 'diese', 'dieser', 'diesen', 'dieses', 'jede', 'jeden', 'jeder']);
const AFTER_NAME_STOP = new Set(['straße', 'str.', 'platz', 'allee', 'weg', 'ring', 'institut', 'gymnasium', 'schule', 'realschule', 'gesamtschule', 'stiftung', 'preis', 'haus', 'halle', 'arena', 'stadion', 'center', 'centre', 'park', 'brücke', 'kaserne', 'gmbh', 'ag', 'kg', 'klinik']);
const NAME_LINK_TO_ORG = new Set(['der', 'des', 'bei', 'von', 'vom', 'im', 'am', 'beim', 'für']);

interface NameParse {
  first: number;
  last: number;
  firsts: string[];
  surname: string;
  gender: Gender;
}

// What the person rules ask of a word, as bits on Word.person (computed once per word).
const TITLE = 1;
const HONORIFIC = 2;
/** A title that can start a title run ("Dr.", "Prof.", "Dipl.-…"). */
const TITLE_START = 4;
const SURNAME_VERB = 8;
const REFLEXIVE_VERB = 16;
const ATTRIBUTION = 32;
const SPEECH = 64;
const DETERMINER = 128;
const BEFORE_BARE_WORD = 256;
const STOP_AFTER = 512;
const OK_AFTER = 1024;
const LINK_TO_ORG = 2048;
/** PARTICLES / PARTICLE_STARTERS, as written. */
const PARTICLE = 4096;
const PARTICLE_START = 8192;
const CREDIT_HEAD = 16384;
/** A first name (isFirstName). */
const FIRST_NAME = 32768;
/** A capitalised role that is not a weak one ("Bürgermeisterin", not "Chef"): a surname may follow. */
const STRONG_ROLE = 65536;
/** Pass 1 can start a name at the word (nameWithEvidenceAt tries nothing else; why: most capitalised words are nouns, skipped on one bit test). */
const NAME_START = TITLE | HONORIFIC | FIRST_NAME | STRONG_ROLE | SURNAME_VERB | REFLEXIVE_VERB | ATTRIBUTION;

function personBits(u: Unit): number {
  const w = unitWord(u);
  if (w.person < 0) w.person = bitsOf(w);
  return w.person;
}
function bitsOf(w: Word): number {
  const b = listBitsOf(w.value, w.lower);
  const r = w.cap ? roleOfWord(w) : undefined;
  return b | (isFirstNameWord(w) ? FIRST_NAME : 0) | (r !== undefined && !r.weak ? STRONG_ROLE : 0);
}
function listBitsOf(value: string, lower: string): number {
  let b = 0;
  if (TITLES.has(lower)) b |= TITLE;
  if (HONORIFICS.has(lower)) b |= HONORIFIC;
  // "DI" (the Austrian Diplom-Ingenieur) only in capitals: "di" is a particle ("Giovanni di Lorenzo")
  // Austrian "KR" (Kommerzialrat) and "ÖkR" likewise
  if (TITLE_STARTERS.has(lower) || lower.startsWith('dipl.') || value === 'DI' || value === 'KR' || value === 'ÖkR') b |= TITLE_START;
  if (SURNAME_SPEECH_VERBS.has(lower)) b |= SURNAME_VERB;
  if (REFLEXIVE_SPEECH_VERBS.has(lower)) b |= REFLEXIVE_VERB;
  if (ATTRIBUTION_WORDS.has(lower)) b |= ATTRIBUTION;
  if (SPEECH_VERBS.has(lower)) b |= SPEECH;
  if (DETERMINERS.has(lower)) b |= DETERMINER;
  if (BEFORE_BARE.has(lower)) b |= BEFORE_BARE_WORD;
  if (AFTER_NAME_STOP.has(lower)) b |= STOP_AFTER;
  if (AFTER_NAME_OK.has(lower)) b |= OK_AFTER;
  if (NAME_LINK_TO_ORG.has(lower)) b |= LINK_TO_ORG;
  if (PARTICLES.has(value)) b |= PARTICLE;
  if (PARTICLE_STARTERS.has(value)) b |= PARTICLE_START;
  if (CREDIT_LINE_HEADS.has(lower)) b |= CREDIT_HEAD;
  return b;
}
function hasBit(u: Unit | undefined, bit: number): boolean {
  return u !== undefined && (personBits(u) & bit) !== 0;
}

/** The end of parseSurname's surname (set with its text). */
let surnameText = '';
/** Particles and a surname from unit j: "von der Leyen", "Müller-Lüdenscheidt". The end (exclusive), or -1; the text in surnameText. */
function parseSurname(units: readonly Unit[], j: number): number {
  let k = j;
  if (k < units.length && hasBit(units[k], PARTICLE_START)) {
    k++;
    while (k < units.length && hasBit(units[k], PARTICLE) && k - j < 3) k++;
  }
  const s = units[k];
  if (s === undefined || !isSurnameLike(s) || s.boilerplate) return -1;
  // Westphalian double surnames written without a hyphen: "Schulze Brömmelkamp", "Große Vorholt"
  const second = DOUBLE_SURNAME_FIRSTS.has(s.lower) ? units[k + 1] : undefined;
  if (second !== undefined && second.breaks === 0 && !second.starts && isSurnameLike(second) && !second.boilerplate && roleOf(second) === undefined && !isOrgHead(second) && placeAt(units, k + 1) === undefined) k++;
  if (k === j) surnameText = s.value;
  else {
    const parts: string[] = [];
    for (let m = j; m <= k; m++) parts.push(units[m]!.value);
    surnameText = parts.join(' ');
  }
  return k + 1;
}

/** First parts of Westphalian double surnames, which are written with a space. */
const DOUBLE_SURNAME_FIRSTS: ReadonlySet<string> = new Set(['schulze', 'schulte', 'große', 'grosse', 'lütke']);

/** First names + surname at unit i. */
function parseFull(units: readonly Unit[], i: number): NameParse | undefined {
  let k = i;
  // "Hans Peter Müller": take a first name only if a surname can follow it
  while (k < units.length && k - i < 3 && isFirstName(units[k]!) && !units[k]!.boilerplate) {
    if (parseSurname(units, k + 1) < 0) break;
    k++;
    if (!isFirstName(units[k]!) || parseSurname(units, k + 1) < 0) break;
  }
  if (k === i) return undefined;
  const last = parseSurname(units, k);
  if (last < 0) return undefined;
  const firsts: string[] = [];
  for (let m = i; m < k; m++) firsts.push(units[m]!.value);
  return { first: i, last, firsts, surname: surnameText, gender: genderOfFirst(units[i]!) };
}

function nameAt(units: readonly Unit[], i: number): NameParse | undefined {
  const full = parseFull(units, i);
  if (full) return full;
  const last = parseSurname(units, i);
  if (last < 0) return undefined;
  return { first: i, last, firsts: [], surname: surnameText, gender: undefined };
}

/** Capitalised words that may follow a name without making it part of a longer name. */
const AFTER_NAME_OK = new Set(['ende', 'anfang', 'mitte', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jänner']);

function endsName(units: readonly Unit[], last: number): boolean {
  const n = units[last];
  if (n === undefined) return true;
  const b = personBits(n);
  if (n.type === 'word' && n.cap && !n.starts) {
    if ((b & STOP_AFTER) !== 0) return false;
    if ((b & OK_AFTER) !== 0) return true;
    // "Ellen Stock" + capitalised noun: only if the noun clearly starts something else (a role, an org)
    return roleOf(n) !== undefined;
  }
  return (b & STOP_AFTER) === 0;
}

/** Adjectives that are part of a role ("Kaufmännischer Direktor", "stellvertretende Vorsitzende"), as stems. */
const ROLE_ADJECTIVE_STEMS: readonly string[] = ['stellvertretend', 'kaufmännisch', 'ärztlich', 'technisch', 'wissenschaftlich', 'künstlerisch', 'pflegerisch', 'geschäftsführend', 'kommissarisch', 'leitend', 'medizinisch', 'ehrenamtlich', 'hauptamtlich'];
/** Adjectives that are part of a role only when capitalised as a title: "Erste Kreisrätin", "Vorsitzende Richterin" ("die erste Bürgermeisterin" is an ordinal). */
const TITLE_ADJECTIVE_STEMS: readonly string[] = ['erst', 'vorsitzend', 'zweit'];
function isRoleAdjective(u: Unit): boolean {
  if (u.type !== 'word') return false;
  const w = u.lower;
  if (!(w.endsWith('e') || w.endsWith('er') || w.endsWith('en'))) return false;
  for (const s of ROLE_ADJECTIVE_STEMS) if (w.startsWith(s) && w.length <= s.length + 2) return true;
  if (u.cap) for (const s of TITLE_ADJECTIVE_STEMS) if (w.startsWith(s) && w.length <= s.length + 2) return true;
  return false;
}

/** Words that open a role's complement ("Leiter der Feuerwehr", "Staatssekretärin im Wirtschaftsministerium"). */
const COMPLEMENT_STARTS: ReadonlySet<string> = new Set(['des', 'der', 'im', 'am', 'bei', 'beim', 'von', 'vom', 'für', 'an', 'auf']);
/** The only lower-case words a role's complement may hold: a verb there makes it a clause ("Der Leiter lobte die Helfer, …"). */
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set([...COMPLEMENT_STARTS, 'die', 'das', 'dem', 'den', 'und', 'in', 'zu', 'zur', 'zum', 'für']);

/** Adjectives a complement may hold: "im niedersächsischen Wirtschaftsministerium", "der städtischen Kliniken". */
const COMPLEMENT_ADJECTIVE = /(?:isch|lich)(?:e|en|er|es|em)$/u;

/**
 * The role that starts a complement ending at the comma at unit `comma`: its unit, or -1. "Oberbürgermeister der
 * Stadt Plauen, Jens Albrecht", "Direktor des Bereichs Glas und Keramik, Dr. Ulrich Behrend".
 */
function roleWithComplementBefore(units: readonly Unit[], comma: number): number {
  const sentence = units[comma]!.sentence;
  for (let m = comma - 2; m >= 0 && comma - m <= 10; m--) {
    const v = units[m]!;
    if (v.sentence !== sentence || v.boilerplate || v.value === ',' || v.breaks > 0) return -1;
    if (v.type === 'word' && !v.cap && !COMPLEMENT_WORDS.has(v.lower) && !COMPLEMENT_ADJECTIVE.test(v.lower)) return -1;
    if (v.cap && roleOf(v) !== undefined && COMPLEMENT_STARTS.has(units[m + 1]!.lower)) return m;
  }
  return -1;
}

/** Verbs joining a role in the clause's first place to the name after them: "Sprecherin des Bereichs ist Dr. X". */
const COPULAS_BEFORE_NAME: ReadonlySet<string> = new Set(['ist', 'wird', 'bleibt', 'war', 'wurde', 'sei', 'bleibe']);
/** "Neue", "Neuer": before the role, not part of it. */
const NEW_WORDS: ReadonlySet<string> = new Set(['neue', 'neuer', 'neuen']);

/**
 * The role phrase that opens a sentence and ends at the copula at unit `copula`, as units [first, copula), or -1:
 * "Sprecherin des Forschungsbereichs ist Prof. Dr. Henrike Saalfeld", "Neue stellvertretende Vorsitzende ist Jana
 * Haußmann" (the role: "stellvertretende Vorsitzende"). Only a role, its adjective and a genitive complement.
 */
function roleBeforeCopula(units: readonly Unit[], copula: number): number {
  let s = copula - 1;
  while (s > 0 && copula - s < 7 && !units[s]!.starts) s--;
  const open = units[s];
  if (open === undefined || !open.starts || open.boilerplate) return -1;
  for (let m = s; m < copula; m++) if (units[m]!.type !== 'word') return -1;
  let r = s;
  if (units[r]!.lower === 'der' || units[r]!.lower === 'die') r++; // "Der Vorsitzende des Vereins ist …"
  if (NEW_WORDS.has(units[r]!.lower)) r++;
  const first = r;
  if (r + 1 < copula && isRoleAdjective(units[r]!) && roleOf(units[r + 1]!) !== undefined) r++;
  if (r >= copula || !units[r]!.cap || roleOf(units[r]!) === undefined) return -1;
  // after the role: nothing, or a genitive complement of capitalised words ("des Forschungsbereichs", "der Stadtwerke Lemgo")
  if (r + 1 < copula) {
    const c = units[r + 1]!.lower;
    if (c !== 'des' && c !== 'der') return -1;
    for (let m = r + 2; m < copula; m++) if (!units[m]!.cap) return -1;
  }
  return first;
}

/** The text of units [a, b) as written. */
function unitsText(st: PersonScan, a: number, b: number): string {
  const tokens = st.ctx.tokens;
  return st.ctx.text.slice(tokens[st.units[a]!.first]!.start, tokens[st.units[b - 1]!.last - 1]!.end);
}

/** The state of one findPersons call, passed to its steps (no closures: small functions compile cheaply). */
interface PersonScan {
  ctx: Context;
  units: readonly Unit[];
  orgMask: Uint8Array;
  /** 1 for units taken by a person's name. */
  mask: Uint8Array;
  orgStart: Map<number, OrgSpan>;
  drafts: Draft[];
  /** Capitalised words the text itself uses as nouns ("die Zahlen", "ein Dank"), made after DIRECT_QUERIES questions. */
  nouns: Set<string> | undefined;
  /** How often each capitalised word occurs, made after DIRECT_QUERIES questions. */
  capCount: Map<string, number> | undefined;
  nounQueries: number;
  capQueries: number;
  /** The last lineHeadIndex() answer (unit asked, its line's first unit): names come left to right. */
  lineAsked: number;
  lineHead: number;
}

/**
 * The first questions about nouns and counts of a text are answered by a pass comparing strings;
 * only a text that asks more gets the Set/Map (why: most texts ask once or twice, and hashing every
 * capitalised word of the text cost more than the passes; the bound keeps a hostile text linear).
 */
const DIRECT_QUERIES = 8;

/** No organisation, person or press contact on units [a, b). */
function free(st: PersonScan, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (st.orgMask[k] === 1 || st.mask[k] === 1 || st.units[k]!.boilerplate) return false;
  return true;
}

/** A bare surname that the text also uses as a noun is no name ("die Zahlen"). */
function bareOk(st: PersonScan, p: NameParse): boolean {
  if (p.firsts.length > 0) return true;
  const lower = p.surname.toLowerCase();
  if (st.nouns === undefined && st.nounQueries < DIRECT_QUERIES) { st.nounQueries++; return !usedAsNoun(st.units, lower); }
  st.nouns ??= textNouns(st.units);
  return !st.nouns.has(lower);
}
/** textNouns(units).has(lower), by one pass. */
function usedAsNoun(units: readonly Unit[], lower: string): boolean {
  for (let k = 1; k < units.length; k++) {
    const v = units[k]!;
    if (!v.cap || v.type !== 'word' || v.lower !== lower) continue;
    const d = units[k - 1]!;
    if (hasBit(d, DETERMINER) && (!d.cap || d.starts)) return true;
  }
  return false;
}
function textNouns(units: readonly Unit[]): Set<string> {
  const nouns = new Set<string>();
  for (let k = 1; k < units.length; k++) {
    const v = units[k]!;
    if (!v.cap || v.type !== 'word') continue;
    const d = units[k - 1]!;
    if (hasBit(d, DETERMINER) && (!d.cap || d.starts)) nouns.add(v.lower);
  }
  return nouns;
}
function capCountOf(st: PersonScan, lower: string): number {
  if (st.capCount === undefined && st.capQueries < DIRECT_QUERIES) {
    st.capQueries++;
    let n = 0;
    for (const v of st.units) if (v.cap && v.type === 'word' && v.lower === lower) n++;
    return n;
  }
  if (st.capCount === undefined) {
    const counts = new Map<string, number>();
    for (const v of st.units) if (v.cap && v.type === 'word') counts.set(v.lower, (counts.get(v.lower) ?? 0) + 1);
    st.capCount = counts;
  }
  return st.capCount.get(lower) ?? 0;
}

function addPerson(st: PersonScan, p: NameParse, rule: string, title: string[], gender: Gender, before: number): void {
  const units = st.units;
  if (hasBit(units[lineHeadIndex(st, p.first)], CREDIT_HEAD) && units[p.first]!.sentence === units[firstOfLine(units, p.first)]!.sentence) { st.mask.fill(1, p.first, p.last); return; }
  // roles before the name (and titles/honorifics before them)
  const roles: string[] = [];
  let organization: string | undefined;
  let g = gender ?? p.gender;
  let k = before - 1;
  // "Landrätin des Vogtlandkreises, Dr. Simone Lehmann": a role with its complement, then a comma
  const withComplement = k >= 0 && units[k]!.value === ',' ? roleWithComplementBefore(units, k) : -1;
  if (withComplement >= 0) {
    roles.push(unitsText(st, withComplement, k));
    g ??= roleOf(units[withComplement]!)!.gender;
    k = -1;
  } else if (k > 0 && COPULAS_BEFORE_NAME.has(units[k]!.lower)) {
    // "Sprecherin des Forschungsbereichs ist Prof. Dr. Henrike Saalfeld"
    const r = roleBeforeCopula(units, k);
    if (r >= 0) {
      roles.push(unitsText(st, r, k));
      g ??= (roleOf(units[r]!) ?? roleOf(units[r + 1]!))?.gender;
      k = -1;
    }
  }
  while (k >= 0) {
    const v = units[k]!;
    const r = roleOf(v);
    if (r === undefined || v.boilerplate) break;
    // "Kaufmännischer Direktor", "stellvertretende Vorsitzende": the adjective belongs to the role
    const adj = units[k - 1];
    const withAdjective = adj !== undefined && isRoleAdjective(adj);
    roles.unshift(withAdjective ? unitsText(st, k - 1, k + 1) : v.value);
    if (withAdjective) k--;
    if (g === undefined) g = r.gender;
    if (organization === undefined) organization = acronymPrefix(v);
    const c = units[k - 1];
    if (c !== undefined && (c.lower === 'und' || c.value === ',') && k - 2 >= 0 && roleOf(units[k - 2]!) !== undefined) { k -= 2; continue; }
    k--;
    break;
  }
  if (g === undefined && k >= 0 && roles.length > 0) {
    const art = units[k]!.lower;
    if (art === 'die') g = 'f';
    else if (art === 'der') g = 'm';
  }
  // roles after: ", Vorstandsvorsitzender der X AG"
  const a = p.last;
  if (units[a]?.value === ',' || units[a]?.value === '(') {
    let b = a + 1;
    let adjectiveAt = -1;
    if (units[b] !== undefined && units[b]!.type === 'word' && (!units[b]!.cap || isRoleAdjective(units[b]!)) && roleOf(units[b + 1] ?? units[b]!) !== undefined && units[b]!.lower !== 'und') {
      if (isRoleAdjective(units[b]!)) adjectiveAt = b;
      b++;
    }
    while (units[b] !== undefined && roleOf(units[b]!) !== undefined && !units[b]!.boilerplate) {
      roles.push(adjectiveAt === b - 1 ? unitsText(st, adjectiveAt, b + 1) : units[b]!.value);
      if (g === undefined) g = roleOf(units[b]!)!.gender;
      const v = units[b]!;
      if (organization === undefined) organization = acronymPrefix(v);
      b++;
      if (units[b]?.lower === 'und' && units[b + 1] !== undefined && roleOf(units[b + 1]!) !== undefined) { b++; continue; }
      if (hasBit(units[b], LINK_TO_ORG)) {
        const o = st.orgStart.get(b + 1) ?? st.orgStart.get(b + 2);
        if (o !== undefined && organization === undefined) organization = o.name;
      }
      break;
    }
    // "Max Muster (SPD)"
    if (units[a]!.value === '(' && units[a + 2]?.value === ')' && organization === undefined) {
      const o = st.orgStart.get(a + 1);
      if (o !== undefined) organization = o.name;
    }
  }
  st.drafts.push({ firsts: p.firsts, surname: p.surname, title, roles, organization, gender: g, rule, spans: [[p.first, p.last]] });
  st.mask.fill(1, p.first, p.last);
}

/** The first unit of unit i's line (unlike firstOfLine, not limited to 200 units). */
/**
 * The first unit of unit i's line. Asked left to right, it walks back only to the unit asked before
 * (why: a walk back to the line start for every name is quadratic on a text without line breaks).
 */
function lineHeadIndex(st: PersonScan, i: number): number {
  const units = st.units;
  const stop = i >= st.lineAsked ? st.lineAsked : -1;
  let k = i;
  while (k > 0 && k > stop && units[k]!.breaks === 0) k--;
  const head = k === stop && k >= 0 ? st.lineHead : k;
  st.lineAsked = i;
  st.lineHead = head;
  return head;
}

export function findPersons(ctx: Context, units: readonly Unit[], orgMask: Uint8Array, orgs: readonly OrgSpan[]): PersonsResult {
  const orgStart = new Map<number, OrgSpan>();
  for (const o of orgs) orgStart.set(o.first, o);
  const st: PersonScan = { ctx, units, orgMask, mask: zeroedBytes(units.length), orgStart, drafts: [], nouns: undefined, capCount: undefined, nounQueries: 0, capQueries: 0, lineAsked: -1, lineHead: 0 };
  // the units the later passes look at (see isAskedLater), collected on the way: they skip the others without reading them
  const asked: number[] = [];
  // pass 1: names with evidence
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // a lower-case word can start a name only as a title, honorific or speech verb (LEX_PERSON): told without the Word, first, as it rules out most units
    if (!u.cap) {
      if ((u.lex & LEX_REFER) !== 0) asked.push(i);
      if ((u.lex & LEX_PERSON) === 0) continue;
    } else asked.push(i);
    if (u.boilerplate || st.mask[i] === 1 || orgMask[i] === 1 || u.type !== 'word') continue;
    const b = personBits(u);
    if ((b & NAME_START) === 0) continue;
    const r = nameWithEvidenceAt(st, i, u, b);
    if (r < 0) continue;
    // the units of the name (and its titles) are skipped here, not later
    for (let k = i + 1; k <= r; k++) if (isAskedLater(units[k]!)) asked.push(k);
    i = r;
  }
  const { persons, genders, info, mentions } = mergeDrafts(st.drafts);
  // pass 2: surname alone, and the genitive ("Musters")
  if (info.length > 0) laterMentions(st, info, mentions, asked);
  // "der Geschäftsleiter" referring back to the last person named before
  mentions.sort((a, b) => a.first - b.first);
  if (mentions.length > 0) rolesReferringBack(units, st.mask, mentions, persons, genders, asked);
  for (const m of mentions) persons[m.person]!.mentions.push(ctx.evidence(units[m.first]!.first, units[m.last - 1]!.last));
  return { persons, genders, mentions, mask: st.mask };
}

/**
 * A unit that laterMentions (without multi-word surnames) or rolesReferringBack can act on: a capitalised
 * word, or "er", "sie", "ceo". Both passes skip every other unit, so they walk the list of these instead
 * of all units (why: two passes over all units were a fifth of findPersons).
 */
function isAskedLater(u: Unit): boolean {
  return u.cap || (u.lex & LEX_REFER) !== 0;
}

/** Pass 1 at a candidate word: the last unit of a name taken, or -1. */
function nameWithEvidenceAt(st: PersonScan, i: number, u: Unit, b: number): number {
  if ((b & (TITLE | HONORIFIC)) !== 0) {
    const r = titledNameAt(st, i, u);
    if (r !== NO_TITLE) return r;
  }
  const units = st.units;
  // first name + surname
  if (isFirstName(u) && free(st, i, i + 1)) {
    const p = parseFull(units, i);
    if (p !== undefined && free(st, p.first, p.last) && endsName(units, p.last)) {
      const prev = i > 0 ? units[i - 1] : undefined;
      const strongCue = (prev !== undefined && (roleOf(prev) !== undefined || hasBit(prev, SPEECH))) || hasBit(units[p.last], SPEECH);
      const ambiguous = p.firsts.length === 1 && isAmbiguousFirstName(u);
      if (!ambiguous || strongCue) {
        addPerson(st, p, 'persons/first-name', [], undefined, i);
        return p.last - 1;
      }
    }
  }
  // role + surname: "Bürgermeisterin Schulte"
  const r = u.cap ? roleOf(u) : undefined;
  if (r !== undefined && !r.weak) {
    const p = nameAt(units, i + 1);
    // "Geschäftsführerin von Lumivo": a bare "von X" after a role is an organisation or a place
    // (bareOk last: it passes over the whole text; the tests before it only read units and the word caches)
    if (p !== undefined && p.firsts.length === 0 && !particleBare(units, p) && free(st, p.first, p.last) && !units[p.first]!.starts && endsName(units, p.last) && bareEnds(units, p.last) && placeAt(units, p.first) === undefined && bareOk(st, p)) {
      addPerson(st, p, 'persons/role', [], undefined, i + 1);
      return p.last - 1;
    }
  }
  if ((b & (SURNAME_VERB | REFLEXIVE_VERB | ATTRIBUTION)) !== 0) return speechNameAt(st, i, b);
  return -1;
}

/** titledNameAt: no title or honorific starts at the unit. */
const NO_TITLE = -2;

/** "Prof. Dr. Anna Keller", "Herr Brandt", "Frau Ministerin Schulze": the last unit of the name, -1 (none: go on with the next unit) or NO_TITLE. */
function titledNameAt(st: PersonScan, i: number, u: Unit): number {
  const units = st.units;
  const title: string[] = [];
  let honor: Gender;
  let hasHonor = false;
  let j = i;
  while (j < units.length && units[j]!.type === 'word' && j - i < 6) {
    const v = units[j]!;
    // a title and its name stand on one line ("… gemäss Art. 53 KR" ends a line; the next line's word is no name of it)
    if (j > i && v.breaks > 0) break;
    const vb = personBits(v);
    if ((vb & TITLE) !== 0 && (title.length > 0 || (vb & TITLE_START) !== 0)) { title.push(v.value); j++; continue; }
    if ((vb & HONORIFIC) !== 0 && v.cap && title.length === 0 && !hasHonor) { honor = HONORIFICS.get(v.lower); hasHonor = true; j++; continue; }
    break;
  }
  if (j === i) return NO_TITLE;
  // skip a role between honorific and name: "Frau Ministerin Schulze"
  let n = j;
  if (roleOf(units[n] ?? u) !== undefined && n < units.length) n++;
  if (units[n] !== undefined && units[n]!.breaks > 0) return i;
  const p = nameAt(units, n);
  if (p !== undefined && free(st, p.first, p.last) && endsName(units, p.last)) {
    addPerson(st, p, 'persons/title', title.filter((t) => !HONORIFICS.has(t.toLowerCase())), honor, i);
    return p.last - 1;
  }
  return i;
}

/** Speech verb + surname: "nannte Harnisch", "so Harnisch", "bedankte sich Harnisch". */
function speechNameAt(st: PersonScan, i: number, b: number): number {
  const units = st.units;
  const reflexive = (b & REFLEXIVE_VERB) !== 0 && units[i + 1]?.lower === 'sich';
  const isVerb = (b & SURNAME_VERB) !== 0 || reflexive || ((b & ATTRIBUTION) !== 0 && units[i - 1]?.value === ',');
  if (!isVerb) return -1;
  let n = i + 1;
  if (units[n]?.lower === 'sich') n++;
  const p = nameAt(units, n);
  if (p === undefined) return -1;
  // a bare surname after a speech verb needs more: a quote right before ("„…“, sagte Harnisch"), or a second
  // mention of the same word in the text ("nannte Harnisch …", "erläuterte Harnisch …")
  const afterQuote = units[i - 1]?.value === ',' || reflexive; // "„…“, sagte Harnisch", "…, betonte Terhorst", "bedankte sich …"
  // (the tests that pass over the whole text last: mentionedAgain, bareOk)
  if (p.firsts.length === 0 && !particleBare(units, p) && free(st, p.first, p.last) && bareEnds(units, p.last) && placeAt(units, p.first) === undefined && (afterQuote || mentionedAgain(st, p, n)) && bareOk(st, p)) {
    addPerson(st, p, 'persons/speech-verb', [], undefined, n);
    return p.last - 1;
  }
  return -1;
}

/** A one-word surname at unit n that the text has twice or more (counted only when asked: a pass over the text). */
function mentionedAgain(st: PersonScan, p: NameParse, n: number): boolean {
  return p.last === n + 1 && capCountOf(st, st.units[n]!.lower) >= 2;
}

interface PersonInfo { surnameKey: string; surname: string; firsts: string[] }

/** Merge drafts into persons: same surname (and compatible first names) → one person. */
function mergeDrafts(drafts: readonly Draft[]): { persons: PersonFact[]; genders: Gender[]; info: PersonInfo[]; mentions: PersonMention[] } {
  const persons: PersonFact[] = [];
  const genders: Gender[] = [];
  const info: PersonInfo[] = [];
  const mentions: PersonMention[] = [];
  if (drafts.length === 0) return { persons, genders, info, mentions };
  const bySurnameKey = new Map<string, number[]>();
  const draftPerson: number[] = [];
  for (const d of drafts) {
    const key = d.surname.toLowerCase();
    let idx = -1;
    const same = bySurnameKey.get(key) ?? [];
    for (let m = same.length - 1; m >= 0; m--) {
      const inf = info[same[m]!]!;
      if (d.firsts.length === 0 || inf.firsts.length === 0 || inf.firsts.join(' ') === d.firsts.join(' ')) { idx = same[m]!; break; }
    }
    if (idx < 0) {
      idx = persons.length;
      persons.push({ name: '', roles: [], mentions: [], rule: d.rule });
      genders.push(undefined);
      info.push({ surnameKey: key, surname: d.surname, firsts: [] });
      same.push(idx);
      bySurnameKey.set(key, same);
    }
    const p = persons[idx]!;
    const inf = info[idx]!;
    if (d.firsts.length > inf.firsts.length) inf.firsts = d.firsts;
    for (const r of d.roles) if (!p.roles.includes(r)) p.roles.push(r);
    if (d.title.length > 0 && p.title === undefined) p.title = d.title.join(' ');
    if (d.organization !== undefined && p.organization === undefined) p.organization = d.organization;
    if (genders[idx] === undefined) genders[idx] = d.gender;
    draftPerson.push(idx);
  }
  persons.forEach((p, k) => { p.name = [...info[k]!.firsts, info[k]!.surname].join(' '); });
  drafts.forEach((d, k) => { for (const [a, b] of d.spans) mentions.push({ person: draftPerson[k]!, first: a, last: b }); });
  return { persons, genders, info, mentions };
}

/**
 * Pass 2: a known surname alone, also in the genitive ("Stock", "Musters"), and multi-word surnames ("von der Leyen").
 * `asked`: the units isAskedLater, in order (enough without multi-word surnames: then only capitalised words are mentions).
 */
function laterMentions(st: PersonScan, info: readonly PersonInfo[], mentions: PersonMention[], asked: readonly number[]): void {
  const units = st.units;
  const mask = st.mask;
  const orgMask = st.orgMask;
  const bySurname = new Map<string, number>();
  // the last word of each surname key (lower-case already: no split or toLowerCase per person)
  for (let k = 0; k < info.length; k++) bySurname.set(lastWordOf(info[k]!.surnameKey), k);
  const filter = surnameFilter(bySurname);
  const multi = new Map<string, Array<{ k: number; words: string[] }>>();
  for (let k = 0; k < info.length; k++) {
    const key = info[k]!.surnameKey;
    if (!key.includes(' ')) continue;
    const words = key.split(' ');
    multi.set(words[0]!, [...(multi.get(words[0]!) ?? []), { k, words }]);
  }
  const hasMulti = multi.size > 0;
  const n = hasMulti ? units.length : asked.length;
  for (let a = 0; a < n; a++) {
    const i = hasMulti ? a : asked[a]!;
    if (mask[i] === 1 || orgMask[i] === 1) continue;
    const u = units[i]!;
    // without multi-word surnames only capitalised words can be mentions (most units are not)
    if ((!hasMulti && !u.cap) || u.boilerplate || u.type !== 'word') continue;
    if (hasMulti && (u.starts || !u.cap)) {
      for (const { k: pk, words } of multi.get(u.lower) ?? []) {
        let ok = i + words.length <= units.length;
        for (let w = 1; w < words.length && ok; w++) ok = units[i + w]!.lower === words[w] && mask[i + w] !== 1;
        if (ok) { mentions.push({ person: pk, first: i, last: i + words.length }); mask.fill(1, i, i + words.length); break; }
      }
    }
    if (mask[i] === 1 || !u.cap || !mayBeSurname(filter, u.lower)) continue;
    let k = bySurname.get(u.lower);
    if (k === undefined && (u.lower.endsWith('s') || u.lower.endsWith('’') || u.lower.endsWith("'"))) k = bySurname.get(u.lower.slice(0, -1));
    if (k === undefined) continue;
    const prev = i > 0 ? units[i - 1] : undefined;
    if (prev !== undefined && hasBit(prev, BEFORE_BARE_WORD) && !prev.cap) continue;
    const next = units[i + 1];
    const genitive = bySurname.get(u.lower) === undefined;
    if (!genitive && next !== undefined && next.cap && next.type === 'word' && !next.starts && roleOf(next) === undefined && !hasBit(next, SPEECH)) {
      // "Stock Immobilien": a capitalised word right after makes it something else
      continue;
    }
    mentions.push({ person: k, first: i, last: i + 1 });
    mask[i] = 1;
  }
}

/** The last space-separated word of a lower-case key. */
function lastWordOf(key: string): string {
  const sp = key.lastIndexOf(' ');
  return sp < 0 ? key : key.slice(sp + 1);
}

/**
 * The lengths (bits 0–30; 31: longer) of the surnames and of their genitives, and their first letters
 * (x & 31 of the code), so most capitalised words skip laterMentions' Map look-ups (why: hashing every
 * capitalised word's lower-case form, and slicing off a genitive "s", cost more than the rest of the pass).
 */
interface SurnameFilter { lengths: number; firsts: number }
function surnameFilter(bySurname: ReadonlyMap<string, number>): SurnameFilter {
  let lengths = 0;
  let firsts = 0;
  for (const key of bySurname.keys()) {
    lengths |= (1 << Math.min(key.length, 31)) | (1 << Math.min(key.length + 1, 31));
    firsts |= key.length > 0 ? 1 << (key.charCodeAt(0) & 31) : -1;
  }
  return { lengths, firsts };
}
/** False only if no surname (or its genitive) can be this lower-case word. */
function mayBeSurname(f: SurnameFilter, lower: string): boolean {
  return (f.lengths & (1 << Math.min(lower.length, 31))) !== 0 && (lower.length === 0 || (f.firsts & (1 << (lower.charCodeAt(0) & 31))) !== 0);
}

/**
 * "der Geschäftsleiter" referring back to the last person named before (mentions sorted). `asked`: the units
 * isAskedLater, in order; every other unit would be skipped below, and skipping it changes no state.
 */
function rolesReferringBack(units: readonly Unit[], mask: Uint8Array, mentions: readonly PersonMention[], persons: PersonFact[], genders: readonly Gender[], asked: readonly number[]): void {
  let mi = 0;
  let lastPerson = -1;
  let lastSentence = -1;
  // nothing refers back before the first mention
  const start = mentions[0]!.first;
  for (let a = firstAtOrAfter(asked, start); a < asked.length; a++) {
    const i = asked[a]!;
    while (mi < mentions.length && mentions[mi]!.first <= i) { lastPerson = mentions[mi]!.person; lastSentence = units[mentions[mi]!.first]!.sentence; mi++; }
    if (mask[i] === 1) continue;
    const u = units[i]!;
    // (a lower-case word here is "er", "sie" or "ceo": see isAskedLater)
    if (u.boilerplate) continue;
    const lower = u.lower;
    // the pronouns have the LEX_REFER bit: most words are told apart without a string compare
    const pron = (u.lex & LEX_REFER) === 0 ? null : lower === 'er' ? 'm' : lower === 'sie' && !(u.cap && !u.starts) ? 'f' : null;
    if (pron !== null && (genders[lastPerson] === undefined || genders[lastPerson] === pron)) { lastSentence = u.sentence; continue; }
    if (!u.cap && lower !== 'ceo') continue;
    // only a role word can refer back: its Word (mostly fetched by pass 1 already) is asked before the articles around it
    if (u.word === undefined && articleBefore(units, i) === undefined) continue;
    const r = roleOf(u);
    if (r === undefined || r.weak) continue;
    const art = articleBefore(units, i);
    if (art === undefined) continue;
    // "sagte der Polizeisprecher": a spokesperson is mostly someone not named, not the person named before
    if (lower.endsWith('sprecher') || lower.endsWith('sprecherin')) continue;
    const next = units[i + 1];
    if (next !== undefined && (next.cap && next.type === 'word' || next.lower === 'der' || next.lower === 'des' || next.lower === 'von')) continue;
    if (u.sentence - lastSentence > 5) continue;
    const g = genders[lastPerson];
    const rg = r.gender ?? ARTICLE_GENDER.get(art);
    if (g !== undefined && rg !== undefined && g !== rg) continue;
    const p = persons[lastPerson]!;
    if (!hasRole(p.roles, u.lower)) p.roles.push(u.value);
  }
}

/** "der" or "die" right before unit i, or before an adjective there ("die neue Vorsitzende"); else undefined. */
function articleBefore(units: readonly Unit[], i: number): 'der' | 'die' | undefined {
  let art = units[i - 1]?.lower;
  if (art !== undefined && art !== 'der' && art !== 'die' && !units[i - 1]!.cap && units[i - 1]!.type === 'word') art = units[i - 2]?.lower;
  return art === 'der' || art === 'die' ? art : undefined;
}

/** The first index of the sorted list whose value is at least `min` (list.length if none). */
function firstAtOrAfter(list: readonly number[], min: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A role of the list, compared lower-case (a function, not a closure: a closure over the loop's unit made every iteration allocate). */
function hasRole(roles: readonly string[], lower: string): boolean {
  for (const x of roles) if (x.toLowerCase() === lower) return true;
  return false;
}

/** A particle name without a first name ("von Lumivo", "von Ottendorf-Okrilla"): only after a title or honorific. */
function particleBare(units: readonly Unit[], p: NameParse): boolean {
  return p.firsts.length === 0 && hasBit(units[p.first], PARTICLE_START);
}

/** A bare surname must end at punctuation, a lower-case word or the end: "nannte Harnisch einen …", "so Harnisch." */
function bareEnds(units: readonly Unit[], last: number): boolean {
  const n = units[last];
  if (n === undefined) return true;
  if (n.type === 'word') return !n.cap || n.starts;
  return n.type === 'punct' || n.type === 'quote' || n.type === 'newline';
}

function firstOfLine(units: readonly Unit[], i: number): number {
  let k = i;
  while (k > 0 && units[k]!.breaks === 0 && i - k < 200) k--;
  return k;
}

/** The acronym that starts a compound role ("SPD" of "SPD-Kreisvorsitzende"), if it is an organisation's. */
function acronymPrefix(v: Unit): string | undefined {
  const parts = partsOf(v);
  return parts.length > 1 && isAcronymOrg(parts[0]!) ? parts[0]! : undefined;
}
