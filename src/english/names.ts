/**
 * English persons (with roles and titles), organisations (with legal forms), locations and
 * quotes with their speakers. Our own token rules find the shapes press releases use
 * ("CEO Jane Doe", "Jane Doe, chief executive of X", "said Doe", "Doe said", "X Inc.",
 * "in Regensburg"); compromise's people/places/organizations add candidates we keep only
 * when they pass the same checks.
 */
import type { LocationFact, OrganizationFact, PersonFact, QuoteFact } from '../facts.js';
import type { Context } from '../engine/context.js';
import type { Token } from '../text/tokens.js';
import {
  HONORIFICS, LEGAL_FORMS, NAME_SUFFIXES, NOT_NAME_WORDS, NOT_PLACE_WORDS, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS,
  SPEECH_VERBS, EN_MONTHS, CURRENCY_CODES,
} from './lexicon.js';
import { getCompromise } from './nlp.js';
import { isCapWord, isUpperWord, sentenceRange, titleCase } from './util.js';
import { keepLayout } from '../engine/keep-alive.js';

export interface EnglishNames {
  persons: PersonFact[];
  organizations: OrganizationFact[];
  locations: LocationFact[];
  quotes: QuoteFact[];
}

interface Span { first: number; last: number }
interface PersonDraft { words: string[]; title?: string; roles: string[]; organization?: string; rule: string }
interface OrgDraft { words: string[]; legalForm?: string; rule: string }

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'bin', 'al', 'ter', 'ten']);
const SHORT_LEGAL = new Set(['as', 'ag', 'se', 'sa', 'kg', 'ab', 'nv', 'bv', 'lp', 'oy', 'asa', 'llc', 'llp', 'ulc', 'pbc', 'spa', 'sas']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'from', 'across', 'throughout', 'outside', 'off', 'around', 'within', 'into']);
const DEMONYM = /(?:ian|ese|ish|ch|ic)$/u;
function isLowerWordTok(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && t.value === t.lower && t.value !== t.value.toUpperCase();
}
const COMPROMISE_CHUNK = 4000;
const COMPROMISE_SENTENCE_MAX = 600;
const PRONOUNS = new Set(['he', 'she']);
const OPEN_QUOTES = new Set(['“', '„', '«', '»']);
const CLOSE_QUOTES = new Set(['”', '“', '»', '«']);

function isNameWord(t: Token | undefined): boolean {
  return isCapWord(t) && !NOT_NAME_WORDS.has(t!.lower) && !HONORIFICS.has(t!.lower) && !EN_MONTHS.has(t!.lower) && !t!.value.endsWith('.') && /^[\p{L}'’-]+$/u.test(t!.value);
}

/** A person's name at token i: 1–3 capitalised words (particles allowed inside). */
function nameAt(toks: readonly Token[], i: number, max = 3): Span | undefined {
  if (!isNameWord(toks[i])) return undefined;
  let last = i + 1;
  let words = 1;
  while (words < max) {
    const t = toks[last];
    if (t === undefined || t.newlineBefore) break;
    if (PARTICLES.has(t.lower) && isNameWord(toks[last + 1])) { last += 2; words++; continue; }
    if (!isNameWord(t) || !t.spaceBefore) break;
    last++;
    words++;
  }
  return { first: i, last };
}

function wordsOf(toks: readonly Token[], s: Span): string[] {
  const w: string[] = [];
  for (let k = s.first; k < s.last; k++) w.push(toks[k]!.value);
  return w;
}

function textOf(toks: readonly Token[], first: number, last: number): string {
  let s = '';
  for (let k = first; k < last; k++) s += (k > first && toks[k]!.spaceBefore ? ' ' : '') + toks[k]!.value;
  return s;
}

/** A role phrase ending right before token `end`: modifiers and heads, the last word a head. */
function roleBefore(toks: readonly Token[], end: number): Span | undefined {
  const head = toks[end - 1];
  if (head === undefined || head.type !== 'word' || !ROLE_HEADS.has(head.lower)) return undefined;
  let first = end - 1;
  while (first > 0 && end - first < 5) {
    const t = toks[first - 1]!;
    if (t.type !== 'word' || t.newlineBefore && first - 1 === 0) break;
    if (!(ROLE_MODIFIERS.has(t.lower) || ROLE_HEADS.has(t.lower)) || t.lower === 'and' || t.lower === 'of') break;
    first--;
  }
  return { first, last: end };
}

/** Role phrases starting at token i ("chief executive officer", "President and CEO"): spans, one per role. */
function rolesAt(toks: readonly Token[], i: number): { roles: Span[]; last: number } | undefined {
  const roles: Span[] = [];
  let k = i;
  let start = i;
  let hasHead = false;
  while (k < toks.length && k - i < 8) {
    const t = toks[k]!;
    if (t.type !== 'word') break;
    if (t.lower === 'and' && hasHead && k > start) {
      const nx = toks[k + 1];
      if (nx !== undefined && nx.type === 'word' && (ROLE_HEADS.has(nx.lower) || ROLE_MODIFIERS.has(nx.lower))) {
        roles.push({ first: start, last: k });
        start = k + 1;
        hasHead = false;
        k++;
        continue;
      }
      break;
    }
    if (ROLE_HEADS.has(t.lower)) { hasHead = true; k++; continue; }
    if (ROLE_MODIFIERS.has(t.lower) && t.lower !== 'and' && t.lower !== 'of') { k++; continue; }
    break;
  }
  // trim trailing modifiers that are not heads
  let end = k;
  while (end > start && !ROLE_HEADS.has(toks[end - 1]!.lower)) end--;
  if (end > start && hasHead) roles.push({ first: start, last: end });
  if (roles.length === 0) return undefined;
  return { roles, last: end };
}

/** Capitalised words running backwards from `end` (exclusive) to make an organisation's name. */
function orgNameBefore(toks: readonly Token[], end: number): Span | undefined {
  let first = end;
  while (first > 0 && end - first < 6) {
    const t = toks[first - 1]!;
    const cap = isCapWord(t) || isUpperWord(t) || (t.value === '&' && first < end);
    if (!cap || (t.lower === 'the' || t.lower === 'about' || NOT_ORG_START.has(t.lower))) break;
    first--;
    if (t.newlineBefore) break;
  }
  return first < end ? { first, last: end } : undefined;
}
const NOT_ORG_START = new Set(['the', 'about', 'by', 'of', 'at', 'from', 'with', 'and', 'said', 'shares', 'founded', 'in', 'for', 'media', 'contact', 'ceo', 'cto', 'cfo', 'president', 'partner', 'officer', 'executive', 'chief', 'head', 'director', 'councillor', 'chairwoman', 'chairman', 'led', 'co-led', 'formerly', 'proceeds', 'revenue', 'sales']);

export function findEnglishNames(ctx: Context, datelinePlaces: ReadonlyArray<{ name: string; start: number; end: number } | undefined>, titleEnd: number): EnglishNames {
  const toks = ctx.tokens;
  const n = toks.length;
  const persons = new Map<string, PersonDraft>();
  const orgs = new Map<string, OrgDraft>();
  const places = new Map<string, { name: string; rule: string }>();
  const taken = new Uint8Array(n); // 1 person, 2 org, 3 place

  const addPerson = (s: Span, rule: string, extra?: { title?: string; roles?: string[]; organization?: string }): void => {
    const words = wordsOf(toks, s);
    if (words.length < 2) return;
    for (let k = s.first; k < s.last; k++) if (taken[k] === 2) return;
    const key = words.join(' ').toLowerCase();
    let p = persons.get(key);
    if (p === undefined) { p = { words, roles: [], rule }; persons.set(key, p); }
    if (extra?.title !== undefined && p.title === undefined) p.title = extra.title;
    for (const r of extra?.roles ?? []) if (!p.roles.some((x) => x.toLowerCase() === r.toLowerCase())) p.roles.push(r);
    if (extra?.organization !== undefined && p.organization === undefined) p.organization = extra.organization;
    taken.fill(1, s.first, s.last);
  };
  const addOrg = (s: Span, rule: string, legalForm?: string): void => {
    let first = s.first;
    while (first < s.last && (toks[first]!.lower === 'the')) first++;
    const words = wordsOf(toks, { first, last: s.last });
    if (words.length === 0) return;
    if (words.length === 1 && NOT_NAME_WORDS.has(words[0]!.toLowerCase())) return;
    const key = words.join(' ').toLowerCase();
    let o = orgs.get(key);
    if (o === undefined) { o = { words, rule }; orgs.set(key, o); }
    if (legalForm !== undefined && o.legalForm === undefined) o.legalForm = legalForm;
    taken.fill(2, first, s.last);
  };

  // 1. organisations: legal forms ("Northwind Robotics Inc.", "Helixa Therapeutics, Inc.") and head nouns ("Clean Seas Innovation Fund")
  for (let i = 1; i < n; i++) {
    const t = toks[i]!;
    if (t.type !== 'word' || ctx.boilerplate[i] === 1) continue;
    const lf = LEGAL_FORMS.get(t.lower);
    if (lf !== undefined && (!SHORT_LEGAL.has(t.lower) || t.value === t.value.toUpperCase()) && (isCapWord(t) || isUpperWord(t) || t.lower === 'plc')) {
      const end = toks[i - 1]!.value === ',' ? i - 1 : i;
      const s = orgNameBefore(toks, end);
      if (s !== undefined && !(s.last - s.first === 1 && NOT_NAME_WORDS.has(toks[s.first]!.lower))) {
        addOrg(s, 'organizations/legal-form', lf);
        taken.fill(2, end, i + 1);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (taken[i] !== 0 || ctx.boilerplate[i] === 1 || !(isCapWord(toks[i]) || isUpperWord(toks[i]))) continue;
    if (toks[i]!.start < titleEnd) continue; // a title in Title Case is one long capitalised run
    // a run of capitalised words ("of"/"for"/"&" inside)
    let last = i;
    let headEnd = -1;
    while (last < n && last - i < 7) {
      const t = toks[last]!;
      if (last > i && (t.newlineBefore)) break;
      if (isCapWord(t) || isUpperWord(t)) {
        if (ORG_HEADS.has(t.lower) && last > i) headEnd = last + 1;
        last++;
        continue;
      }
      if ((t.lower === 'of' || t.lower === 'for' || t.value === '&') && (isCapWord(toks[last + 1]) || isUpperWord(toks[last + 1]))) { last++; continue; }
      break;
    }
    if (headEnd > i && taken[i] === 0) {
      let first = i;
      while (first < headEnd && NOT_ORG_START.has(toks[first]!.lower)) first++;
      if (headEnd - first >= 2) addOrg({ first, last: headEnd }, 'organizations/head-noun');
    }
    i = Math.max(i, last - 1);
  }

  // 2. persons from role, honorific and speech patterns
  for (let i = 0; i < n; i++) {
    if (ctx.boilerplate[i] === 1) continue;
    const t = toks[i]!;
    // honorific + name: "Dr. Fiona Marsh"
    if (HONORIFICS.has(t.lower) && isCapWord(t)) {
      const s = nameAt(toks, i + 1);
      if (s !== undefined && s.last - s.first >= 2) {
        const title = t.value.endsWith('.') || t.lower.length > 3 ? t.value : `${t.value}.`;
        const role = roleBefore(toks, i);
        addPerson(s, 'persons/honorific-name', { title, roles: role === undefined ? [] : [textOf(toks, role.first, role.last)] });
        continue;
      }
    }
    // role + name: "CEO Jane Doe", "Works council chairwoman Sabine Roth"
    if (isNameWord(t) && taken[i] === 0) {
      const role = roleBefore(toks, i);
      const s = nameAt(toks, i);
      if (role !== undefined && s !== undefined && s.last - s.first >= 2) {
        addPerson(s, 'persons/role-name', { roles: [textOf(toks, role.first, role.last)] });
      } else if (toks[i - 1]?.value === ',' && s !== undefined && s.last - s.first >= 2 && (toks[s.last]?.value === ',' || SPEECH_VERBS.has(toks[s.last]?.lower ?? ''))) {
        // apposition: "Its general manager, Carla Mendes, said"
        const r = roleBefore(toks, i - 1);
        if (r !== undefined) addPerson(s, 'persons/role-comma-name', { roles: [textOf(toks, r.first, r.last)] });
      }
    }
  }
  // name, role [of|at ORG]: "Maria Alvarez, chief executive officer of Northwind Robotics"; said NAME; NAME said
  for (let i = 0; i < n; i++) {
    if (ctx.boilerplate[i] === 1 || !isNameWord(toks[i]) || (i > 0 && isNameWord(toks[i - 1]) && toks[i - 1]!.spaceBefore !== undefined && taken[i - 1] !== 0)) continue;
    const s = nameAt(toks, i);
    if (s === undefined || s.last - s.first < 2 || taken[s.first] === 2) continue;
    let k = s.last;
    if (toks[k]?.value === ',') {
      k++;
      const suffixEnd = nameSuffixAt(toks, k);
      if (suffixEnd > k) { k = suffixEnd; if (toks[k]?.value === ',') k++; }
      if (toks[k]?.lower === 'the' || toks[k]?.lower === 'a') k++;
      const r = rolesAt(toks, k);
      if (r !== undefined) {
        const roles = r.roles.map((x) => textOf(toks, x.first, x.last));
        let organization: string | undefined;
        if (toks[r.last]?.lower === 'of' || toks[r.last]?.lower === 'at') {
          let j = r.last + 1;
          if (toks[j]?.lower === 'the') j++;
          const o = orgRun(toks, j);
          if (o !== undefined) organization = textOf(toks, o.first, o.last);
        }
        const extra: { roles: string[]; organization?: string } = { roles };
        if (organization !== undefined) extra.organization = organization;
        addPerson(s, 'persons/name-comma-role', extra);
        continue;
      }
    }
    const prev = toks[i - 1];
    const next = toks[s.last];
    if ((prev !== undefined && SPEECH_VERBS.has(prev.lower) && prev.lower !== 'according') || (next !== undefined && SPEECH_VERBS.has(next.lower) && next.lower !== 'according')) {
      addPerson(s, 'persons/speech');
    }
  }

  // 3. compromise: people, places and organisations it knows, checked by our rules
  const nlp = getCompromise();
  const cPlaces: Span[] = [];
  if (nlp !== undefined) {
    keepCompromiseLayouts(nlp);
    const startAt = new Map<number, number>();
    const endAt = new Map<number, number>();
    toks.forEach((t, k) => { startAt.set(t.start, k); endAt.set(t.end, k); });
    // compromise slows down badly on long sentences: it reads chunks of whole sentences, skipping run-ons
    const chunks: { start: number; end: number }[] = [];
    for (const sen of ctx.sentences) {
      if (sen.last <= sen.first) continue;
      const a = toks[sen.first]!.start;
      const b = toks[sen.last - 1]!.end;
      if (b - a > COMPROMISE_SENTENCE_MAX) continue;
      const c = chunks[chunks.length - 1];
      if (c !== undefined && b - c.start <= COMPROMISE_CHUNK) c.end = b;
      else chunks.push({ start: a, end: b });
    }
    const views: Record<'people' | 'places' | 'organizations', Array<{ start: number; length: number }>> = { people: [], places: [], organizations: [] };
    for (const c of chunks) {
      const doc = nlp(ctx.text.slice(c.start, c.end));
      for (const kind of ['people', 'places', 'organizations'] as const) {
        for (const m of doc[kind]().json({ offset: true })) if (m.offset !== undefined) views[kind].push({ start: c.start + m.offset.start, length: m.offset.length });
      }
    }
    const spans = (found: ReadonlyArray<{ start: number; length: number }>): Span[] => {
      const out: Span[] = [];
      for (const m of found) {
        let a = m.start;
        let b = a + m.length;
        // compromise counts trailing punctuation into a match: trim it back to a token end
        let first = startAt.get(a);
        let lastTok = endAt.get(b);
        while (lastTok === undefined && b > a) { b--; lastTok = endAt.get(b); }
        if (first === undefined) { while (first === undefined && a < b) { a++; first = startAt.get(a); } }
        if (first === undefined || lastTok === undefined || lastTok < first) continue;
        let last = lastTok + 1;
        while (last > first && toks[last - 1]!.type !== 'word') last--;
        if (last > first) out.push({ first, last });
      }
      return out;
    };
    for (const s of spans(views.people)) {
      if (s.last - s.first < 2 || s.last - s.first > 3) continue;
      let ok = true;
      for (let k = s.first; k < s.last; k++) if (!isNameWord(toks[k]) || taken[k] !== 0 || ctx.boilerplate[k] === 1) ok = false;
      if (ok && toks[s.first]!.start >= titleEnd) addPerson(s, 'persons/compromise');
    }
    for (const s of spans(views.organizations)) {
      let first = s.first;
      let last = s.last;
      while (first < last && (toks[first]!.lower === 'the')) first++;
      while (last > first && (LEGAL_FORMS.has(toks[last - 1]!.lower) || toks[last - 1]!.value === ',')) last--;
      let ok = last > first && toks[first]!.start >= titleEnd;
      for (let k = first; k < last; k++) {
        const t = toks[k]!;
        if (!(isCapWord(t) || isUpperWord(t) || t.value === '&' || t.lower === 'of') || taken[k] === 1 || ctx.boilerplate[k] === 1) ok = false;
      }
      // one word alone ("EBIT", "Inc.") is too often not a name: keep compromise's organisations of two words or more
      if (ok && last - first >= 2) addOrg({ first, last }, 'organizations/compromise');
    }
    for (const s of spans(views.places)) cPlaces.push(s);
  }

  // 4. locations: the dateline place, "in Regensburg", "in Lowell, Massachusetts", compromise's places
  const addPlace = (s: Span, rule: string): void => {
    for (let k = s.first; k < s.last; k++) if (taken[k] === 1 || taken[k] === 2) return;
    const name = titleCase(textOf(toks, s.first, s.last));
    const key = name.toLowerCase();
    if (!places.has(key)) places.set(key, { name, rule });
    taken.fill(3, s.first, s.last);
  };
  for (const place of datelinePlaces) {
    if (place === undefined) continue;
    const k = toks.findIndex((t) => t.start >= place.start);
    if (k >= 0) {
      let last = k;
      while (last < n && toks[last]!.end <= place.end) last++;
      if (last > k) addPlace({ first: k, last }, 'locations/dateline');
    }
  }
  const placeRun = (i: number): Span | undefined => {
    let first = i;
    if (toks[first]?.lower === 'the') first++;
    if (!isPlaceWord(toks[first])) return undefined;
    let last = first + 1;
    while (last < n && last - first < 5) {
      const t = toks[last]!;
      if (t.newlineBefore || !t.spaceBefore) break;
      if (isPlaceWord(t)) { last++; continue; }
      if (t.lower === 'of' && isPlaceWord(toks[last + 1])) { last += 2; continue; }
      break;
    }
    return { first, last };
  };
  for (let i = 1; i < n; i++) {
    if (ctx.boilerplate[i] === 1 || !PLACE_PREPOSITIONS.has(toks[i - 1]!.lower) || toks[i]!.start < titleEnd) continue;
    const s = placeRun(i);
    if (s === undefined || taken[s.first] !== 0) continue;
    // "from Norwegian shipbuilder": a nationality word before a noun is not a place
    if (s.last - s.first === 1 && DEMONYM.test(toks[s.first]!.value) && isLowerWordTok(toks[s.last])) continue;
    // a capitalised word right after the run makes it a name of something else ("in Series C Funding")
    addPlace(s, 'locations/preposition');
    let end = s.last;
    // "in Atlanta and Charlotte"
    if (toks[end]?.lower === 'and' && toks[end + 1]?.lower !== 'the') {
      const s3 = placeRun(end + 1);
      if (s3 !== undefined && taken[s3.first] === 0 && !isCapWord(toks[s3.last])) { addPlace(s3, 'locations/preposition-list'); end = s3.last; }
    }
    // "in Lowell, Massachusetts"
    if (toks[end]?.value === ',') {
      const s2 = placeRun(end + 1);
      if (s2 !== undefined && toks[s2.first]!.lower !== 'the' && (toks[s2.last]?.value === ',' || toks[s2.last]?.value === '.' || toks[s2.last]?.value === ';' || toks[s2.last] === undefined || toks[s2.last]!.newlineBefore)) addPlace(s2, 'locations/preposition-region');
    }
    i = s.last - 1;
  }
  for (const c of cPlaces) {
    const s = { ...c };
    while (s.first < s.last && isLowerWordTok(toks[s.first])) s.first++; // "western Texas" → "Texas"
    if (s.first >= s.last) continue;
    let ok = toks[s.first]!.start >= titleEnd;
    for (let k = s.first; k < s.last; k++) if (!isPlaceWord(toks[k]) || taken[k] !== 0 || ctx.boilerplate[k] === 1) ok = false;
    // part of a longer capitalised name ("Riverside Court"): not a place by itself
    if (isCapWord(toks[s.last]) && toks[s.last]!.spaceBefore && !toks[s.last]!.newlineBefore) ok = false;
    if (ok) addPlace(s, 'locations/compromise');
  }

  // 5. mentions: every occurrence of each name, and of a person's surname alone
  const personList = [...persons.values()];
  const orgList = [...orgs.values()];
  // org names that are the tail or head of another org's name are the same org ("Tidal Power" / "Solent Tidal Power")
  const orgKeep = orgList.filter((o) => !orgList.some((p) => p !== o && p.words.length > o.words.length && containsWords(p.words, o.words)));
  const index = indexTokens(toks);
  const mention = new Int32Array(n).fill(-1);
  const personMentions: Span[][] = personList.map(() => []);
  personList.forEach((p, idx) => {
    for (const s of occurrences(toks, index, p.words)) { personMentions[idx]!.push(s); mention.fill(idx, s.first, s.last); }
  });
  personList.forEach((p, idx) => {
    const surname = p.words[p.words.length - 1]!;
    if (personList.some((q) => q !== p && q.words[q.words.length - 1] === surname)) return; // ambiguous surname
    for (const s of occurrences(toks, index, [surname])) {
      if (mention[s.first] !== -1 || taken[s.first] === 2) continue;
      personMentions[idx]!.push(s);
      mention[s.first] = idx;
    }
  });

  const result: EnglishNames = { persons: [], organizations: [], locations: [], quotes: [] };
  personList.forEach((p, idx) => {
    const ms = personMentions[idx]!.sort((a, b) => a.first - b.first);
    if (ms.length === 0) return;
    const f: PersonFact = { name: p.words.join(' '), roles: p.roles, mentions: ms.map((s) => ctx.evidence(s.first, s.last)), rule: p.rule };
    if (p.title !== undefined) f.title = p.title;
    if (p.organization !== undefined) f.organization = p.organization;
    result.persons.push(f);
  });
  for (const o of orgKeep) {
    const ms = occurrences(toks, index, o.words).filter((s) => mention[s.first] === -1);
    if (ms.length === 0) continue;
    const f: OrganizationFact = { name: o.words.join(' '), mentions: ms.map((s) => ctx.evidence(s.first, s.last)), rule: o.rule };
    if (o.legalForm !== undefined) f.legalForm = o.legalForm;
    result.organizations.push(f);
  }
  for (const p of places.values()) {
    const words = p.name.split(' ');
    const ms = occurrences(toks, index, words, true).filter((s) => mention[s.first] === -1 && taken[s.first] !== 2);
    if (ms.length === 0) continue;
    result.locations.push({ name: p.name, mentions: ms.map((s) => ctx.evidence(s.first, s.last)), rule: p.rule });
  }

  // 6. quotes
  result.quotes = findQuotes(ctx, mention, personList.map((p) => p.words.join(' ')));
  return result;
}

/** After a name: "Ph.D." (tokenized "Ph" "." "D."), "MBA", "Jr." → the token after it, else k. */
function nameSuffixAt(toks: readonly Token[], k: number): number {
  let joined = '';
  for (let j = k; j < Math.min(k + 4, toks.length); j++) {
    if (j > k && toks[j]!.spaceBefore) break;
    joined += toks[j]!.lower;
    if (NAME_SUFFIXES.has(joined)) return j + 1;
  }
  return k;
}

function isPlaceWord(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word') return false;
  if (!(isCapWord(t) || isUpperWord(t)) || NOT_PLACE_WORDS.has(t.lower) || t.value.endsWith('.')) return false;
  if (CURRENCY_CODES.has(t.lower) || LEGAL_FORMS.has(t.lower) || ROLE_HEADS.has(t.lower)) return false;
  return /^[\p{L}'’-]+$/u.test(t.value);
}

/** A capitalised run for an organisation after "of"/"at": "Northwind Robotics", "Clean Seas Innovation Fund". */
function orgRun(toks: readonly Token[], i: number): Span | undefined {
  let last = i;
  while (last < toks.length && last - i < 6 && (isCapWord(toks[last]) || isUpperWord(toks[last])) && !toks[last]!.newlineBefore) last++;
  return last > i ? { first: i, last } : undefined;
}

function containsWords(long: string[], short: string[]): boolean {
  const a = long.join(' ').toLowerCase();
  const b = short.join(' ').toLowerCase();
  return a.endsWith(` ${b}`) || a.startsWith(`${b} `);
}

/** Positions of each token value and lower-case value, built once: name look-ups stay linear overall. */
type TokenIndex = { exact: Map<string, number[]>; folded: Map<string, number[]> };
function indexTokens(toks: readonly Token[]): TokenIndex {
  const exact = new Map<string, number[]>();
  const folded = new Map<string, number[]>();
  toks.forEach((t, i) => {
    if (t.type !== 'word') return;
    const a = exact.get(t.value); if (a === undefined) exact.set(t.value, [i]); else a.push(i);
    const b = folded.get(t.lower); if (b === undefined) folded.set(t.lower, [i]); else b.push(i);
  });
  return { exact, folded };
}

/** Every occurrence of a word sequence in the tokens (case-insensitive when `fold`). */
function occurrences(toks: readonly Token[], index: TokenIndex, words: readonly string[], fold = false): Span[] {
  const out: Span[] = [];
  const starts = fold ? index.folded.get(words[0]!.toLowerCase()) : index.exact.get(words[0]!);
  for (const i of starts ?? []) {
    if (i + words.length > toks.length) continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      const t = toks[i + k]!;
      if ((fold ? t.lower !== words[k]!.toLowerCase() : t.value !== words[k]) || t.newlineBefore) { ok = false; break; }
    }
    if (ok) out.push({ first: i, last: i + words.length });
  }
  return out;
}

/** Quotes in “…” or "…" with at least four words; the speaker from the sentence around it. */
function findQuotes(ctx: Context, mention: Int32Array, names: readonly string[]): QuoteFact[] {
  const toks = ctx.tokens;
  const n = toks.length;
  const quotes: QuoteFact[] = [];
  let lastSpeaker: number | undefined;
  let lastQuoteParagraph = -1;
  let lastPersonBefore = -1;
  let paragraph = 0;
  let open = -1;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.breaks > 1) { paragraph++; open = -1; }
    if (mention[i] !== -1 && open < 0) lastPersonBefore = mention[i]!;
    if (t.type !== 'quote' || t.value === "'" || t.value === '‘' || t.value === '’' || t.value === '‚') continue;
    const isOpen = open < 0 && (t.value === '"' || OPEN_QUOTES.has(t.value));
    if (isOpen) { open = i; continue; }
    if (open < 0 || !(t.value === '"' || CLOSE_QUOTES.has(t.value))) continue;
    const first = open;
    open = -1;
    let words = 0;
    for (let k = first + 1; k < i; k++) if (toks[k]!.type === 'word') words++;
    if (words < 4 || ctx.boilerplate[first] === 1) continue;
    // speaker: after the quote in its sentence ("said Doe", "Doe said", "he said"), else before it, else the last quote's speaker in the paragraph
    let speaker: number | undefined;
    const s = sentenceRange(ctx, i);
    const endS = Math.max(s.last, i + 1);
    for (let k = i + 1; k < Math.min(endS, i + 14) && speaker === undefined; k++) {
      if (toks[k]!.type === 'quote') break;
      if (mention[k] !== -1) speaker = mention[k];
      else if (PRONOUNS.has(toks[k]!.lower) && k + 1 < n && SPEECH_VERBS.has(toks[k + 1]!.lower) && lastPersonBefore >= 0) speaker = lastPersonBefore;
    }
    if (speaker === undefined) {
      const sf = sentenceRange(ctx, first);
      for (let k = first - 1; k >= Math.max(sf.first, first - 40) && speaker === undefined; k--) if (mention[k] !== -1) speaker = mention[k];
    }
    if (speaker === undefined && lastQuoteParagraph === paragraph) speaker = lastSpeaker;
    const inner = ctx.evidence(first + 1, i);
    const fact: QuoteFact = { ...ctx.evidence(first, i + 1), quote: inner.text, rule: 'quotes/quotation-marks' };
    if (speaker !== undefined) fact.speaker = names[speaker]!;
    quotes.push(fact);
    lastSpeaker = speaker;
    lastQuoteParagraph = paragraph;
    if (speaker !== undefined) lastPersonBefore = speaker;
  }
  return quotes;
}

let compromiseKept = false;
/**
 * A live compromise document with its three views, made once: compromise's per-document objects have layouts
 * that die with the last document otherwise, and a full GC then throws away its optimised code (see
 * engine/keep-alive.ts).
 */
function keepCompromiseLayouts(nlp: NonNullable<ReturnType<typeof getCompromise>>): void {
  if (compromiseKept) return;
  compromiseKept = true;
  const doc = nlp('Anna Berg of Northwind Energy Ltd. spoke in Boston on Monday.');
  for (const kind of ['people', 'places', 'organizations'] as const) {
    const view = doc[kind]();
    keepLayout(view);
    keepLayout(view.json({ offset: true }));
  }
  keepLayout(doc);
}
