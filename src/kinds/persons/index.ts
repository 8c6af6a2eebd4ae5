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
import { genderOfFirst, isAmbiguousFirstName, isFirstName, isSurnameLike, placeAt, roleOf, type Gender } from './lexicon.js';
import type { OrgSpan } from '../organizations/index.js';
import { isAcronymOrg } from '../organizations/index.js';

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
  organization?: string;
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

/** Particles and a surname from unit j: "von der Leyen", "Müller-Lüdenscheidt". */
function parseSurname(units: readonly Unit[], j: number): { last: number; surname: string } | undefined {
  const parts: string[] = [];
  let k = j;
  if (k < units.length && PARTICLE_STARTERS.has(units[k]!.value)) {
    parts.push(units[k]!.value);
    k++;
    while (k < units.length && PARTICLES.has(units[k]!.value) && k - j < 3) { parts.push(units[k]!.value); k++; }
  }
  const s = units[k];
  if (s === undefined || !isSurnameLike(s) || s.boilerplate) return undefined;
  parts.push(s.value);
  return { last: k + 1, surname: parts.join(' ') };
}

/** First names + surname at unit i. */
function parseFull(units: readonly Unit[], i: number): NameParse | undefined {
  const firsts: string[] = [];
  let k = i;
  while (k < units.length && firsts.length < 3 && isFirstName(units[k]!) && !units[k]!.boilerplate) {
    // "Hans Peter Müller": take a first name only if a surname can follow it
    const rest = parseSurname(units, k + 1);
    if (rest === undefined) break;
    firsts.push(units[k]!.value);
    k++;
    const nxt = units[k]!;
    if (!isFirstName(nxt) || parseSurname(units, k + 1) === undefined) break;
  }
  if (firsts.length === 0) return undefined;
  const sur = parseSurname(units, k);
  if (sur === undefined) return undefined;
  return { first: i, last: sur.last, firsts, surname: sur.surname, gender: genderOfFirst(units[i]!) };
}

function nameAt(units: readonly Unit[], i: number): NameParse | undefined {
  const full = parseFull(units, i);
  if (full) return full;
  const sur = parseSurname(units, i);
  if (sur === undefined) return undefined;
  return { first: i, last: sur.last, firsts: [], surname: sur.surname, gender: undefined };
}

/** Capitalised words that may follow a name without making it part of a longer name. */
const AFTER_NAME_OK = new Set(['ende', 'anfang', 'mitte', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jänner']);

function endsName(units: readonly Unit[], last: number): boolean {
  const n = units[last];
  if (n === undefined) return true;
  if (n.type === 'word' && n.cap && !n.starts) {
    if (AFTER_NAME_STOP.has(n.lower)) return false;
    if (AFTER_NAME_OK.has(n.lower)) return true;
    // "Ellen Stock" + capitalised noun: only if the noun clearly starts something else (a role, an org)
    return roleOf(n) !== undefined;
  }
  return !AFTER_NAME_STOP.has(n.lower);
}

export function findPersons(ctx: Context, units: readonly Unit[], orgMask: Uint8Array, orgs: readonly OrgSpan[]): PersonsResult {
  void ctx;
  const drafts: Draft[] = [];
  const mentions: PersonMention[] = [];
  const mask = new Uint8Array(units.length);
  const orgStart = new Map<number, OrgSpan>();
  for (const o of orgs) orgStart.set(o.first, o);

  const free = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (orgMask[k] === 1 || mask[k] === 1 || units[k]!.boilerplate) return false;
    return true;
  };

  // the first word of each unit's line: contact and credit lines hold no persons of the story
  const lineHead: string[] = new Array<string>(units.length);
  let head = '';
  for (let k = 0; k < units.length; k++) {
    if (k === 0 || units[k]!.breaks > 0) head = units[k]!.lower;
    lineHead[k] = head;
  }
  const add = (p: NameParse, rule: string, title: string[], gender: Gender, before: number): void => {
    if (CREDIT_LINE_HEADS.has(lineHead[p.first]!) && units[p.first]!.sentence === units[firstOfLine(units, p.first)]!.sentence) { mask.fill(1, p.first, p.last); return; }
    // roles before the name (and titles/honorifics before them)
    const roles: string[] = [];
    let organization: string | undefined;
    let g = gender ?? p.gender;
    let k = before - 1;
    while (k >= 0) {
      const v = units[k]!;
      const r = roleOf(v);
      if (r === undefined || v.boilerplate) break;
      roles.unshift(v.value);
      if (g === undefined) g = r.gender;
      if (organization === undefined && v.parts.length > 1 && isAcronymOrg(v.parts[0]!)) organization = v.parts[0]!;
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
    let a = p.last;
    if (units[a]?.value === ',' || units[a]?.value === '(') {
      let b = a + 1;
      if (units[b] !== undefined && !units[b]!.cap && units[b]!.type === 'word' && roleOf(units[b + 1] ?? units[b]!) !== undefined && units[b]!.lower !== 'und') b++;
      while (units[b] !== undefined && roleOf(units[b]!) !== undefined && !units[b]!.boilerplate) {
        roles.push(units[b]!.value);
        if (g === undefined) g = roleOf(units[b]!)!.gender;
        const v = units[b]!;
        if (organization === undefined && v.parts.length > 1 && isAcronymOrg(v.parts[0]!)) organization = v.parts[0]!;
        b++;
        if (units[b]?.lower === 'und' && units[b + 1] !== undefined && roleOf(units[b + 1]!) !== undefined) { b++; continue; }
        if (units[b] !== undefined && NAME_LINK_TO_ORG.has(units[b]!.lower)) {
          const o = orgStart.get(b + 1) ?? orgStart.get(b + 2);
          if (o !== undefined && organization === undefined) organization = o.name;
        }
        break;
      }
      // "Max Muster (SPD)"
      if (units[a]!.value === '(' && units[a + 2]?.value === ')' && organization === undefined) {
        const o = orgStart.get(a + 1);
        if (o !== undefined) organization = o.name;
      }
    }
    drafts.push({ firsts: p.firsts, surname: p.surname, title, roles, ...(organization !== undefined ? { organization } : {}), gender: g, rule, spans: [[p.first, p.last]] });
    mask.fill(1, p.first, p.last);
  };

  // capitalised words the text itself uses as nouns ("die Zahlen", "ein Dank"): never a bare surname
  const nouns = new Set<string>();
  for (let k = 1; k < units.length; k++) {
    const v = units[k]!;
    const d = units[k - 1]!;
    if (v.cap && v.type === 'word' && DETERMINERS.has(d.lower) && (!d.cap || d.starts)) nouns.add(v.lower);
  }
  // how often each capitalised word occurs
  const capCount = new Map<string, number>();
  for (const v of units) if (v.cap && v.type === 'word') capCount.set(v.lower, (capCount.get(v.lower) ?? 0) + 1);
  const bareOk = (p: NameParse): boolean => p.firsts.length > 0 || !nouns.has(p.surname.toLowerCase());

  // pass 1: names with evidence
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.boilerplate || mask[i] === 1 || orgMask[i] === 1) continue;
    if (u.type !== 'word') continue;
    // titles and honorifics
    if (!TITLES.has(u.lower) && !HONORIFICS.has(u.lower) && !u.cap && !SURNAME_SPEECH_VERBS.has(u.lower) && !REFLEXIVE_SPEECH_VERBS.has(u.lower) && !ATTRIBUTION_WORDS.has(u.lower)) continue;
    const title: string[] = [];
    let honor: Gender;
    let hasHonor = false;
    let j = i;
    while (j < units.length && units[j]!.type === 'word' && j - i < 6) {
      const v = units[j]!;
      if (TITLES.has(v.lower) && (title.length > 0 || TITLE_STARTERS.has(v.lower) || v.lower.startsWith('dipl.'))) { title.push(v.value); j++; continue; }
      if (HONORIFICS.has(v.lower) && v.cap && title.length === 0 && !hasHonor) { honor = HONORIFICS.get(v.lower); hasHonor = true; j++; continue; }
      break;
    }
    if (j > i) {
      // skip a role between honorific and name: "Frau Ministerin Schulze"
      let n = j;
      if (roleOf(units[n] ?? u) !== undefined && n < units.length) n++;
      const p = nameAt(units, n);
      if (p !== undefined && free(p.first, p.last) && endsName(units, p.last)) {
        add(p, 'persons/title', title.filter((t) => !HONORIFICS.has(t.toLowerCase())), honor, i);
        i = p.last - 1;
      }
      continue;
    }
    // first name + surname
    if (isFirstName(u) && free(i, i + 1)) {
      const p = parseFull(units, i);
      if (p !== undefined && free(p.first, p.last) && endsName(units, p.last)) {
        const prev = units[i - 1];
        const strongCue = (prev !== undefined && (roleOf(prev) !== undefined || SPEECH_VERBS.has(prev.lower))) || SPEECH_VERBS.has(units[p.last]?.lower ?? '');
        const ambiguous = p.firsts.length === 1 && isAmbiguousFirstName(u);
        if (!ambiguous || strongCue) {
          add(p, 'persons/first-name', [], undefined, i);
          i = p.last - 1;
          continue;
        }
      }
    }
    // role + surname: "Bürgermeisterin Schulte"
    const r = u.cap ? roleOf(u) : undefined;
    if (r !== undefined && !r.weak) {
      const p = nameAt(units, i + 1);
      // "Geschäftsführerin von Lumivo": a bare "von X" after a role is an organisation or a place
      if (p !== undefined && p.firsts.length === 0 && !particleBare(units, p) && bareOk(p) && free(p.first, p.last) && !units[p.first]!.starts && endsName(units, p.last) && bareEnds(units, p.last) && placeAt(units, p.first) === undefined) {
        add(p, 'persons/role', [], undefined, i + 1);
        i = p.last - 1;
        continue;
      }
    }
    // speech verb + surname: "nannte Harnisch", "so Harnisch", "bedankte sich Harnisch"
    const reflexive = REFLEXIVE_SPEECH_VERBS.has(u.lower) && units[i + 1]?.lower === 'sich';
    const isVerb = SURNAME_SPEECH_VERBS.has(u.lower) || reflexive || (ATTRIBUTION_WORDS.has(u.lower) && units[i - 1]?.value === ',');
    if (isVerb) {
      let n = i + 1;
      if (units[n]?.lower === 'sich') n++;
      const p = nameAt(units, n);
      // a bare surname after a speech verb needs more: a quote right before ("„…“, sagte Harnisch"), or a second
      // mention of the same word in the text ("nannte Harnisch …", "erläuterte Harnisch …")
      const afterQuote = units[i - 1]?.value === ',' || reflexive; // "„…“, sagte Harnisch", "…, betonte Terhorst", "bedankte sich …"
      const again = p !== undefined && p.last === n + 1 && (capCount.get(units[n]!.lower) ?? 0) >= 2;
      if (p !== undefined && p.firsts.length === 0 && !particleBare(units, p) && (afterQuote || again) && bareOk(p) && free(p.first, p.last) && bareEnds(units, p.last) && placeAt(units, p.first) === undefined) {
        add(p, 'persons/speech-verb', [], undefined, n);
        i = p.last - 1;
      }
    }
  }

  // merge drafts into persons: same surname (and compatible first names) → one person
  const persons: PersonFact[] = [];
  const genders: Gender[] = [];
  const info: Array<{ surnameKey: string; surname: string; firsts: string[] }> = [];
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

  // pass 2: surname alone, and the genitive ("Musters")
  const bySurname = new Map<string, number>();
  const lastWordOf = (name: string): string => name.split(' ').pop()!.toLowerCase();
  info.forEach((inf, k) => { bySurname.set(lastWordOf(inf.surnameKey), k); });
  const multi = new Map<string, Array<{ k: number; words: string[] }>>();
  info.forEach((inf, k) => {
    const words = inf.surnameKey.split(' ');
    if (words.length > 1) multi.set(words[0]!, [...(multi.get(words[0]!) ?? []), { k, words }]);
  });
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (mask[i] === 1 || orgMask[i] === 1 || u.boilerplate || u.type !== 'word') continue;
    for (const { k: pk, words } of multi.get(u.lower) ?? []) {
      if (!u.starts && u.cap) continue;
      let ok = i + words.length <= units.length;
      for (let w = 1; w < words.length && ok; w++) ok = units[i + w]!.lower === words[w] && mask[i + w] !== 1;
      if (ok) { mentions.push({ person: pk, first: i, last: i + words.length }); mask.fill(1, i, i + words.length); break; }
    }
    if (mask[i] === 1 || !u.cap) continue;
    let k = bySurname.get(u.lower);
    if (k === undefined && (u.lower.endsWith('s') || u.lower.endsWith('’') || u.lower.endsWith("'"))) k = bySurname.get(u.lower.slice(0, -1));
    if (k === undefined) continue;
    const prev = units[i - 1];
    if (prev !== undefined && BEFORE_BARE.has(prev.lower) && !prev.cap) continue;
    const next = units[i + 1];
    const genitive = bySurname.get(u.lower) === undefined;
    if (!genitive && next !== undefined && next.cap && next.type === 'word' && !next.starts && roleOf(next) === undefined && !SPEECH_VERBS.has(next.lower)) {
      // "Stock Immobilien": a capitalised word right after makes it something else
      continue;
    }
    mentions.push({ person: k, first: i, last: i + 1 });
    mask[i] = 1;
  }

  // "der Geschäftsleiter" referring back to the last person named before
  mentions.sort((a, b) => a.first - b.first);
  let mi = 0;
  let lastPerson = -1;
  let lastSentence = -1;
  for (let i = 0; i < units.length; i++) {
    while (mi < mentions.length && mentions[mi]!.first <= i) { lastPerson = mentions[mi]!.person; lastSentence = units[mentions[mi]!.first]!.sentence; mi++; }
    const u = units[i]!;
    if (lastPerson < 0 || mask[i] === 1 || u.boilerplate) continue;
    const pron = u.lower === 'er' ? 'm' : u.lower === 'sie' && !(u.cap && !u.starts) ? 'f' : null;
    if (pron !== null && (genders[lastPerson] === undefined || genders[lastPerson] === pron)) { lastSentence = u.sentence; continue; }
    let art = units[i - 1]?.lower;
    if (art !== undefined && art !== 'der' && art !== 'die' && !units[i - 1]!.cap && units[i - 1]!.type === 'word') art = units[i - 2]?.lower; // "die neue Vorsitzende"
    if (art !== 'der' && art !== 'die') continue;
    const r = roleOf(u);
    if (r === undefined || r.weak) continue;
    const next = units[i + 1];
    if (next !== undefined && (next.cap && next.type === 'word' || next.lower === 'der' || next.lower === 'des' || next.lower === 'von')) continue;
    if (u.sentence - lastSentence > 5) continue;
    const g = genders[lastPerson];
    const rg = r.gender ?? ARTICLE_GENDER.get(art);
    if (g !== undefined && rg !== undefined && g !== rg) continue;
    const p = persons[lastPerson]!;
    if (!p.roles.some((x) => x.toLowerCase() === u.lower)) p.roles.push(u.value);
  }

  for (const m of mentions) persons[m.person]!.mentions.push(ctx.evidence(units[m.first]!.first, units[m.last - 1]!.last));
  return { persons, genders, mentions, mask };
}


/** A particle name without a first name ("von Lumivo", "von Ottendorf-Okrilla"): only after a title or honorific. */
function particleBare(units: readonly Unit[], p: NameParse): boolean {
  return p.firsts.length === 0 && PARTICLE_STARTERS.has(units[p.first]!.value);
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
