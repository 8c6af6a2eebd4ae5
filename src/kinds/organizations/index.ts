/**
 * Organisations from evidence, not from capital letters:
 * - organizations/legal-form: "Muster Technik GmbH & Co. KG", "Verein für Heimatpflege e.V."
 * - organizations/head: "Universität Bielefeld", "Ministerium für Schule und Bildung", "Stadtwerke Lemgo"
 * - organizations/acronym: "BSI", "SPD", "KfW", also as the first part of a compound ("SPD-Kreisvorsitzende")
 * - organizations/lower-acronym: a vowelless lower-case name used as a noun ("das krz")
 * - organizations/party: "die Grünen", "die Linke"
 * - organizations/known: "Bundestag", "dpa", "Europäischen Union", "Freie Wähler"
 * - organizations/business: a name + a business head ("Isarwerk Ventures", "Elbflügel Reisen", "SIX Swiss Exchange")
 * - organizations/trade: a trade noun + the owner's surname ("Backhaus Terhorst", "Zimmerei Kästner")
 * - organizations/body: "die Stadt Kassel", "der Freistaat Sachsen", "der Stadtrat", "des Vogtlandkreises"
 * - organizations/legal-form-short: a legal-form name mentioned without its form ("Lumivo Robotics" for "Lumivo Robotics GmbH")
 * A description before a name ("Hausgerätehersteller", "Aktien der") is not part of it; currency and unit
 * abbreviations ("US-Dollar", "TEUR", "TDM") are never organisations.
 */
import type { OrganizationFact } from '../../facts.js';
import type { Context } from '../../engine/context.js';
import { LEGAL_FORMS, LEGAL_FORM_EXACT } from '../../lexicon/legal-forms.js';
import { ENGLISH_TAIL_HEADS, ORG_HEAD_SUFFIXES, BODY_NOUNS, BODY_OF_PLACE_HEADS, BODY_PLACE_HEADS, BUSINESS_TAIL_HEADS, DESCRIPTION_SUFFIXES, KNOWN_ORG_PHRASES, TRADE_HEADS, FEMININE_HEADS, HEAD_BASE_FORMS, KNOWN_ORG_NAMES, NON_ORG_ACRONYMS, ORG_COMPLEMENT_WORDS, PARTY_WORDS, VOWELLESS_WORDS } from '../../lexicon/org-words.js';
import { NOT_SURNAMES, TITLES } from '../../lexicon/person-words.js';
import { STATE_ABBREVIATIONS } from '../../lexicon/regions.js';
import { CURRENCY_WORDS } from '../../lexicon/currencies.js';
import type { Unit } from '../persons/units.js';
import { hasNounSuffix, wordSlot, isFirstName, isFirstNameWord, isOrgHead, isOrgHeadWord, isOrgHeadOfWord, isSurnameLike, placeAt, placeWord, roleOf, roleOfWord, unitWord, partsOf, isLowerAcronym, LEX_LOWER_ACRONYM, LEX_ORG, type Word } from '../persons/lexicon.js';
import { zeroedBytes } from '../../engine/scratch.js';

export interface OrgSpan {
  /** Unit range [first, last). */
  first: number;
  last: number;
  name: string;
  legalForm?: string;
  /** Legal-form names: the number of units before the form. */
  bare?: number;
  rule: string;
  /** Set when the span is only part of one unit (the "SPD" of "SPD-Kreisvorsitzende"): token range. */
  tokFirst?: number;
  tokLast?: number;
}

/** Every span is made here, with all fields in one order: one object shape. */
function orgSpan(first: number, last: number, name: string, rule: string, legalForm?: string, bare?: number, tokFirst?: number, tokLast?: number): OrgSpan {
  return { first, last, name, legalForm, bare, rule, tokFirst, tokLast };
}

interface LegalKey {
  /** The form's words, lower-case ("gmbh", "&", "co.", "kg"). */
  words: string[];
  form: string;
  /** Matched whatever the case of the first word. */
  caseFree: boolean;
}
const LEGAL_CASE_FREE = new Set(['gmbh', 'e.v.', 'ggmbh', 'kgaa', 'e.', 'stiftung', 'ges.m.b.h.', 'gmbh & co. kg']);
/** First word → the legal forms starting with it, most words first. */
const LEGAL_KEYS_BY_FIRST: Map<string, LegalKey[]> = new Map();
for (const [key, form] of LEGAL_FORMS) {
  const words = key.split(' ');
  const list = LEGAL_KEYS_BY_FIRST.get(words[0]!) ?? [];
  list.push({ words, form, caseFree: LEGAL_CASE_FREE.has(key) || LEGAL_CASE_FREE.has(words[0]!) });
  LEGAL_KEYS_BY_FIRST.set(words[0]!, list);
}
for (const list of LEGAL_KEYS_BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length); // stable: as before

/** Nouns that name the kind of an organisation: they stand before the name, not in it. */
const GENERIC_BEFORE = new Set(['unternehmen', 'firma', 'konzern', 'tochter', 'tochtergesellschaft', 'hersteller', 'anbieter', 'dienstleister', 'spezialist', 'partner', 'kunde', 'kunden', 'start-up', 'startup', 'betreiber', 'träger', 'investor', 'käufer', 'verein', 'marke', 'mutter', 'muttergesellschaft', 'holding', 'zulieferer', 'händler', 'gesellschafter', 'auftraggeber', 'auftragnehmer', 'softwarehaus', 'familienunternehmen', 'mittelständler', 'traditionsunternehmen', 'technologieunternehmen', 'softwareunternehmen', 'systemhaus', 'agentur', 'beratung', 'kanzlei', 'reiseveranstalter', 'bäckereikette', 'investoren', 'bestandsinvestoren']);
/** Short forms that begin a longer name: clubs and unions ("FC Bayern München", "IG Metall"). */
const CLUB_PREFIXES = new Set(['mtv', 'msv', 'vfr', 'tsc', 'fv', 'fc', 'sv', 'tsv', 'vfl', 'vfb', 'sc', 'tus', 'spvgg', 'djk', 'ig', 'bsc', 'ssv', 'fsv', 'tsg', 'sg', 'tv', 'rsv', 'esv', 'psv', 'ksv', 'asv', 'bv', 'ev', 'rb',
  'hc', 'hsg', 'ehc', 'erc', 'ttc', 'tc', 'tg', 'tgv', 'bsg']);
const CONNECTORS = new Set(['&', 'und', 'für', '+', 'der', 'des']);
const ADJ_ENDINGS = ['ische', 'ischer', 'isches', 'ischen', 'liche', 'licher', 'liches', 'lichen'];
const ORG_ADJECTIVES = new Set(['deutsche', 'deutscher', 'deutsches', 'deutschen', 'freie', 'freien', 'technische', 'technischen', 'medizinische', 'evangelische', 'evangelisches', 'katholische', 'katholisches', 'städtische', 'städtisches', 'private', 'staatliche', 'heilpädagogische', 'westfälische', 'westfälisches', 'lippische', 'lippisches', 'europäische', 'internationale', 'internationaler', 'allgemeine', 'allgemeiner', 'neue', 'alte']);
const LOCATIVE = new Set(['in', 'im', 'am', 'ins', 'aus', 'nach', 'bei', 'zwischen', 'über', 'durch', 'an', 'auf']);
const DETERMINERS = new Set(['das', 'des', 'dem', 'der', 'die', 'den', 'vom', 'beim', 'zum', 'zur', 'im', 'am']);

const KNOWN_PHRASES_BY_FIRST: Map<string, string[][]> = new Map();
for (const p of KNOWN_ORG_PHRASES) {
  const words = p.toLowerCase().split(' ');
  KNOWN_PHRASES_BY_FIRST.set(words[0]!, [...(KNOWN_PHRASES_BY_FIRST.get(words[0]!) ?? []), words]);
}
const KNOWN_PHRASES_FIRST = [...KNOWN_PHRASES_BY_FIRST.keys()];

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
const CAP_START = /^\p{Lu}/u;
const MIXED_ACRONYM = /^\p{Lu}(?:\p{Lu}|\p{Ll}{1,2}(?=\p{Lu}))[\p{Lu}\p{Ll}]{0,4}$/u;
const INFLECTED = /(?:e|en|es|em)$/u;
const CAP_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const ALL_CAPS_2 = /^\p{Lu}{2,}$/u;

/**
 * Bit tables that say, from a few char codes of a unit's lower-case form, that a word list cannot
 * hold it (why: most capitalised units start no organisation rule, and these tests spare them the
 * Word look-up and the rules' Set look-ups). A set bit only means "ask the lists".
 */
type KeyBits = Uint8Array;
/** Key of a whole word: its length, first and last letter. */
function wordKey(lower: string): number {
  const n = lower.length;
  return n === 0 ? 0 : wordSlot(n, lower.charCodeAt(0), lower.charCodeAt(n - 1));
}
/** Key of a word's ending: its last three letters (suffix lists, whose suffixes are longer). */
function endKey(lower: string): number {
  const n = lower.length;
  return n < 3 ? 0 : endKeyOf(lower.charCodeAt(n - 3), lower.charCodeAt(n - 2), lower.charCodeAt(n - 1));
}
function endKeyOf(c3: number, c2: number, c1: number): number {
  return (c3 * 961 + c2 * 31 + c1) & 65535;
}
/**
 * The bits of a word list, by whole word or by ending. The list's words are read here, not through wordKey/endKey:
 * V8 keeps the string kinds a read has seen (four at most, then the read goes generic), and the lists' literal
 * strings are a kind the units' forms are not.
 */
function keyBits(words: Iterable<string>, by: 'word' | 'ending'): KeyBits {
  const bits = new Uint8Array(8192);
  for (const w of words) {
    const n = w.length;
    const k = by === 'word'
      ? (n === 0 ? 0 : wordSlot(n, w.charCodeAt(0), w.charCodeAt(n - 1)))
      : (n < 3 ? 0 : endKeyOf(w.charCodeAt(n - 3), w.charCodeAt(n - 2), w.charCodeAt(n - 1)));
    bits[k >>> 3]! |= 1 << (k & 7);
  }
  return bits;
}
function hasKey(bits: KeyBits, k: number): boolean {
  return (bits[k >>> 3]! & (1 << (k & 7))) !== 0;
}
/** Capitalised words that start a rule by themselves: known names and phrases, parties, trade and body nouns. */
const START_WORDS = keyBits([
  ...[...KNOWN_ORG_NAMES].map((n) => n.toLowerCase()), ...KNOWN_PHRASES_FIRST, ...PARTY_WORDS.keys(), ...TRADE_HEADS,
  ...BODY_OF_PLACE_HEADS, ...BODY_PLACE_HEADS, ...BODY_NOUNS,
], 'word');
/** Endings of institutional heads: isOrgHead is asked only of these. */
const HEAD_ENDINGS = keyBits(ORG_HEAD_SUFFIXES, 'ending');
/** Districts as bodies ("des Vogtlandkreises"). */
const DISTRICT_ENDINGS = keyBits(['kreis', 'kreises'], 'ending');
/** A business head after a name ("Elbflügel Reisen"). */
const TAIL_WORDS = keyBits(BUSINESS_TAIL_HEADS, 'word');

/**
 * False when no rule of orgAt but the head rule can start at a capitalised word (the rules' tests,
 * loosened): true means "run the rules". Computed once per word (OrgWord.mayStart).
 */
function mayStartWord(w: Word): boolean {
  const lower = w.lower;
  return hasKey(START_WORDS, wordKey(lower)) || hasKey(DISTRICT_ENDINGS, endKey(lower)) || mayBeAcronym(w.value, w.parts.length > 1);
}

/** A business head follows unit i ("Elbflügel Reisen"): the one rule that a word cannot tell alone. */
function tailFollows(units: readonly Unit[], i: number): boolean {
  const next = units[i + 1];
  return next !== undefined && next.cap && !next.starts && hasKey(TAIL_WORDS, wordKey(next.lower));
}

/**
 * isAcronymOrg's cheap gate on the first hyphen part, loosened: at most 7 long, with an upper-case
 * letter among chars 2–7 (a char beyond Latin-1 counts as one). `joined`: hyphen parts joined into one unit.
 */
function mayBeAcronym(value: string, joined: boolean): boolean {
  if (!joined && value.length > 7) return false; // most words: too long to be one
  let upper = false;
  for (let k = 1; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (joined && c === 45) break; // '-': the first part ends
    if (k >= 7) return false; // a first part longer than 7
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c > 255) upper = true;
  }
  return upper;
}

/**
 * What the organisation rules ask of one written word, computed once per word (see Word in
 * persons/lexicon.ts): the rules below read these fields instead of asking the word lists per unit.
 */
export class OrgWord {
  readonly determiner: boolean;
  readonly clubPrefix: boolean;
  readonly businessTail: boolean;
  readonly trade: boolean;
  readonly bodyOfPlace: boolean;
  readonly bodyPlace: boolean;
  readonly bodyNoun: boolean;
  /** KNOWN_ORG_NAMES, as written. */
  readonly knownName: boolean;
  /** A party word ("Grünen") → its printed name. */
  readonly party: string | undefined;
  readonly legal: LegalKey[] | undefined;
  /** The legal form may start here in this case ("AG", not "ag"; "gmbh" in any case). */
  readonly legalExact: boolean;
  readonly phrases: string[][] | undefined;
  /** isNamePart / isNameWord of the word. */
  readonly namePart: boolean;
  readonly nameWord: boolean;
  /** An adjective of an organisation name ("Deutsche", "Technischen", "Berliner"); not at a sentence start after… see isOrgAdjective. */
  readonly adjective: boolean;
  /** Its own first part is an acronym organisation ("SPD" of "SPD-Kreisvorsitzende"). */
  readonly acronym0: boolean;
  /** The first part is a place ("NRW-Landesregierung"). */
  readonly place0: boolean;
  readonly currencyPart: boolean;
  readonly allPartsAcronym: boolean;
  /** "Lemgoer": a place + "er". */
  readonly placeAdjective: boolean;
  readonly placeWord: boolean;
  readonly nounSuffix: boolean;
  readonly inflected: boolean;
  /** A compound whose first part is a capitalised word, not itself a head ("Kreis-Sparkasse"). */
  readonly capFirstPart: boolean;
  readonly firstName: boolean;
  /** An institutional head ("Stadtwerke", "Landkreis"): isOrgHead, behind its cheap ending test. */
  readonly head: boolean;
  /** A rule other than the head rule may start at the word (mayStartWord). */
  readonly mayStart: boolean;

  constructor(w: Word) {
    const lower = w.lower;
    const p0 = w.parts[0]!;
    this.determiner = DETERMINERS.has(lower);
    this.clubPrefix = CLUB_PREFIXES.has(lower);
    this.businessTail = BUSINESS_TAIL_HEADS.has(lower);
    this.trade = TRADE_HEADS.has(lower);
    this.bodyOfPlace = BODY_OF_PLACE_HEADS.has(lower);
    this.bodyPlace = BODY_PLACE_HEADS.has(lower);
    this.bodyNoun = BODY_NOUNS.has(lower);
    this.knownName = KNOWN_ORG_NAMES.has(w.value);
    this.party = w.cap ? PARTY_WORDS.get(lower) : undefined;
    this.legal = LEGAL_KEYS_BY_FIRST.get(lower);
    this.legalExact = LEGAL_FORM_EXACT.has(w.value);
    this.phrases = KNOWN_PHRASES_BY_FIRST.get(lower);
    const description = isDescription(lower);
    const notSurname = NOT_SURNAMES.has(lower);
    const role = roleOfWord(w) !== undefined;
    this.namePart = isNamePart(w, description, role);
    this.nameWord = w.type === 'word' && w.cap && w.value.length >= 2 && !notSurname && !GENERIC_BEFORE.has(lower) && !description && !CURRENCY_WORDS.has(lower)
      && !role && !isOrgHeadOfWord(w) && !this.determiner;
    this.firstName = isFirstNameWord(w);
    this.adjective = isAdjectiveWord(w, notSurname, role, this.firstName);
    this.acronym0 = w.type === 'word' && isAcronymOrg(p0);
    this.place0 = w.parts.length > 1 && placeWord(p0.toLowerCase()) !== undefined;
    this.currencyPart = w.parts.some((x) => CURRENCY_WORDS.has(x.toLowerCase()));
    this.allPartsAcronym = w.parts.every((x) => ACRONYM.test(x));
    this.placeAdjective = lower.endsWith('er') && placeWord(lower.slice(0, -2)) !== undefined;
    this.placeWord = placeWord(lower) !== undefined;
    this.nounSuffix = hasNounSuffix(lower);
    this.inflected = INFLECTED.test(lower);
    this.capFirstPart = w.parts.length > 1 && CAP_THEN_LOWER.test(p0) && !isOrgHeadWord(p0.toLowerCase());
    this.head = hasKey(HEAD_ENDINGS, endKey(lower)) && isOrgHeadOfWord(w);
    this.mayStart = mayStartWord(w);
  }
}

function orgWord(u: Unit): OrgWord {
  return orgWordOf(unitWord(u));
}
function orgWordOf(w: Word): OrgWord {
  return w.org ?? (w.org = new OrgWord(w));
}

/** Word.orgGate: the word is an institutional head (OrgWord.head) … */
const GATE_HEAD = 1;
/** … a rule other than the head rule may start at it (OrgWord.mayStart). */
const GATE_MAY_START = 2;
/**
 * The two gates of orgAt, kept on the Word itself (why: most capitalised units start no rule, and reading
 * them from the OrgWord was one more cache miss per word first met in a document).
 */
function orgGateOf(w: Word): number {
  if (w.orgGate < 0) {
    const ow = orgWordOf(w);
    w.orgGate = (ow.head ? GATE_HEAD : 0) | (ow.mayStart ? GATE_MAY_START : 0);
  }
  return w.orgGate;
}

function isNamePart(u: Word, description: boolean, role: boolean): boolean {
  if (u.type === 'number') return true;
  if (u.type !== 'word') return false;
  if (!u.cap && !HAS_UPPER.test(u.value)) return false; // "4tel", "eBay" pass, "wir" does not
  if (NOT_SURNAMES.has(u.lower) && !ALL_CAPS_2.test(u.value)) return false;
  if (GENERIC_BEFORE.has(u.lower)) return false;
  if (description) return false;
  if (role) return false;
  return true;
}

/** "Hausgerätehersteller", "Bäckereikette", "Aktien": a description of a company, not part of its name. */
function isDescription(lower: string): boolean {
  for (const s of DESCRIPTION_SUFFIXES) if (lower.endsWith(s)) return true;
  return false;
}

/** A capitalised word that can be part of a business name (not a function word, role, head or description). */
function isNameWord(u: Unit | undefined): boolean {
  return u !== undefined && u.cap && orgWord(u).nameWord;
}

function knownPhraseAt(units: readonly Unit[], i: number, list: string[][]): number | undefined {
  for (const words of list) {
    let ok = i + words.length <= units.length;
    for (let k = 1; k < words.length && ok; k++) ok = units[i + k]!.lower === words[k] && units[i + k]!.cap;
    if (ok) return i + words.length;
  }
  return undefined;
}

/** The legal form starting at unit i, or undefined; sets `legalLength` to its number of units. */
let legalLength = 0;
function legalFormAt(units: readonly Unit[], i: number): string | undefined {
  const u = units[i];
  if (u === undefined || (u.lex & LEX_ORG) === 0) return undefined; // a name running to the end of the text; no form's first word
  const ow = orgWord(u);
  const keys = ow.legal;
  if (keys === undefined) return undefined;
  for (const key of keys) {
    const words = key.words;
    if (i + words.length > units.length) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = units[i + k]!.lower === words[k];
    if (!ok) continue;
    if (!key.caseFree && !ow.legalExact) continue;
    legalLength = words.length;
    return key.form;
  }
  return undefined;
}

export function isAcronymOrg(value: string): boolean {
  if (value.length < 2 || value.length > 7) return false;
  if (/\d.*\d/u.test(value)) return false; // "VLM482" is a securities code, not a name
  // cheap gate: an upper-case first letter and a second upper-case letter somewhere
  const c0 = value[0]!;
  if (c0 === c0.toLowerCase()) return false;
  let upperAfter = false;
  for (let k = 1; k < value.length && !upperAfter; k++) { const c = value[k]!; upperAfter = c !== c.toLowerCase(); }
  if (!upperAfter) return false;
  const lower = value.toLowerCase();
  if (NON_ORG_ACRONYMS.has(lower) || STATE_ABBREVIATIONS.has(value) || LEGAL_FORM_EXACT.has(value)) return false;
  if (placeWord(lower) !== undefined) return false; // USA, NRW handled as places
  if (ACRONYM.test(value)) return /\p{Lu}.*\p{Lu}/u.test(value);
  if (!MIXED_ACRONYM.test(value)) return false;
  let upper = 0;
  for (const ch of value) if (ch !== ch.toLowerCase()) upper++;
  return upper >= 2 && upper * 2 >= value.length - 1;
}

function spanText(ctx: Context, units: readonly Unit[], first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[units[first]!.first]!.start, ctx.tokens[units[last - 1]!.last - 1]!.end).replace(/\s+/gu, ' ');
}

/** The state of one findOrganizationSpans call, passed to the rules (no closures: small functions compile cheaply). */
interface OrgScan {
  ctx: Context;
  units: readonly Unit[];
  spans: OrgSpan[];
  /** First unit not yet covered. */
  end: number;
  /** Lower-case acronyms ("krz") → how often they occur; counted when the first one asks (most texts have none). */
  lowerCounts: Map<string, number> | undefined;
}

/** All organisation spans, in text order, not overlapping. */
export function findOrganizationSpans(ctx: Context, units: readonly Unit[]): OrgSpan[] {
  const st: OrgScan = { ctx, units, spans: [], end: 0, lowerCounts: undefined };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // no rule starts at a lower-case word outside the lex bits (a legal form, "dpa", "krz")
    if (u.boilerplate || (!u.cap && (u.lex & LEX_ORG) === 0)) continue;
    i = orgAt(st, i, u);
  }
  return withLongForms(ctx, units, withShortForms(ctx, units, st.spans));
}

/** Lower-case words and signs that may stand inside the long form of an abbreviation ("Verein Deutscher Ingenieure", "Gewerkschaft Erziehung und Wissenschaft"). */
const LONG_FORM_LINKS: ReadonlySet<string> = new Set(['und', 'für', 'der', 'des', 'die', 'von', 'vom', 'zur', 'zum', 'im', 'am', 'in', '&', '-']);

/**
 * "Gewerkschaft Erziehung und Wissenschaft (GEW)": an acronym in brackets right after the name it stands for.
 * The name is the shortest run of capitalised words (and the links above) before the bracket that holds the
 * acronym's letters in order, its first letter at the start of the run's first word (Schwartz and Hearst's
 * rule for abbreviations, 2003): "Mainzer Verkehrsbetriebe GmbH (MVB)", "Deutsche Forschungsgemeinschaft
 * (DFG)". The acronym elsewhere is a mention of that name; spans inside the run give way to it. Only acronyms
 * already taken as organisations ("EBIT", "KMU" are not) and names of two capitalised words or more.
 */
function withLongForms(ctx: Context, units: readonly Unit[], spans: OrgSpan[]): OrgSpan[] {
  // most documents have no acronym in brackets: nothing to copy or sort then
  if (!spans.some((o) => o.rule === 'organizations/acronym' && units[o.first - 1]?.value === '(')) return spans;
  // one pass in text order: a long form only takes spans right before its acronym (within its few words)
  const sorted = [...spans].sort((x, y) => x.first - y.first);
  const gone = new Set<OrgSpan>();
  const longOf = new Map<OrgSpan, OrgSpan>();
  let named: Map<string, OrgSpan> | undefined;
  for (let n = 0; n < sorted.length; n++) {
    const a = sorted[n]!;
    if (a.rule !== 'organizations/acronym' || a.last - a.first !== 1) continue;
    const p = a.first - 1;
    if (p < 1 || units[p]!.value !== '(' || units[a.last]?.value !== ')') continue;
    const s = longFormStart(units, p, units[a.first]!.value);
    if (s < 0) continue;
    // spans in the run give way; one that reaches into it from outside stops the rule
    let crossing = false;
    let inner: OrgSpan | undefined;
    for (let m = n - 1; m >= 0 && sorted[m]!.last > s; m--) {
      const o = sorted[m]!;
      if (o.first < s || o.last > p) crossing = true;
      else if (o.last === p) inner = o;
    }
    if (crossing) continue;
    for (let m = n - 1; m >= 0 && sorted[m]!.last > s; m--) gone.add(sorted[m]!);
    const long = orgSpan(s, p, spanText(ctx, units, s, p), 'organizations/long-form', inner?.legalForm, inner?.legalForm === undefined ? undefined : (inner.bare ?? 0) + inner.first - s);
    // the bracketed acronym is part of this one naming, not a second mention (the release's organisation is
    // the one named most often): the long form takes its place
    longOf.set(a, long);
    (named ??= new Map()).set(units[a.first]!.value, long);
  }
  if (named === undefined) return spans;
  const out: OrgSpan[] = [];
  for (const o of sorted) {
    if (gone.has(o)) continue;
    const long = longOf.get(o);
    if (long !== undefined) { out.push(long); continue; }
    // the acronym alone, elsewhere in the text ("Die GVD fordert …"): the same organisation
    const by = o.rule === 'organizations/acronym' && o.last - o.first === 1 ? named.get(units[o.first]!.value) : undefined;
    if (by !== undefined) { o.name = by.name; o.legalForm = by.legalForm; }
    out.push(o);
  }
  return out;
}

/** The first unit of the long form of `acronym` ending right before unit p (a bracket), or -1. */
function longFormStart(units: readonly Unit[], p: number, acronym: string): number {
  const letters = acronym.toLowerCase();
  if (letters.length < 2 || letters.length > 8 || !/^[a-zäöü]+$/u.test(letters)) return -1;
  const maxWords = Math.min(letters.length + 5, 2 * letters.length);
  let k = letters.length - 1;
  let words = 0;
  let capitalised = 0;
  for (let j = p - 1; j >= 0 && words < maxWords; j--) {
    const v = units[j]!;
    if (v.type !== 'word') {
      if (v.value === '-' || v.value === '&') continue;
      return -1;
    }
    if (!v.cap && !LONG_FORM_LINKS.has(v.lower)) return -1;
    words++;
    if (v.cap) capitalised++;
    const w = v.lower;
    for (let c = w.length - 1; c >= 0 && k >= 0; c--) {
      if (w[c] !== letters[k]) continue;
      if (k > 0) { k--; continue; }
      // the first letter: only at the start of a capitalised word
      if (c === 0 && v.cap) return capitalised >= 2 ? j : -1;
    }
    if (v.starts) return -1;
  }
  return -1;
}

function countLowerAcronyms(units: readonly Unit[]): Map<string, number> | undefined {
  let counts: Map<string, number> | undefined;
  for (const u of units) {
    if ((u.lex & LEX_LOWER_ACRONYM) === 0) continue;
    const p0 = partsOf(u)[0]!;
    counts ??= new Map();
    counts.set(p0, (counts.get(p0) ?? 0) + 1);
  }
  return counts;
}

/** The rules at unit i, in order; returns the last unit taken (i when nothing or one unit was taken). */
function orgAt(st: OrgScan, i: number, u: Unit): number {
  // legal form ends a name (its first word has the LEX_ORG bit)
  if (i > st.end && (u.lex & LEX_ORG) !== 0) {
    const r = legalNameAt(st, i);
    if (r >= 0) return r;
  }
  if (i < st.end) return i;
  // the Word of a capitalised unit is looked up here, not first by the persons after (which then find it on
  // the unit): what the gates below ask of the word is computed once per word, not once per unit
  const w = unitWord(u);
  const gate = orgGateOf(w);
  const head = (gate & GATE_HEAD) !== 0;
  // most capitalised units: no rule can start here
  if (!head && (u.lex & LEX_ORG) === 0 && (u.type !== 'word' || !((gate & GATE_MAY_START) !== 0 || tailFollows(st.units, i)))) return i;
  const ow = orgWordOf(w);
  // institutional heads with a complement
  if (head) {
    const r = headAt(st, i, u, ow);
    if (r >= 0) return r;
  }
  if (u.type !== 'word') return i;
  if (u.cap) {
    const r = businessAt(st.units, i, st.end, u, ow);
    if (r !== undefined) return pushSpan(st, i, businessLast, spanText(st.ctx, st.units, i, businessLast), r);
  }
  if (ow.knownName) return pushSpan(st, i, i + 1, u.value, 'organizations/known');
  if (ow.party !== undefined && i > 0 && partyContext(st, i)) return pushSpan(st, i, i + 1, ow.party, 'organizations/party');
  if (ow.acronym0) {
    const r = acronymAt(st, i, u, ow);
    if (r >= 0) return r;
    if (r === STOP) return i;
  }
  if ((u.lex & LEX_LOWER_ACRONYM) !== 0) return lowerAcronymAt(st, i, u);
  return i;
}

const STOP = -2;

/** Push a span over units [first, last) and return the last unit taken. */
function pushSpan(st: OrgScan, first: number, last: number, name: string, rule: string): number {
  st.spans.push(orgSpan(first, last, name, rule));
  st.end = last;
  return last - 1;
}

function legalNameAt(st: OrgScan, i: number): number {
  const units = st.units;
  const form = legalFormAt(units, i);
  if (form === undefined) return -1;
  const length = legalLength;
  const end = st.end;
  let s = i;
  let k = i - 1;
  while (k >= end && i - k <= 6) {
    const v = units[k]!;
    const vw = orgWord(v);
    // "Meier Partner GmbH": a business head right before the form is part of the name
    if (k === i - 1 && v.cap && vw.businessTail && !v.starts && isNameWord(units[k - 1])) { s = k; k--; continue; }
    if (v.starts && !vw.namePart) break;
    if (vw.placeAdjective) break; // "die Lemgoer Datenwerk AG"

    if (vw.namePart) { s = k; if (v.starts) break; k--; continue; }
    if (CONNECTORS.has(v.lower) && k - 1 >= end && orgWord(units[k - 1]!).namePart && !units[k - 1]!.starts) { k--; continue; }
    // "Flughafen Paderborn/Lippstadt GmbH": two name words joined by a slash without spaces
    if (v.value === '/' && !v.spaceBefore && !units[k + 1]!.spaceBefore && k - 1 >= end && units[k - 1]!.cap && orgWord(units[k - 1]!).namePart && !units[k - 1]!.starts) { k--; continue; }
    break;
  }
  if (s >= i) return -1;
  const last = i + length;
  // "Schwäbische Albverein Ortsgruppe Teckblick e.V.": a head name right before is the same organisation
  const spans = st.spans;
  const prevSpan = spans.length > 0 ? spans[spans.length - 1] : undefined;
  if (prevSpan !== undefined && prevSpan.last === s && prevSpan.rule === 'organizations/head' && prevSpan.tokFirst === undefined && !units[s]!.starts) {
    spans.pop();
    s = prevSpan.first;
  }
  spans.push(orgSpan(s, last, spanText(st.ctx, units, s, last), 'organizations/legal-form', form, i - s));
  st.end = last;
  return last - 1;
}

/**
 * A ministry named by its field in one word ("Bundesforschungsministerium", "Landwirtschaftsministerium",
 * "des Innenministeriums"): an organisation without a complement, unlike "das Ministerium" alone.
 */
function isNamedMinistry(lower: string): boolean {
  const stem = lower.endsWith('ministeriums') ? lower.length - 12 : lower.endsWith('ministerium') ? lower.length - 11 : -1;
  return stem >= 4 && lower.indexOf('-') < 0;
}

function headAt(st: OrgScan, i: number, u: Unit, ow: OrgWord): number {
  const units = st.units;
  const end = st.end;
  const head = headSpan(units, i) ?? (ow.capFirstPart || isNamedMinistry(u.lower) ? i + 1 : undefined);
  if (head === undefined && i - 1 >= end && isOrgAdjective(units[i - 1]!) && !units[i - 1]!.starts) {
    // "das Statistische Bundesamt", "die Technische Hochschule"
    let s = i - 1;
    while (s - 1 >= end && isOrgAdjective(units[s - 1]!) && !units[s - 1]!.starts) s--;
    s = withSaintPrefix(units, s, end);
    st.spans.push(orgSpan(s, i + 1, headName(st.ctx, units, s, i, i + 1), 'organizations/head'));
    st.end = i + 1;
    return i;
  }
  if (head !== undefined && legalFormAt(units, head) === undefined) {
    let s = i;
    while (s - 1 >= end && isOrgAdjective(units[s - 1]!)) s--;
    if (s < i) s = withSaintPrefix(units, s, end);
    st.spans.push(orgSpan(s, head, headName(st.ctx, units, s, i, head), 'organizations/head'));
    st.end = head;
    return head - 1;
  }
  return -1;
}

/** Four or five digits, as a postcode before a town ("39012 Meran", "8953 Dietikon"). */
function isPostcode(u: Unit | undefined): boolean {
  return u !== undefined && u.type === 'number' && (u.value.length === 4 || u.value.length === 5) && /^\d+$/u.test(u.value);
}

/**
 * A party word ("Grünen", "Linke") is a party after a determiner ("die Grünen") or in a list right after another
 * organisation ("von CDU, SPD und Grünen"); alone it is an adjective. (In brackets after a name, "Melanie Kock (Grüne)",
 * it is one too, but the fixtures name it as written, "Grüne", where this prints the registered "Bündnis 90/Die Grünen":
 * left out until the naming of parties is settled.)
 */
function partyContext(st: OrgScan, i: number): boolean {
  const prev = st.units[i - 1]!;
  if (DETERMINERS.has(prev.lower)) return true;
  if (prev.value !== ',' && prev.lower !== 'und' && prev.lower !== 'sowie') return false;
  const last = st.spans[st.spans.length - 1];
  return last !== undefined && last.last === i - 1;
}

/** Acronyms, whole or as the first part of a compound: the last unit taken, -1 for none, STOP to skip the unit. */
function acronymAt(st: OrgScan, i: number, u: Unit, ow: OrgWord): number {
  const units = st.units;
  const parts = partsOf(u);
  const single = parts.length === 1;
  const next = units[i + 1];
  // an acronym right before a number is a code: "ISO 27001", a road "CHA 22", "B 70" (clubs aside: "TSV 1860")
  const codeNumber = single && !ow.clubPrefix && next?.type === 'number' && !next.starts;
  if (codeNumber || ow.place0 || ow.currencyPart) return -1;
  // "Neumarkt i.d.OPf.", "Mühldorf a.Inn": glued to an abbreviation's period, the part of a town's name
  if (!u.spaceBefore && i > 0 && units[i - 1]!.type === 'word' && units[i - 1]!.value.endsWith('.')) return -1;
  // "Dietikon (ZH)", "39012 Meran (BZ)": a canton or province code in brackets after a place or a postcode and a town
  if (single && u.value.length === 2 && next?.value === ')' && units[i - 1]?.value === '(' && i >= 2 && units[i - 2]!.cap &&
    (placeAt(units, i - 2) !== undefined || isPostcode(units[i - 3]))) return -1;
  const p0 = parts[0]!;
  if (single && ow.clubPrefix) {
    // "FC Bayern München", "IG Metall", "TSV 1860 München"
    let e = i + 1;
    while (e < units.length && e - i <= 3 && !units[e]!.starts && (units[e]!.type === 'number' || (units[e]!.cap && units[e]!.type === 'word' && !NOT_SURNAMES.has(units[e]!.lower)))) e++;
    if (e === i + 1) return STOP;
    // "HC Innerste 09 Hildesheim e.V.": the club's registered name with its legal form
    const form = legalFormAt(units, e);
    if (form !== undefined && !units[e]!.starts) {
      const last = e + legalLength;
      st.spans.push(orgSpan(i, last, spanText(st.ctx, units, i, last), 'organizations/legal-form', form, e - i));
      st.end = last;
      return last - 1;
    }
    return pushSpan(st, i, e, spanText(st.ctx, units, i, e), 'organizations/club');
  }
  // "MTV Treubund Lüneburg", "SIX Swiss Exchange": capitalised name words up to a place or a business head
  const run = single ? nameRunEnd(units, i + 1) : undefined;
  if (run !== undefined) return pushSpan(st, i, run, spanText(st.ctx, units, i, run), 'organizations/acronym-name');
  const place = single && next !== undefined && !next.starts ? placeAt(units, i + 1) : undefined;
  if (place !== undefined && place.strength === 'strong') {
    // "ETH Zürich", "TU München", "IHK Lippe"
    const e2 = i + 1 + place.length;
    return pushSpan(st, i, e2, spanText(st.ctx, units, i, e2), 'organizations/acronym-place');
  }
  if (!single && ow.allPartsAcronym) st.spans.push(orgSpan(i, i + 1, u.value, 'organizations/acronym'));
  else if (single) st.spans.push(orgSpan(i, i + 1, p0, 'organizations/acronym'));
  else if (parts.length >= 3 && CLUB_PREFIXES.has(p0.toLowerCase()) && CAP_START.test(parts[1]!)) {
    // "IG-BCE-Verhandlungsführerin", "IG-Metall-Chef": the union is "IG BCE", "IG Metall", not "IG"
    st.spans.push(orgSpan(i, i + 1, `${p0} ${parts[1]!}`, 'organizations/acronym-compound', undefined, undefined, u.first, u.first + 3));
  } else st.spans.push(orgSpan(i, i + 1, p0, 'organizations/acronym-compound', undefined, undefined, u.first, u.first + 1));
  st.end = i + 1;
  return i;
}

function lowerAcronymAt(st: OrgScan, i: number, u: Unit): number {
  const p0 = partsOf(u)[0]!;
  const prev = st.units[i - 1];
  const withDet = prev !== undefined && DETERMINERS.has(prev.lower);
  if (withDet || ((st.lowerCounts ??= countLowerAcronyms(st.units))?.get(p0) ?? 0) >= 2) {
    if (partsOf(u).length === 1) st.spans.push(orgSpan(i, i + 1, p0, 'organizations/lower-acronym'));
    else st.spans.push(orgSpan(i, i + 1, p0, 'organizations/lower-acronym-compound', undefined, undefined, u.first, u.first + 1));
    st.end = i + 1;
  }
  return i;
}

/** "Lumivo Robotics" where the text also writes "Lumivo Robotics GmbH": a mention of that organisation (names of two words or more). */
function withShortForms(ctx: Context, units: readonly Unit[], spans: OrgSpan[]): OrgSpan[] {
  const byFirst = new Map<string, Array<{ words: string[]; span: OrgSpan }>>();
  for (const s of spans) {
    if (s.bare === undefined) continue;
    const words: string[] = [];
    for (let k = s.first; k < s.first + s.bare; k++) words.push(units[k]!.lower);
    if (words.length < 2 || words.length > 5 || !units[s.first]!.cap) continue;
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, span: s }]);
  }
  if (byFirst.size === 0) return spans;
  // a business name found on its own that is a legal-form name without the form takes that name
  for (const s of spans) {
    if (s.bare !== undefined || s.tokFirst !== undefined) continue;
    for (const c of byFirst.get(units[s.first]!.lower) ?? []) {
      if (c.words.length !== s.last - s.first) continue;
      let same = true;
      for (let k = 1; k < c.words.length && same; k++) same = units[s.first + k]!.lower === c.words[k];
      if (same) { s.name = c.span.name; if (c.span.legalForm !== undefined) s.legalForm = c.span.legalForm; s.rule = 'organizations/legal-form-short'; break; }
    }
  }
  const covered = zeroedBytes(units.length);
  for (const s of spans) covered.fill(1, s.first, s.last);
  // a bit per length and per first letter (both mod 32) of the first words: most units are passed
  // over without hashing their text for the Map
  let lengths = 0;
  let initials = 0;
  for (const first of byFirst.keys()) { lengths |= 1 << (first.length & 31); initials |= 1 << (first.charCodeAt(0) & 31); }
  const extra: OrgSpan[] = [];
  for (let i = 0; i < units.length; i++) {
    const lower = units[i]!.lower;
    if ((lengths & (1 << (lower.length & 31))) === 0 || (initials & (1 << (lower.charCodeAt(0) & 31))) === 0) continue;
    const cands = covered[i] === 1 || units[i]!.boilerplate ? undefined : byFirst.get(lower);
    if (cands === undefined) continue;
    for (const { words, span } of cands) {
      // the whole name without its form, or (names of three words or more) its first two words or more when a
      // lower-case word follows: "Donau Cargo startet …" for "Donau Cargo Logistik GmbH"
      let n = 0;
      while (n < words.length && i + n < units.length && units[i + n]!.lower === words[n] && covered[i + n] !== 1) n++;
      const after = units[i + n];
      const prefix = n >= 2 && words.length >= 3 && after !== undefined && after.type === 'word' && !after.cap;
      if (n < words.length && !prefix) continue;
      extra.push(orgSpan(i, i + n, span.name, 'organizations/legal-form-short', span.legalForm));
      covered.fill(1, i, i + n);
      i += n - 1;
      break;
    }
  }
  void ctx;
  if (extra.length === 0) return spans;
  return [...spans, ...extra].sort((a, b) => a.first - b.first);
}

const FEMININE = new Set(FEMININE_HEADS);
const FEMININE_ENDINGS = FEMININE_HEADS.filter((f) => f.length >= 5);
/** The printed name of a head span: base form of the head, adjectives before a feminine head in "-e". */
function headName(ctx: Context, units: readonly Unit[], first: number, head: number, last: number): string {
  const h = units[head]!;
  const base = HEAD_BASE_FORMS.get(h.lower);
  const feminine = FEMININE.has(h.lower) || FEMININE_ENDINGS.some((f) => h.lower.endsWith(f));
  if (base === undefined && !(feminine && head > first)) return spanText(ctx, units, first, last);
  const words: string[] = [];
  for (let k = first; k < head; k++) {
    const v = units[k]!.value;
    words.push(feminine && v.endsWith('en') ? v.slice(0, -1) : v);
  }
  words.push(base ?? h.value);
  if (last > head + 1) words.push(spanText(ctx, units, head + 1, last));
  return words.join(' ');
}

/** An adjective of an organisation name; a determiner at a sentence start ("Der …") is none. */
function isOrgAdjective(u: Unit): boolean {
  if (!u.cap) return false; // before the Word look-up: most neighbours are lower-case
  const ow = orgWord(u);
  return ow.adjective && !(u.starts && ow.determiner);
}
function isAdjectiveWord(u: Word, notSurname: boolean, role: boolean, firstName: boolean): boolean {
  if (!u.cap || u.type !== 'word') return false;
  if (ORG_ADJECTIVES.has(u.lower)) return true;
  // place adjectives: "Zürcher Kantonalbank", "Berliner Sparkasse", "Lemgoer Stadtwerke"
  if (u.lower.endsWith('er') && u.parts.length === 1 && u.lower.length > 4 && !notSurname && !role && !firstName) return true;
  for (const e of ADJ_ENDINGS) if (u.lower.endsWith(e)) return true;
  return false;
}

/** The end (exclusive) of "Universität Bielefeld" / "Ministerium für Schule und Bildung", or undefined. */
function headSpan(units: readonly Unit[], i: number): number | undefined {
  const next = units[i + 1];
  if (next === undefined) return undefined;
  if (ORG_COMPLEMENT_WORDS.has(next.lower) && next.lower !== 'und') {
    // "die Feuerwehr in Hermsdorf" is the brigade of a place, named "Feuerwehr Hermsdorf" if at all
    if (LOCAL_HEADS.some((h) => units[i]!.lower.endsWith(h)) && PLACE_PREPOSITIONS.has(next.lower)) return undefined;
    return complementEnd(units, i);
  }
  if (next.cap && next.type === 'word' && !NOT_SURNAMES.has(next.lower) && !next.starts) {
    const place = placeAt(units, i + 1);
    if (place !== undefined) {
      // "Polizeipräsidium Oberbayern Süd", "Sparkasse Emsland Nord": a compass part of the district's name
      const e = i + 1 + place.length;
      const tail = units[e];
      return tail !== undefined && tail.cap && !tail.starts && COMPASS_TAILS.has(tail.lower) ? e + 1 : e;
    }
    const after = units[i + 2];
    // "Stiftung Rheinische Zukunft": an adjective and one noun
    if (isOrgAdjective(next) && after !== undefined && after.cap && after.type === 'word' && !after.starts && !isOrgHead(after) && roleOf(after) === undefined) {
      const a2 = units[i + 3];
      // not a truncated compound or a list ("Deutscher Maschinen- und Anlagenbau")
      if (a2 === undefined || (!(a2.cap && a2.type === 'word') && a2.value !== '-' && a2.lower !== 'und' && a2.lower !== 'oder' && a2.value !== '&')) return i + 3;
    }
    const single = after === undefined || !after.cap || after.type !== 'word';
    if (single && !orgWord(next).nounSuffix && roleOf(next) === undefined && !isOrgHead(next)) return i + 2;
  }
  return undefined;
}

const SAINT_PREFIXES: ReadonlySet<string> = new Set(['st.', 'sankt']);
const COMPASS_TAILS: ReadonlySet<string> = new Set(['nord', 'süd', 'ost', 'west', 'mitte', 'nordost', 'nordwest', 'südost', 'südwest']);
/** Heads of local bodies that take a place right after them, never "in …": "Feuerwehr Rheine", "Tiergarten Kranichfeld". */
const LOCAL_HEADS: readonly string[] = ['feuerwehr', 'tiergarten', 'tierpark', 'handwerkerschaft', 'innung'];
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'im', 'am', 'an', 'zu']);
/** "St. Galler Kantonalbank", "St.Galler Bauernverband": the saint's prefix of a place adjective at unit s. */
function withSaintPrefix(units: readonly Unit[], s: number, end: number): number {
  return s - 1 >= end && SAINT_PREFIXES.has(units[s - 1]!.lower) && units[s]!.lower.endsWith('er') ? s - 1 : s;
}
const ELLIPSIS_JOINS: ReadonlySet<string> = new Set(['und', 'oder', 'sowie']);

/**
 * "für Schule und Bildung", "der Künste", "zu Köln", "am Main", "an der Ruhr" after head i; up to 12 units
 * ("Ministerium für Wirtschaft, Mittelstand und Digitales des Landes Nordrhein-Westfalen").
 */
/** Common nouns after "in (der)" that name no place or body: "eine starke Bank in der Region" is no name. */
const GENERIC_AFTER_IN: ReadonlySet<string> = new Set(['region', 'stadt', 'welt', 'nähe', 'umgebung', 'innenstadt', 'zukunft', 'praxis', 'regel', 'zeit', 'lage', 'folge', 'mitte', 'fläche', 'breite', 'summe', 'höhe', 'tat', 'sache', 'öffentlichkeit', 'krise', 'pandemie']);

function complementEnd(units: readonly Unit[], i: number): number | undefined {
  if (units[i + 1]!.lower === 'in') {
    let q = i + 2;
    if (units[q] !== undefined && DETERMINERS.has(units[q]!.lower)) q++;
    if (units[q] !== undefined && GENERIC_AFTER_IN.has(units[q]!.lower)) return undefined;
  }
  let k = i + 2;
  let lastCap = -1;
  while (k < units.length && k - i <= 12) {
    const v = units[k]!;
    if (v.breaks > 0) break; // a name ends with its line (a title line, then "Pressemitteilung vom …")
    if (v.cap && v.type === 'word' && !NOT_SURNAMES.has(v.lower)) { lastCap = k; k++; continue; }
    // the hyphen of a shortened compound: "Klinik für Herz- und Gefäßchirurgie"
    if (v.value === '-' && !v.spaceBefore && lastCap === k - 1 && k + 2 < units.length && ELLIPSIS_JOINS.has(units[k + 1]!.lower) && units[k + 2]!.cap) { k += 2; continue; }
    // a comma goes on only to another noun of the name, not to a person ("…, Uwe Kästner")
    if (v.lower === ',' && k + 1 < units.length && (isFirstName(units[k + 1]!) || roleOf(units[k + 1]!) !== undefined || TITLES.has(units[k + 1]!.lower))) break;
    if ((v.lower === 'und' || v.lower === 'der' || v.lower === 'die' || v.lower === 'das' || v.lower === 'für' || v.lower === ',' || v.lower === 'in' || v.lower === '&') && k + 1 < units.length && units[k + 1]!.cap) { k++; continue; }
    if (v.lower === 'der' || v.lower === 'des') { k++; continue; }
    break;
  }
  return lastCap > 0 ? lastCap + 1 : undefined;
}

/** After an acronym: up to three capitalised name words ending in a business head ("Swiss Exchange", "Group"); not "VW Werk Emden". */
function nameRunEnd(units: readonly Unit[], j: number): number | undefined {
  for (let k = j; k < units.length && k - j < 3; k++) {
    const v = units[k]!;
    if (v.starts || !v.cap || v.type !== 'word') return undefined;
    const vw = orgWord(v);
    if (vw.businessTail) return k + 1;
    if (!vw.nameWord || vw.placeWord) return undefined;
  }
  return undefined;
}

/** The end of the span businessAt found (set with its rule). */
let businessLast = 0;
/** Business names without a legal form, public bodies and known phrases starting at unit i: the rule (end in businessLast). */
function businessAt(units: readonly Unit[], i: number, end: number, u: Unit, ow: OrgWord): string | undefined {
  const next = units[i + 1];
  if (ow.phrases !== undefined) {
    const known = knownPhraseAt(units, i, ow.phrases);
    if (known !== undefined) { businessLast = known; return 'organizations/known'; }
  }
  // "Elbflügel Reisen", "Nordlicht Research", "Isarwerk Ventures", "Wendt Partner"
  if (next !== undefined && next.cap && BUSINESS_TAIL_HEADS.has(next.lower) && !next.starts && ow.nameWord && !ow.firstName && (ENGLISH_TAIL_HEADS.has(next.lower) || (!ow.nounSuffix && !ow.placeWord))) {
    // "Günstige Reisen": an inflected adjective at the start of a sentence is no name
    if (u.starts && !ENGLISH_TAIL_HEADS.has(next.lower) && ow.inflected) return undefined;
    const after = units[i + 2];
    // a legal form after it: the legal-form rule takes the whole name
    if (legalFormAt(units, i + 2) !== undefined) return undefined;
    if (after === undefined || !(after.cap && after.type === 'word' && !after.starts)) { businessLast = i + 2; return 'organizations/business'; }
  }
  // "Backhaus Terhorst", "Zimmerei Kästner"
  if (ow.trade && next !== undefined && !next.starts && isSurnameLike(next) && placeWord(next.lower) === undefined) {
    const after = units[i + 2];
    const more = after !== undefined && after.cap && after.type === 'word' && !after.starts;
    if (!more) { businessLast = i + 2; return 'organizations/trade'; }
  }
  // "Regierung von Niederbayern"
  if (ow.bodyOfPlace && next?.lower === 'von' && units[i + 2] !== undefined) {
    const pl = placeAt(units, i + 2);
    if (pl !== undefined && pl.strength === 'strong') { businessLast = i + 2 + pl.length; return 'organizations/body'; }
  }
  const prev = i > 0 ? units[i - 1] : undefined;
  if (prev === undefined || i - 1 < end || !DETERMINERS.has(prev.lower)) return undefined;
  return bodyAt(units, i, u, ow, prev, next);
}

/** After a determiner: "der Stadt Kassel", "der Stadtrat", "des Vogtlandkreises". */
function bodyAt(units: readonly Unit[], i: number, u: Unit, ow: OrgWord, prev: Unit, next: Unit | undefined): string | undefined {
  const before = units[i - 2];
  // "in der Stadt Kassel", "im Landkreis Bautzen": a place, not the body
  const locative = LOCATIVE.has(prev.lower) || (before !== undefined && LOCATIVE.has(before.lower));
  // "der Stadt Kassel", "dem Landkreis Kassel", "der Freistaat Sachsen" (not "in der Stadt Kassel")
  if (ow.bodyPlace && !locative && next !== undefined && !next.starts) {
    const pl = placeAt(units, i + 1);
    if (pl !== undefined) { businessLast = i + 1 + pl.length; return 'organizations/body'; }
  }
  // "der Stadtrat", "der Kriminalpolizei" (not "Stadtrat Müller")
  if (ow.bodyNoun && !(next !== undefined && next.cap && next.type === 'word' && !next.starts)) { businessLast = i + 1; return 'organizations/body'; }
  // "des Vogtlandkreises": a district as an administrative body
  if (partsOf(u).length === 1 && (u.lower.endsWith('kreises') || u.lower.endsWith('kreis')) && !locative) {
    const base = u.lower.endsWith('es') ? u.lower.slice(0, -2) : u.lower;
    if (base.length > 8 && placeWord(base)?.strength === 'strong') { businessLast = i + 1; return 'organizations/body'; }
  }
  return undefined;
}

/** Merge spans into facts (one per name), in order of first mention. */
export function organizationFacts(ctx: Context, units: readonly Unit[], spans: readonly OrgSpan[]): OrganizationFact[] {
  const byKey = new Map<string, OrganizationFact>();
  for (const s of spans) {
    const key = s.name.toLowerCase();
    const ev = s.tokFirst !== undefined ? ctx.evidence(s.tokFirst, s.tokLast!) : ctx.evidence(units[s.first]!.first, units[s.last - 1]!.last);
    const old = byKey.get(key);
    if (old) { old.mentions.push(ev); continue; }
    const fact: OrganizationFact = { name: s.name, mentions: [ev], rule: s.rule };
    if (s.legalForm !== undefined) fact.legalForm = s.legalForm;
    byKey.set(key, fact);
  }
  return [...byKey.values()];
}
