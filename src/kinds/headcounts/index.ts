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

type Kind = HeadcountFact['kind'];

export interface HeadcountNoun {
  kind: Kind;
  /** One past the last token of the noun phrase. */
  last: number;
  /** Index of the (first) head noun. */
  noun: number;
}

function isCapitalised(t: Token): boolean {
  const c = t.value[0]!;
  return c !== c.toLowerCase();
}

/** A lower-case inflected adjective between a number and its noun: "neue", "zusätzlichen", "festangestellte". */
export function isAdjective(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word' || t.newlineBefore || t.abbreviation === true) return false;
  if (isCapitalised(t) || t.lower.length < 4 || NOT_ADJECTIVES.has(t.lower)) return false;
  const w = t.lower;
  return w.endsWith('e') || w.endsWith('en') || w.endsWith('er') || w.endsWith('es') || w.endsWith('em');
}

/** What a lower-case word says about headcounts, before its case is looked at. */
interface WordKind {
  /** HEADCOUNT_NOUNS: the word itself. */
  exact: Kind | undefined;
  /** A compound ending (HEADCOUNT_SUFFIXES), for capitalised nouns that are not NOT_STAFF_NOUNS. */
  compound: Kind | undefined;
}

const NO_KIND: WordKind = { exact: undefined, compound: undefined };

/** Lower-case word → WordKind for words seen before (the suffix loop ran on every capitalised word). */
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
  const k = exact === undefined && compound === undefined ? NO_KIND : { exact, compound };
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
  if (t === undefined || t.newlineBefore) return undefined;
  const kind = headcountKindOf(t);
  if (kind === undefined) return undefined;
  // "stellen" lower-case is a verb ("… 40 Mitarbeiter stellen"): nouns only
  if (!isCapitalised(t)) return undefined;
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
  const known = occupations.get(lower);
  if (known !== undefined) return known;
  let yes = false;
  if (PEOPLE_STAFF_NOUNS.has(lower)) yes = !GENERIC_PEOPLE_NOUNS.has(lower);
  else for (const suffix of OCCUPATION_SUFFIXES) if (lower.endsWith(suffix)) { yes = true; break; }
  occupations.set(lower, yes);
  return yes;
}
/** Word → isOccupation (the suffix loop ran for every capitalised word after a number). */
const occupations = new WordCache<boolean>();

/** "Autofahrer", "Radfahrerinnen": drivers of any kind, often witnesses or road users ("Fahrer" alone is in PEOPLE_STAFF_NOUNS). */
function isDriver(lower: string): boolean {
  return lower !== 'fahrer' && lower !== 'fahrerinnen' && (lower.endsWith('fahrer') || lower.endsWith('fahrerinnen'));
}

/** A people noun or an occupation, capitalised: what staffAfter counts. */
function isStaffNoun(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word' || t.newlineBefore || !isCapitalised(t)) return false;
  return PEOPLE_STAFF_NOUNS.has(t.lower) || isOccupation(t.lower);
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
  const governs = (w: Token): boolean => w.value === w.lower && (EMPLOYMENT_VERBS.has(w.lower) || (occupation && HIRING_VERBS.has(w.lower)));
  let governed = false;
  for (let k = first - 1; k >= Math.max(sFirst, first - 8) && !governed; k--) {
    const w = tokens[k]!;
    if (isClausePunct(w.value)) break;
    if (governs(w)) governed = true;
  }
  for (let k = last; k < Math.min(sLast, last + 5) && !governed; k++) {
    const w = tokens[k]!;
    if (isClausePunct(w.value)) break;
    if (governs(w)) governed = true;
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
    if (WORKFORCE_NOUNS.has(t.lower) && isCapitalised(t)) return true;
    // "Zahl der Mitarbeiter", "Anzahl der Beschäftigten"
    if (headcountKindOf(t) === 'employees' && isCapitalised(t) && tokens[j - 1]?.lower === 'der' && (tokens[j - 2]?.lower === 'zahl' || tokens[j - 2]?.lower === 'anzahl')) return true;
    if (t.value === ';' || t.value === ':') return false;
  }
  return false;
}

/** Nouns for people in general that a workforce noun makes employees: "die Belegschaft von 270 Personen". */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['personen', 'menschen', 'köpfe', 'köpfen', 'leute']);

/** The change a word names. (A function of its own, not a closure made per call.) */
function changeWord(t: Token): HeadcountFact['change'] {
  if (INCREASE_WORDS.has(t.lower)) return 'increase';
  if (DECREASE_WORDS.has(t.lower)) return 'decrease';
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
