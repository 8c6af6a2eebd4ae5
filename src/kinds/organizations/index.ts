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
import { ENGLISH_TAIL_HEADS, BODY_NOUNS, BODY_OF_PLACE_HEADS, BODY_PLACE_HEADS, BUSINESS_TAIL_HEADS, DESCRIPTION_SUFFIXES, KNOWN_ORG_PHRASES, TRADE_HEADS, FEMININE_HEADS, HEAD_BASE_FORMS, KNOWN_ORG_NAMES, NON_ORG_ACRONYMS, ORG_COMPLEMENT_WORDS, PARTY_WORDS, VOWELLESS_WORDS } from '../../lexicon/org-words.js';
import { NOT_SURNAMES, TITLES } from '../../lexicon/person-words.js';
const TITLE_WORDS = TITLES;
import { STATE_ABBREVIATIONS } from '../../lexicon/regions.js';
import { CURRENCY_WORDS } from '../../lexicon/currencies.js';
import type { Unit } from '../persons/units.js';
import { hasNounSuffix, isFirstName, isOrgHead, isOrgHeadWord, isSurnameLike, placeAt, placeWord, roleOf } from '../persons/lexicon.js';

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

const LEGAL_KEYS_BY_FIRST: Map<string, string[]> = new Map();
for (const key of LEGAL_FORMS.keys()) {
  const first = key.split(' ')[0]!;
  const list = LEGAL_KEYS_BY_FIRST.get(first) ?? [];
  list.push(key);
  list.sort((a, b) => b.split(' ').length - a.split(' ').length);
  LEGAL_KEYS_BY_FIRST.set(first, list);
}
const LEGAL_CASE_FREE = new Set(['gmbh', 'e.v.', 'ggmbh', 'kgaa', 'e.', 'stiftung', 'ges.m.b.h.', 'gmbh & co. kg']);

/** Nouns that name the kind of an organisation: they stand before the name, not in it. */
const GENERIC_BEFORE = new Set(['unternehmen', 'firma', 'konzern', 'tochter', 'tochtergesellschaft', 'hersteller', 'anbieter', 'dienstleister', 'spezialist', 'partner', 'kunde', 'kunden', 'start-up', 'startup', 'betreiber', 'träger', 'investor', 'käufer', 'verein', 'marke', 'mutter', 'muttergesellschaft', 'holding', 'zulieferer', 'händler', 'gesellschafter', 'auftraggeber', 'auftragnehmer', 'softwarehaus', 'familienunternehmen', 'mittelständler', 'traditionsunternehmen', 'technologieunternehmen', 'softwareunternehmen', 'systemhaus', 'agentur', 'beratung', 'kanzlei', 'reiseveranstalter', 'bäckereikette', 'investoren', 'bestandsinvestoren']);
/** Short forms that begin a longer name: clubs and unions ("FC Bayern München", "IG Metall"). */
const CLUB_PREFIXES = new Set(['mtv', 'msv', 'vfr', 'tsc', 'fv', 'fc', 'sv', 'tsv', 'vfl', 'vfb', 'sc', 'tus', 'spvgg', 'djk', 'ig', 'bsc', 'ssv', 'fsv', 'tsg', 'sg', 'tv', 'rsv', 'esv', 'psv', 'ksv', 'asv', 'bv', 'ev', 'rb']);
const CONNECTORS = new Set(['&', 'und', 'für', '+', 'der', 'des']);
const ADJ_ENDINGS = ['ische', 'ischer', 'isches', 'ischen', 'liche', 'licher', 'liches', 'lichen'];
const ORG_ADJECTIVES = new Set(['deutsche', 'deutscher', 'deutsches', 'deutschen', 'freie', 'freien', 'technische', 'technischen', 'medizinische', 'evangelische', 'evangelisches', 'katholische', 'katholisches', 'städtische', 'städtisches', 'private', 'staatliche', 'heilpädagogische', 'westfälische', 'westfälisches', 'lippische', 'lippisches', 'europäische', 'internationale', 'internationaler', 'allgemeine', 'allgemeiner', 'neue', 'alte']);

function isNamePart(u: Unit): boolean {
  if (u.type === 'number') return true;
  if (u.type !== 'word') return false;
  if (!u.cap && !/\p{Lu}/u.test(u.value)) return false; // "4tel", "eBay" pass, "wir" does not
  if (NOT_SURNAMES.has(u.lower) && !/^\p{Lu}{2,}$/u.test(u.value)) return false;
  if (GENERIC_BEFORE.has(u.lower)) return false;
  if (isDescription(u.lower)) return false;
  if (roleOf(u) !== undefined) return false;
  return true;
}

/** "Hausgerätehersteller", "Bäckereikette", "Aktien": a description of a company, not part of its name. */
function isDescription(lower: string): boolean {
  for (const s of DESCRIPTION_SUFFIXES) if (lower.endsWith(s)) return true;
  return false;
}

/** A capitalised word that can be part of a business name (not a function word, role, head or description). */
function isNameWord(u: Unit | undefined): boolean {
  if (u === undefined || u.type !== 'word' || !u.cap || u.value.length < 2) return false;
  if (NOT_SURNAMES.has(u.lower) || GENERIC_BEFORE.has(u.lower) || isDescription(u.lower) || CURRENCY_WORDS.has(u.lower)) return false;
  if (roleOf(u) !== undefined || isOrgHead(u) || DETERMINERS.has(u.lower)) return false;
  return true;
}

const KNOWN_PHRASES_BY_FIRST: Map<string, string[][]> = new Map();
for (const p of KNOWN_ORG_PHRASES) {
  const words = p.toLowerCase().split(' ');
  KNOWN_PHRASES_BY_FIRST.set(words[0]!, [...(KNOWN_PHRASES_BY_FIRST.get(words[0]!) ?? []), words]);
}
function knownPhraseAt(units: readonly Unit[], i: number): number | undefined {
  const list = KNOWN_PHRASES_BY_FIRST.get(units[i]!.lower);
  if (list === undefined) return undefined;
  for (const words of list) {
    let ok = i + words.length <= units.length;
    for (let k = 1; k < words.length && ok; k++) ok = units[i + k]!.lower === words[k] && units[i + k]!.cap;
    if (ok) return i + words.length;
  }
  return undefined;
}

const LOCATIVE = new Set(['in', 'im', 'am', 'ins', 'aus', 'nach', 'bei', 'zwischen', 'über', 'durch', 'an', 'auf']);

function legalFormAt(units: readonly Unit[], i: number): { form: string; length: number } | undefined {
  const u = units[i];
  if (u === undefined) return undefined; // a name running to the end of the text
  const keys = LEGAL_KEYS_BY_FIRST.get(u.lower);
  if (keys === undefined) return undefined;
  for (const key of keys) {
    const words = key.split(' ');
    if (i + words.length > units.length) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = units[i + k]!.lower === words[k];
    if (!ok) continue;
    if (!LEGAL_CASE_FREE.has(key) && !LEGAL_CASE_FREE.has(words[0]!) && !LEGAL_FORM_EXACT.has(u.value)) continue;
    return { form: LEGAL_FORMS.get(key)!, length: words.length };
  }
  return undefined;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;
const MIXED_ACRONYM = /^\p{Lu}(?:\p{Lu}|\p{Ll}{1,2}(?=\p{Lu}))[\p{Lu}\p{Ll}]{0,4}$/u;

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

const VOWEL = /[aeiouyäöü]/u;
function isLowerAcronym(value: string): boolean {
  if (value.length < 2 || value.length > 5) return false;
  const c0 = value[0]!;
  if (c0 === c0.toUpperCase()) return false;
  return !VOWEL.test(value) && /^\p{Ll}+$/u.test(value) && !VOWELLESS_WORDS.has(value);
}

const DETERMINERS = new Set(['das', 'des', 'dem', 'der', 'die', 'den', 'vom', 'beim', 'zum', 'zur', 'im', 'am']);

function spanText(ctx: Context, units: readonly Unit[], first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[units[first]!.first]!.start, ctx.tokens[units[last - 1]!.last - 1]!.end).replace(/\s+/gu, ' ');
}

/** All organisation spans, in text order, not overlapping. */
export function findOrganizationSpans(ctx: Context, units: readonly Unit[]): OrgSpan[] {
  const spans: OrgSpan[] = [];
  const lowerCounts = new Map<string, number>();
  for (const u of units) if (isLowerAcronym(u.parts[0]!)) lowerCounts.set(u.parts[0]!, (lowerCounts.get(u.parts[0]!) ?? 0) + 1);

  let end = 0; // first unit not yet covered
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.boilerplate) continue;
    // legal form ends a name
    const lf = i > end ? legalFormAt(units, i) : undefined;
    if (lf !== undefined) {
      let s = i;
      let k = i - 1;
      while (k >= end && i - k <= 6) {
        const v = units[k]!;
        // "Meier Partner GmbH": a business head right before the form is part of the name
        if (k === i - 1 && BUSINESS_TAIL_HEADS.has(v.lower) && v.cap && !v.starts && isNameWord(units[k - 1])) { s = k; k--; continue; }
        if (v.starts && !isNamePart(v)) break;
        if (v.lower.endsWith('er') && placeWord(v.lower.slice(0, -2)) !== undefined) break; // "die Lemgoer Datenwerk AG"

        if (isNamePart(v)) { s = k; if (v.starts) break; k--; continue; }
        if (CONNECTORS.has(v.lower) && k - 1 >= end && isNamePart(units[k - 1]!) && !units[k - 1]!.starts) { k--; continue; }
        break;
      }
      if (s < i) {
        // a lower-case connector cannot start the name
        const last = i + lf.length;
        // "Schwäbische Albverein Ortsgruppe Teckblick e.V.": a head name right before is the same organisation
        const prevSpan = spans[spans.length - 1];
        if (prevSpan !== undefined && prevSpan.last === s && prevSpan.rule === 'organizations/head' && prevSpan.tokFirst === undefined && !units[s]!.starts) {
          spans.pop();
          s = prevSpan.first;
        }
        spans.push({ first: s, last, name: spanText(ctx, units, s, last), legalForm: lf.form, bare: i - s, rule: 'organizations/legal-form' });
        end = last;
        i = last - 1;
        continue;
      }
    }
    if (i < end) continue;
    // institutional heads with a complement
    if (isOrgHead(u)) {
      const head = headSpan(units, i) ?? (u.parts.length > 1 && /^\p{Lu}\p{Ll}/u.test(u.parts[0]!) && !isOrgHeadWord(u.parts[0]!.toLowerCase()) ? i + 1 : undefined);
      if (head === undefined && i - 1 >= end && isOrgAdjective(units[i - 1]!) && !units[i - 1]!.starts) {
        // "das Statistische Bundesamt", "die Technische Hochschule"
        let s = i - 1;
        while (s - 1 >= end && isOrgAdjective(units[s - 1]!) && !units[s - 1]!.starts) s--;
        spans.push({ first: s, last: i + 1, name: headName(ctx, units, s, i, i + 1), rule: 'organizations/head' });
        end = i + 1;
        continue;
      }
      if (head !== undefined && legalFormAt(units, head) === undefined) {
        let s = i;
        while (s - 1 >= end && isOrgAdjective(units[s - 1]!)) s--;
        spans.push({ first: s, last: head, name: headName(ctx, units, s, i, head), rule: 'organizations/head' });
        end = head;
        i = head - 1;
        continue;
      }
    }
    if (u.type === 'word' && u.cap) {
      const e = businessAt(units, i, end);
      if (e !== undefined) {
        spans.push({ first: i, last: e.last, name: spanText(ctx, units, i, e.last), rule: e.rule });
        end = e.last;
        i = e.last - 1;
        continue;
      }
    }
    if (u.type === 'word') {
      if (KNOWN_ORG_NAMES.has(u.value)) {
        spans.push({ first: i, last: i + 1, name: u.value, rule: 'organizations/known' });
        end = i + 1;
        continue;
      }
      const party = u.cap ? PARTY_WORDS.get(u.lower) : undefined;
      if (party !== undefined && i > 0 && DETERMINERS.has(units[i - 1]!.lower)) {
        spans.push({ first: i, last: i + 1, name: party, rule: 'organizations/party' });
        end = i + 1;
        continue;
      }
      // acronyms, whole or as the first part of a compound
      const p0 = u.parts[0]!;
      // an acronym right before a number is a code: "ISO 27001", a road "CHA 22", "B 70" (clubs aside: "TSV 1860")
      const codeNumber = u.parts.length === 1 && !CLUB_PREFIXES.has(u.lower) && units[i + 1]?.type === 'number' && !units[i + 1]!.starts;
      if (!codeNumber && isAcronymOrg(p0) && !(u.parts.length > 1 && placeWord(p0.toLowerCase())) && !u.parts.some((x) => CURRENCY_WORDS.has(x.toLowerCase()))) {
        let e = i + 1;
        if (u.parts.length === 1 && CLUB_PREFIXES.has(u.lower)) {
          // "FC Bayern München", "IG Metall", "TSV 1860 München"
          while (e < units.length && e - i <= 3 && !units[e]!.starts && (units[e]!.type === 'number' || (units[e]!.cap && units[e]!.type === 'word' && !NOT_SURNAMES.has(units[e]!.lower)))) e++;
          if (e === i + 1) { continue; }
          spans.push({ first: i, last: e, name: spanText(ctx, units, i, e), rule: 'organizations/club' });
          end = e;
          i = e - 1;
          continue;
        }
        // "MTV Treubund Lüneburg", "SIX Swiss Exchange": capitalised name words up to a place or a business head
        const run = u.parts.length === 1 ? nameRunEnd(units, i + 1) : undefined;
        if (run !== undefined) {
          spans.push({ first: i, last: run, name: spanText(ctx, units, i, run), rule: 'organizations/acronym-name' });
          end = run;
          i = run - 1;
          continue;
        }
        const place = u.parts.length === 1 && units[i + 1] !== undefined && !units[i + 1]!.starts ? placeAt(units, i + 1) : undefined;
        if (place !== undefined && place.strength === 'strong') {
          // "ETH Zürich", "TU München", "IHK Lippe"
          const e2 = i + 1 + place.length;
          spans.push({ first: i, last: e2, name: spanText(ctx, units, i, e2), rule: 'organizations/acronym-place' });
          end = e2;
          i = e2 - 1;
          continue;
        }
        if (u.parts.length > 1 && u.parts.every((x) => ACRONYM.test(x))) spans.push({ first: i, last: i + 1, name: u.value, rule: 'organizations/acronym' });
        else if (u.parts.length === 1) spans.push({ first: i, last: i + 1, name: p0, rule: 'organizations/acronym' });
        else spans.push({ first: i, last: i + 1, name: p0, rule: 'organizations/acronym-compound', tokFirst: u.first, tokLast: u.first + 1 });
        end = i + 1;
        continue;
      }
      if (isLowerAcronym(p0)) {
        const prev = units[i - 1];
        const withDet = prev !== undefined && DETERMINERS.has(prev.lower);
        if (withDet || (lowerCounts.get(p0) ?? 0) >= 2) {
          if (u.parts.length === 1) spans.push({ first: i, last: i + 1, name: p0, rule: 'organizations/lower-acronym' });
          else spans.push({ first: i, last: i + 1, name: p0, rule: 'organizations/lower-acronym-compound', tokFirst: u.first, tokLast: u.first + 1 });
          end = i + 1;
          continue;
        }
      }
    }
  }
  return withShortForms(ctx, units, spans);
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
  const covered = new Uint8Array(units.length);
  for (const s of spans) covered.fill(1, s.first, s.last);
  const extra: OrgSpan[] = [];
  for (let i = 0; i < units.length; i++) {
    const cands = covered[i] === 1 || units[i]!.boilerplate ? undefined : byFirst.get(units[i]!.lower);
    if (cands === undefined) continue;
    for (const { words, span } of cands) {
      let ok = i + words.length <= units.length;
      for (let k = 1; k < words.length && ok; k++) ok = units[i + k]!.lower === words[k] && covered[i + k] !== 1;
      if (!ok) continue;
      extra.push({ first: i, last: i + words.length, name: span.name, legalForm: span.legalForm, rule: 'organizations/legal-form-short' });
      covered.fill(1, i, i + words.length);
      i += words.length - 1;
      break;
    }
  }
  void ctx;
  if (extra.length === 0) return spans;
  return [...spans, ...extra].sort((a, b) => a.first - b.first);
}

const FEMININE = new Set(FEMININE_HEADS);
/** The printed name of a head span: base form of the head, adjectives before a feminine head in "-e". */
function headName(ctx: Context, units: readonly Unit[], first: number, head: number, last: number): string {
  const h = units[head]!;
  const base = HEAD_BASE_FORMS.get(h.lower);
  const feminine = FEMININE.has(h.lower) || [...FEMININE].some((f) => f.length >= 5 && h.lower.endsWith(f));
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

function isOrgAdjective(u: Unit): boolean {
  if (!u.cap || u.type !== 'word' || u.starts && DETERMINERS.has(u.lower)) return false;
  if (ORG_ADJECTIVES.has(u.lower)) return true;
  // place adjectives: "Zürcher Kantonalbank", "Berliner Sparkasse", "Lemgoer Stadtwerke"
  if (u.lower.endsWith('er') && u.parts.length === 1 && u.lower.length > 4 && !NOT_SURNAMES.has(u.lower) && roleOf(u) === undefined && !isFirstName(u)) return true;
  for (const e of ADJ_ENDINGS) if (u.lower.endsWith(e)) return true;
  return false;
}

/** The end (exclusive) of "Universität Bielefeld" / "Ministerium für Schule und Bildung", or undefined. */
function headSpan(units: readonly Unit[], i: number): number | undefined {
  const next = units[i + 1];
  if (next === undefined) return undefined;
  if (ORG_COMPLEMENT_WORDS.has(next.lower) && next.lower !== 'und') {
    // "für Schule und Bildung", "der Künste", "zu Köln", "am Main", "an der Ruhr"
    let k = i + 2;
    let lastCap = -1;
    while (k < units.length && k - i <= 8) {
      const v = units[k]!;
      if (v.cap && v.type === 'word' && !NOT_SURNAMES.has(v.lower)) { lastCap = k; k++; continue; }
      // a comma goes on only to another noun of the name, not to a person ("…, Uwe Kästner")
      if (v.lower === ',' && k + 1 < units.length && (isFirstName(units[k + 1]!) || roleOf(units[k + 1]!) !== undefined || TITLE_WORDS.has(units[k + 1]!.lower))) break;
      if ((v.lower === 'und' || v.lower === 'der' || v.lower === 'die' || v.lower === 'das' || v.lower === 'für' || v.lower === ',' || v.lower === 'in' || v.lower === '&') && k + 1 < units.length && units[k + 1]!.cap) { k++; continue; }
      if (v.lower === 'der' || v.lower === 'des') { k++; continue; }
      break;
    }
    return lastCap > 0 ? lastCap + 1 : undefined;
  }
  if (next.cap && next.type === 'word' && !NOT_SURNAMES.has(next.lower) && !next.starts) {
    const place = placeAt(units, i + 1);
    if (place !== undefined) return i + 1 + place.length;
    const after = units[i + 2];
    // "Stiftung Rheinische Zukunft": an adjective and one noun
    if (isOrgAdjective(next) && after !== undefined && after.cap && after.type === 'word' && !after.starts && !isOrgHead(after) && roleOf(after) === undefined) {
      const a2 = units[i + 3];
      // not a truncated compound or a list ("Deutscher Maschinen- und Anlagenbau")
      if (a2 === undefined || (!(a2.cap && a2.type === 'word') && a2.value !== '-' && a2.lower !== 'und' && a2.lower !== 'oder' && a2.value !== '&')) return i + 3;
    }
    const single = after === undefined || !after.cap || after.type !== 'word';
    if (single && !hasNounSuffix(next.lower) && roleOf(next) === undefined && !isOrgHead(next)) return i + 2;
  }
  return undefined;
}

/** After an acronym: up to three capitalised name words ending in a business head ("Swiss Exchange", "Group"); not "VW Werk Emden". */
function nameRunEnd(units: readonly Unit[], j: number): number | undefined {
  for (let k = j; k < units.length && k - j < 3; k++) {
    const v = units[k]!;
    if (v.starts || !v.cap || v.type !== 'word') return undefined;
    if (BUSINESS_TAIL_HEADS.has(v.lower)) return k + 1;
    if (!isNameWord(v) || placeWord(v.lower) !== undefined) return undefined;
  }
  return undefined;
}

/** Business names without a legal form, public bodies and known phrases starting at unit i. */
function businessAt(units: readonly Unit[], i: number, end: number): { last: number; rule: string } | undefined {
  const u = units[i]!;
  const next = units[i + 1];
  const prev = units[i - 1];
  const known = knownPhraseAt(units, i);
  if (known !== undefined) return { last: known, rule: 'organizations/known' };
  // "Elbflügel Reisen", "Nordlicht Research", "Isarwerk Ventures", "Wendt Partner"
  if (next !== undefined && BUSINESS_TAIL_HEADS.has(next.lower) && next.cap && !next.starts && isNameWord(u) && !isFirstName(u) && (ENGLISH_TAIL_HEADS.has(next.lower) || (!hasNounSuffix(u.lower) && placeWord(u.lower) === undefined))) {
    // "Günstige Reisen": an inflected adjective at the start of a sentence is no name
    if (u.starts && !ENGLISH_TAIL_HEADS.has(next.lower) && /(?:e|en|es|em)$/u.test(u.lower)) return undefined;
    const after = units[i + 2];
    // a legal form after it: the legal-form rule takes the whole name
    if (legalFormAt(units, i + 2) !== undefined) return undefined;
    if (after === undefined || !(after.cap && after.type === 'word' && !after.starts)) return { last: i + 2, rule: 'organizations/business' };
  }
  // "Backhaus Terhorst", "Zimmerei Kästner"
  if (TRADE_HEADS.has(u.lower) && next !== undefined && !next.starts && isSurnameLike(next) && placeWord(next.lower) === undefined) {
    const after = units[i + 2];
    const more = after !== undefined && after.cap && after.type === 'word' && !after.starts;
    if (!more) return { last: i + 2, rule: 'organizations/trade' };
  }
  // "Regierung von Niederbayern"
  if (BODY_OF_PLACE_HEADS.has(u.lower) && next?.lower === 'von' && units[i + 2] !== undefined) {
    const pl = placeAt(units, i + 2);
    if (pl !== undefined && pl.strength === 'strong') return { last: i + 2 + pl.length, rule: 'organizations/body' };
  }
  if (prev === undefined || i - 1 < end || !DETERMINERS.has(prev.lower)) return undefined;
  const before = units[i - 2];
  // "in der Stadt Kassel", "im Landkreis Bautzen": a place, not the body
  const locative = LOCATIVE.has(prev.lower) || (before !== undefined && LOCATIVE.has(before.lower));
  // "der Stadt Kassel", "dem Landkreis Kassel", "der Freistaat Sachsen" (not "in der Stadt Kassel")
  if (BODY_PLACE_HEADS.has(u.lower) && !locative && next !== undefined && !next.starts) {
    const pl = placeAt(units, i + 1);
    if (pl !== undefined) return { last: i + 1 + pl.length, rule: 'organizations/body' };
  }
  // "der Stadtrat", "der Kriminalpolizei" (not "Stadtrat Müller")
  if (BODY_NOUNS.has(u.lower) && !(next !== undefined && next.cap && next.type === 'word' && !next.starts)) return { last: i + 1, rule: 'organizations/body' };
  // "des Vogtlandkreises": a district as an administrative body
  if (u.parts.length === 1 && (u.lower.endsWith('kreises') || u.lower.endsWith('kreis')) && !locative) {
    const base = u.lower.endsWith('es') ? u.lower.slice(0, -2) : u.lower;
    if (base.length > 8 && placeWord(base)?.strength === 'strong') return { last: i + 1, rule: 'organizations/body' };
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
