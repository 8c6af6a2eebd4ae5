/**
 * Headcounts: a number of people working for or belonging to an organisation, read from the
 * noun after the number ("270 Mitarbeiter", "200 neue Arbeitsplätze", "Mitarbeiterinnen und
 * Mitarbeiter") and from a workforce noun governing it ("die Belegschaft … auf 270
 * [Mitglieder] angestiegen"). Change (increase/decrease) comes from the words around it.
 */
import { WordCache } from '../../engine/word-cache.js';
import type { HeadcountFact } from '../../facts.js';
import type { Token } from '../../text/tokens.js';
import {
  DECREASE_WORDS, EMPLOYMENT_VERBS, GENERIC_PEOPLE_NOUNS, HEADCOUNT_NOUNS, HIRING_VERBS, OCCUPATION_SUFFIXES, HEADCOUNT_PAIR_NOUNS, HEADCOUNT_SUFFIXES, INCREASE_WORDS, NOT_ADJECTIVES, NOT_STAFF_NOUNS,
  PEOPLE_STAFF_NOUNS, WORKFORCE_NOUNS,
} from '../../lexicon/figure-nouns.js';
import { startsCapitalised } from '../../text/capitals.js';

type Kind = HeadcountFact['kind'];

export interface HeadcountNoun {
  kind: Kind;
  /** One past the last token of the noun phrase. */
  last: number;
  /** Index of the (first) head noun. */
  noun: number;
}

function isCapitalised(t: Token): boolean {
  return startsCapitalised(t.value);
}

/** A lower-case inflected adjective between a number and its noun: "neue", "zusätzlichen", "festangestellte". */
export function isAdjective(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word' || t.newlineBefore || t.abbreviation === true) return false;
  if (isCapitalised(t) || t.lower.length < 4 || NOT_ADJECTIVES.has(t.lower)) return false;
  const w = t.lower;
  return w.endsWith('e') || w.endsWith('en') || w.endsWith('er') || w.endsWith('es') || w.endsWith('em');
}

/**
 * What a lower-case word says about headcounts, before its case is looked at. One record for all the
 * questions the readers ask of the noun after a number (headcountAfter, then staffAfter), so the word is
 * looked up once.
 */
interface WordKind {
  /** HEADCOUNT_NOUNS: the word itself. */
  exact: Kind | undefined;
  /** A compound ending (HEADCOUNT_SUFFIXES), for capitalised nouns that are not NOT_STAFF_NOUNS. */
  compound: Kind | undefined;
  /** An occupation in the plural (see learnWordKind). */
  occupation: boolean;
  /** A people noun (PEOPLE_STAFF_NOUNS) or an occupation: what staffAfter counts. */
  staff: boolean;
}

const NO_KIND: WordKind = { exact: undefined, compound: undefined, occupation: false, staff: false };

/** Lower-case word → WordKind for words seen before (the suffix loops ran on every capitalised word). */
const wordKinds = new WordCache<WordKind>();

function wordKindOf(w: string): WordKind {
  return wordKinds.get(w) ?? learnWordKind(w);
}

/** The cache miss, apart so the hit path stays small where it is inlined. */
function learnWordKind(w: string): WordKind {
  const exact = HEADCOUNT_NOUNS.get(w);
  let compound: Kind | undefined;
  if (!NOT_STAFF_NOUNS.has(w)) {
    for (const [suffix, kind] of HEADCOUNT_SUFFIXES) {
      if (w.length > suffix.length + 1 && w.endsWith(suffix)) {
        compound = kind;
        break;
      }
    }
  }
  // an occupation: a people noun other than the generic ones, or a compound with an occupation ending
  const people = PEOPLE_STAFF_NOUNS.has(w);
  let occupation = false;
  if (people) occupation = !GENERIC_PEOPLE_NOUNS.has(w);
  else for (const suffix of OCCUPATION_SUFFIXES) if (w.endsWith(suffix)) { occupation = true; break; }
  const staff = people || occupation;
  const k = exact === undefined && compound === undefined && !staff ? NO_KIND : { exact, compound, occupation, staff };
  wordKinds.set(w, k);
  return k;
}

export function headcountKindOf(t: Token): Kind | undefined {
  if (t.type !== 'word' || t.abbreviation === true) return undefined;
  const k = wordKindOf(t.lower);
  if (k.exact !== undefined) return k.exact;
  if (k.compound === undefined || !isCapitalised(t)) return undefined;
  return k.compound;
}

/** The headcount noun phrase at token u (after up to two adjectives). */
export function headcountAfter(tokens: readonly Token[], u: number): HeadcountNoun | undefined {
  let j = u;
  while (j < u + 2 && isAdjective(tokens[j])) j++;
  const t = tokens[j];
  // "stellen" lower-case is a verb ("… 40 Mitarbeiter stellen"): nouns only (tested first: no look-up for the others)
  if (t === undefined || t.newlineBefore || !isCapitalised(t)) return undefined;
  const kind = headcountKindOf(t);
  if (kind === undefined) return undefined;
  let last = j + 1;
  // "Mitarbeiterinnen und Mitarbeiter"
  const a = tokens[j + 1];
  const b = tokens[j + 2];
  if (a !== undefined && b !== undefined && (a.lower === 'und' || a.lower === 'bzw.') && HEADCOUNT_PAIR_NOUNS.has(b.lower) && headcountKindOf(b) === kind) last = j + 3;
  return { kind, last, noun: j };
}

/**
 * Clause punctuation: "," ";" ":" "(" ")" "–" "—". A char test, not a Set: it runs on every token
 * of the windows around a headcount, and a Set look-up would hash each token's text.
 */
function isClausePunct(v: string): boolean {
  if (v.length !== 1) return false;
  const c = v.charCodeAt(0);
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014;
}

/** An occupation in the plural: a people noun other than the generic ones, or a compound with an occupation ending. */
function isOccupation(lower: string): boolean {
  return wordKindOf(lower).occupation;
}

/** "Autofahrer", "Radfahrerinnen": drivers of any kind, often witnesses or road users ("Fahrer" alone is in PEOPLE_STAFF_NOUNS). */
function isDriver(lower: string): boolean {
  return lower !== 'fahrer' && lower !== 'fahrerinnen' && (lower.endsWith('fahrer') || lower.endsWith('fahrerinnen'));
}

/** A people noun or an occupation, capitalised: what staffAfter counts. */
function isStaffNoun(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word' || t.newlineBefore || !isCapitalised(t)) return false;
  return wordKindOf(t.lower).staff;
}

/**
 * The head of a compound written with hyphens ("Kfz-Mechaniker") or coordinated ("Tram- und
 * Buschauffeure", "Gleis-, Tief- und Hochbauer"): the token of its last part, else j itself.
 */
function compoundHead(tokens: readonly Token[], j: number): number {
  let k = j;
  for (let n = 0; n < 4; n++) {
    const w = tokens[k];
    const dash = tokens[k + 1];
    const next = tokens[k + 2];
    if (w === undefined || dash === undefined || next === undefined || w.type !== 'word' || !isCapitalised(w)) break;
    if (dash.value !== '-' || dash.spaceBefore) break;
    if (!next.spaceBefore && next.type === 'word') { k += 2; continue; } // "Kfz-Mechaniker"
    if (next.lower === 'und' || next.lower === 'oder') return k + 3;
    if (next.value !== ',') break;
    k += 3;
  }
  return k === j || tokens[k]?.type !== 'word' ? j : k;
}

/** A verb that makes people staff: employing, or for occupations also searching and hiring. (Not a closure made per call.) */
function governsStaff(w: Token, occupation: boolean): boolean {
  return w.value === w.lower && (EMPLOYMENT_VERBS.has(w.lower) || (occupation && HIRING_VERBS.has(w.lower)));
}

/**
 * People counted as staff: a people noun ("Menschen", "Frauen und Männer", "Pflegekräfte") or an
 * occupation ("Buschauffeure", "Tiefbauer und Monteure") governed by an employment verb in its clause
 * ("beschäftigt 74 Menschen", "Heute arbeiten dort 455 Frauen und Männer", "sollen 25 Ärztinnen und
 * Ärzte eingestellt werden", "weitere 60 Tram- und Buschauffeure einstellen"); an occupation also by a
 * verb of searching ("man suche noch 25 Tiefbauer und Monteure"; "sucht zwei Männer" is no headcount).
 */
export function staffAfter(tokens: readonly Token[], u: number, first: number, sFirst: number, sLast: number): HeadcountNoun | undefined {
  let j = u;
  while (j < u + 2 && isAdjective(tokens[j])) j++;
  const noun = compoundHead(tokens, j);
  const t = tokens[noun];
  if (!isStaffNoun(t)) return undefined;
  // a verb of searching counts occupations, but not drivers in general ("sucht zwei Autofahrer" as witnesses)
  let occupation = isOccupation(t!.lower) && !isDriver(t!.lower);
  let last = noun + 1;
  const a = tokens[noun + 1];
  const b = tokens[noun + 2];
  if (a !== undefined && b !== undefined && a.lower === 'und' && isStaffNoun(b)) {
    last = noun + 3;
    occupation = occupation && isOccupation(b.lower) && !isDriver(b.lower);
  }
  let governed = false;
  for (let k = first - 1; k >= Math.max(sFirst, first - 8) && !governed; k--) {
    const w = tokens[k]!;
    if (isClausePunct(w.value)) break;
    if (governsStaff(w, occupation)) governed = true;
  }
  for (let k = last; k < Math.min(sLast, last + 5) && !governed; k++) {
    const w = tokens[k]!;
    if (isClausePunct(w.value)) break;
    if (governsStaff(w, occupation)) governed = true;
  }
  return governed ? { kind: 'employees', last, noun: j } : undefined;
}

/**
 * A workforce noun earlier in the sentence that governs a bare number: "die Belegschaft … auf
 * 270", "die Zahl der Mitarbeiter stieg auf 300", "die Mitarbeiterzahl … auf 300".
 */
export function workforceBefore(tokens: readonly Token[], first: number, sFirst: number): boolean {
  for (let j = first - 1; j >= Math.max(sFirst, first - 12); j--) {
    const t = tokens[j]!;
    // (the case first: a char test, no look-up for the lower-case words)
    if (isCapitalised(t) && WORKFORCE_NOUNS.has(t.lower)) return true;
    // "Zahl der Mitarbeiter", "Anzahl der Beschäftigten"
    if (isCapitalised(t) && tokens[j - 1]?.lower === 'der' && (tokens[j - 2]?.lower === 'zahl' || tokens[j - 2]?.lower === 'anzahl') && headcountKindOf(t) === 'employees') return true;
    if (t.value === ';' || t.value === ':') return false;
  }
  return false;
}

/** Nouns for people in general that a workforce noun makes employees: "die Belegschaft von 270 Personen". */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['personen', 'menschen', 'köpfe', 'köpfen', 'leute']);

/** Every change word with its change, one look-up per word; a word of both lists is an increase (it was looked up first). */
const CHANGE_WORDS: ReadonlyMap<string, NonNullable<HeadcountFact['change']>> = new Map([
  ...[...DECREASE_WORDS].map((w) => [w, 'decrease'] as const),
  ...[...INCREASE_WORDS].map((w) => [w, 'increase'] as const),
]);
/** Shorter words ("der", "und", "im": most of a clause) need no look-up. */
const CHANGE_MIN_LENGTH = Math.min(...[...CHANGE_WORDS.keys()].map((w) => w.length));

/** The change a word names. (A function of its own, not a closure made per call.) */
function changeWord(t: Token): HeadcountFact['change'] {
  const w = t.lower;
  if (w.length >= CHANGE_MIN_LENGTH) {
    const change = CHANGE_WORDS.get(w);
    if (change !== undefined) return change;
  }
  if (t.value === 'weg') return 'decrease'; // "fallen 100 Stellen weg"
  return undefined;
}

/** increase / decrease from the words right around the headcount in its clause. */
export function changeOf(tokens: readonly Token[], first: number, last: number, sFirst: number, sLast: number): HeadcountFact['change'] {
  // inside the phrase first ("200 neue Arbeitsplätze")
  for (let j = first; j < last; j++) {
    const c = changeWord(tokens[j]!);
    if (c !== undefined) return c;
  }
  for (let j = first - 1; j >= Math.max(sFirst, first - 6); j--) {
    const t = tokens[j]!;
    if (isClausePunct(t.value)) break;
    const c = changeWord(t);
    if (c !== undefined) return c;
  }
  for (let j = last; j < Math.min(sLast, last + 6); j++) {
    const t = tokens[j]!;
    if (isClausePunct(t.value)) break;
    const c = changeWord(t);
    if (c !== undefined) return c;
  }
  return undefined;
}
