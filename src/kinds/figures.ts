/**
 * Money, headcounts, quantities and percentages in one pass over the tokens. At each place a
 * number can start, the number is read once (src/numbers), a range is read after it, and the
 * words after it decide what it is — in this order: money, percentage, headcount, quantity.
 * The tokens a figure uses are skipped, so each number belongs to at most one figure.
 */
import type { HeadcountFact, MoneyFact, PercentageFact, QuantityFact, Qualifier, YearFact } from '../facts.js';
import type { Context, Located } from '../engine/context.js';
import type { Token } from '../text/tokens.js';
import { readNumber, type NumberRead } from '../numbers/read.js';
import { QUALIFIER_PAIRS, QUALIFIER_WORDS, PAIR_ONLY } from '../lexicon/qualifiers.js';
import { CODE_PREFIXES, INFERRED_MONEY_METRICS, LABEL_PREFIXES, SENTENCE_STARTERS, YEAR_PREPOSITIONS } from '../lexicon/figure-nouns.js';
import { ZERO_WORDS, NEGATIVE_WORDS } from '../lexicon/number-words.js';
import { parseNumberWord } from '../numbers/parse.js';
import { centsAfter, currencyAfter, currencyBefore, findMetric, metricOf } from './money/index.js';
import { percentAfter } from './percentages/index.js';
import { changeOf, headcountAfter, PEOPLE_NOUNS, staffAfter, workforceBefore } from './headcounts/index.js';
import { PEOPLE_STAFF_NOUNS } from '../lexicon/figure-nouns.js';
import { quantityAfter } from './quantities/index.js';
import { tieYears } from './tie-year.js';

export interface Figures {
  money: MoneyFact[];
  headcounts: HeadcountFact[];
  quantities: QuantityFact[];
  percentages: PercentageFact[];
}

type Draft =
  | { kind: 'money'; fact: Omit<MoneyFact, 'text' | 'start' | 'end'>; first: number; last: number }
  | { kind: 'headcounts'; fact: Omit<HeadcountFact, 'text' | 'start' | 'end'>; first: number; last: number }
  | { kind: 'quantities'; fact: Omit<QuantityFact, 'text' | 'start' | 'end'>; first: number; last: number }
  | { kind: 'percentages'; fact: Omit<PercentageFact, 'text' | 'start' | 'end'>; first: number; last: number };

/** Prefix currency forms that are words ("EUR 40 Mio.", "SFr. 20"). */
const PREFIX_WORDS = new Set(['eur', 'usd', 'chf', 'gbp', 'jpy', 'cny', 'sek', 'nok', 'dkk', 'pln', 'czk', 'huf', 'cad', 'aud', 'sfr.', 'sfr', 'fr.', 'dm', 'ös', 'us', 'us$', 'teur']);

/**
 * Quick test: can a figure start at this token? Words are looked up once per call and
 * distinct word (`seen`), so the number-word parser runs on each word form only once.
 */
function mayStart(t: Token, seen: Map<string, boolean>): boolean {
  if (t.type === 'number') return true;
  if (t.type === 'punct') return t.value === ',' || t.value === '-' || t.value === '–' || t.value === '−';
  if (t.type === 'symbol') return t.value === '€' || t.value === '$' || t.value === '£' || t.value === '¥';
  if (t.type !== 'word') return false;
  const w = t.lower;
  const known = seen.get(w);
  if (known !== undefined) return known;
  const ok = PREFIX_WORDS.has(w) || ZERO_WORDS.has(w) || NEGATIVE_WORDS.has(w) || parseNumberWord(w) !== undefined;
  seen.set(w, ok);
  return ok;
}

interface Hedge {
  qualifier: Qualifier;
  /** "zwischen" before the number: "und" makes a range. */
  between: boolean;
}

/** The hedge right before token i. "über" and "gut" only directly before the number. */
function hedgeBefore(tokens: readonly Token[], i: number): Hedge {
  const a = tokens[i - 2];
  const b = tokens[i - 1];
  if (b === undefined) return { qualifier: 'exact', between: false };
  if (b.lower === 'zwischen') return { qualifier: 'exact', between: true };
  if (a !== undefined) {
    const pair = QUALIFIER_PAIRS.get(a.lower)?.get(b.lower);
    if (pair !== undefined) return { qualifier: pair, between: false };
  }
  // "eine Finanzierungsrunde über 18 Mio. Euro", "eine Umfrage unter 2.048 Erwachsenen": after a noun
  // "über"/"unter" name the amount or the group, they do not hedge it
  if ((b.lower === 'über' || b.lower === 'unter') && a !== undefined && a.type === 'word' && isCapitalisedWord(a) && !a.newlineBefore && a.abbreviation !== true && !NOT_NOUNS.has(a.lower)) {
    return { qualifier: 'exact', between: false };
  }
  if (!PAIR_ONLY.has(b.lower)) {
    const q = QUALIFIER_WORDS.get(b.lower);
    if (q !== undefined) return { qualifier: q, between: false };
  }
  return { qualifier: 'exact', between: false };
}

/** Prepositions of place before "zwei": "an zwei Standorten" describes, it does not count. */
const PLACE_PREPOSITIONS = new Set(['an', 'auf', 'bei', 'zu', 'zwischen', 'von', 'unter', 'über', 'neben', 'hinter', 'vor']);

const PERIOD_NOT_PART = new Set(['eur.', 'dm.', 'usd.', 'chf.', 'gbp.']);

/** Capitalised words before "über" that are not nouns (sentence starts, pronouns). */
const NOT_NOUNS = new Set(['es', 'er', 'sie', 'wir', 'ich', 'man', 'das', 'die', 'der', 'dies', 'damit', 'insgesamt', 'heute', 'derzeit', 'aktuell', 'inzwischen', 'mittlerweile', 'rund', 'nun', 'jetzt', 'so']);

const RANGE_WORDS = new Set(['bis', '-', '–', '—']);

/** A year-like bare number: four digits 1800–2099, no separators. */
function yearLike(t: Token): boolean {
  if (t.value.length !== 4 || !/^\d{4}$/u.test(t.value)) return false;
  const v = Number(t.value);
  return v >= 1800 && v <= 2099;
}

function isCapitalisedWord(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word') return false;
  const c = t.value[0]!;
  return c !== c.toLowerCase();
}

/** Numbers that are codes, labels or parts of compounds, not figures. */
function isLabel(tokens: readonly Token[], n: NumberRead): boolean {
  const prev = tokens[n.first - 1];
  if (prev !== undefined && CODE_PREFIXES.has(prev.lower)) return true;
  // "COVID-19", "A4", "H2O": glued to a word or a hyphen before
  if (prev !== undefined && !tokens[n.first]!.spaceBefore && (prev.type === 'word' || (prev.value === '-' && n.first === n.core)) && !(prev.lower === 'minus')) {
    if (!(prev.value === '-' && (tokens[n.first - 2] === undefined || tokens[n.first - 2]!.spaceBefore === true || prev.spaceBefore))) return true;
  }
  // "30-jährige", "3-Zimmer-Wohnung", "10-Punkte-Plan"
  const after = tokens[n.last];
  const after2 = tokens[n.last + 1];
  if (after !== undefined && after.value === '-' && !after.spaceBefore && after2 !== undefined && !after2.spaceBefore && after2.type === 'word') return true;
  // "16.", "3." ordinals are their own token type and never reach here; "Tel. 05261 …" is boilerplate
  return false;
}

function findSentenceBounds(ctx: Context, i: number): { sFirst: number; sLast: number } {
  const s = ctx.sentences[ctx.sentenceOf[i]!];
  return s === undefined ? { sFirst: 0, sLast: ctx.tokens.length } : { sFirst: s.first, sLast: s.last };
}

/** The range after a number: "10 bis 12", "10–12", "zwischen 10 und 12". */
function rangeAfter(tokens: readonly Token[], n: NumberRead, between: boolean): NumberRead | undefined {
  if (n.max !== undefined) return undefined;
  const r = tokens[n.last];
  if (r === undefined || r.newlineBefore) return undefined;
  if (!(RANGE_WORDS.has(r.lower) || (between && r.lower === 'und'))) return undefined;
  if (r.lower === 'bis' && tokens[n.last + 1]?.lower === 'zu') return undefined;
  const m = readNumber(tokens, n.last + 1);
  if (m === undefined || m.max !== undefined || m.weak || m.value < 0) return undefined;
  return m;
}

/** One figure starting at token i, or undefined. */
function figureAt(ctx: Context, i: number, yearTokens: Uint8Array): Draft | undefined {
  const tokens = ctx.tokens;
  // prefix currency: "€ 1,5 Mrd.", "EUR 40 Mio."
  let prefix = currencyBefore(tokens, i);
  let numberStart = i;
  if (prefix !== undefined) {
    const nt = tokens[prefix.last];
    if (nt === undefined || nt.newlineBefore || nt.type !== 'number') prefix = undefined;
    else numberStart = prefix.last;
  }
  const n = readNumber(tokens, numberStart);
  if (n === undefined) return undefined;
  if (n.value < 0 && n.first !== numberStart) return undefined;
  for (let j = i; j < n.last; j++) if (ctx.boilerplate[j] === 1 || yearTokens[j] === 1) return undefined;
  if (prefix === undefined && isLabel(tokens, n)) return undefined;
  const hedge = hedgeBefore(tokens, i);
  const m = rangeAfter(tokens, n, hedge.between);
  let value = n.value;
  let max: number | undefined = n.max;
  let end = n.last;
  if (m !== undefined) {
    if (n.scale === 1 && m.scale > 1 && n.value < m.value / m.scale) value = Number((n.value * m.scale).toPrecision(15));
    if (value < m.value) {
      max = m.value;
      end = m.last;
    }
  }
  const scaled = n.scale > 1 || (m !== undefined && max !== undefined && m.scale > 1);
  const prev = tokens[i - 1];
  const isRange = max !== undefined;
  const { sFirst, sLast } = findSentenceBounds(ctx, i);
  const qualifier = hedge.qualifier;

  // ── money ──
  const money = (iso: string, factor: number, last: number, rule: string, inferred: boolean): Draft => {
    let amount = Number((value * factor).toPrecision(15));
    let lastTok = last;
    const fact: Draft & { kind: 'money' } = {
      kind: 'money',
      first: i,
      last: lastTok,
      fact: { amount, currency: iso, qualifier, rule },
    };
    if (!isRange && factor === 1 && !inferred && prefix === undefined && n.scale === 1) {
      const cents = centsAfter(tokens, last);
      if (cents !== undefined && Number.isInteger(value)) {
        amount = Number((amount + cents.cents / 100).toPrecision(15));
        lastTok = cents.last;
        fact.fact.amount = amount;
        fact.last = lastTok;
        fact.fact.rule = 'money/number-currency-cents';
      }
    }
    if (max !== undefined) fact.fact.max = Number((max * factor).toPrecision(15));
    if (inferred) fact.fact.currencyInferred = true;
    fact.fact.metric = findMetric(tokens, i, fact.last, sFirst, sLast, fact.fact.amount) ?? 'other';
    return fact;
  };
  if (prefix !== undefined) {
    return money(prefix.iso, prefix.factor, end, isRange ? 'money/currency-range' : 'money/currency-number', false);
  }
  const cur = currencyAfter(tokens, end);
  if (cur !== undefined) {
    // "einen Euro-Experten": an article before a compound is no amount
    const h = tokens[cur.last];
    if (n.weak && h !== undefined && h.value === '-' && !h.spaceBefore) return undefined;
    return money(cur.iso, cur.factor, cur.last, isRange ? 'money/range-currency' : 'money/number-currency', false);
  }
  // ── "von 12 auf 14 Euro", "von 18 auf 23 Prozent": the first number takes the unit of the second ──
  if (!isRange && prev !== undefined && prev.lower === 'von' && tokens[end]?.lower === 'auf') {
    let k = end + 1;
    const qa = tokens[k];
    if (qa !== undefined && (QUALIFIER_WORDS.has(qa.lower) && !PAIR_ONLY.has(qa.lower))) k++;
    else if (qa !== undefined && QUALIFIER_PAIRS.get(qa.lower)?.get(tokens[k + 1]?.lower ?? '') !== undefined) k += 2;
    const to = readNumber(tokens, k);
    if (to !== undefined && !to.weak && to.max === undefined) {
      const v = n.scale === 1 && to.scale > 1 && n.value < to.value / to.scale ? Number((n.value * to.scale).toPrecision(15)) : n.value;
      const c2 = currencyAfter(tokens, to.last);
      if (c2 !== undefined) {
        value = v;
        const d = money(c2.iso, c2.factor, end, 'money/from-number-to', false);
        return d;
      }
      const p2 = percentAfter(tokens, to.last);
      if (p2 !== undefined) {
        return { kind: 'percentages', fact: { value: v, qualifier, unit: p2.unit, rule: 'percentages/from-number-to' }, first: i, last: end };
      }
    }
  }
  // ── percentages ──
  const pct = percentAfter(tokens, end);
  if (pct !== undefined) {
    const fact: Omit<PercentageFact, 'text' | 'start' | 'end'> = {
      value, qualifier, unit: pct.unit, rule: pct.unit === 'percent' ? (isRange ? 'percentages/range-percent' : 'percentages/number-percent') : 'percentages/number-points',
    };
    if (max !== undefined) fact.max = max;
    return { kind: 'percentages', fact, first: i, last: pct.last };
  }
  if (n.weak || n.glued) return undefined;
  const prevWord = tokens[i - 1];
  if (prefix === undefined && prevWord !== undefined && LABEL_PREFIXES.has(prevWord.lower)) return undefined;
  // ── money without a currency word: "40 Millionen Umsatz", "Der Umsatz stieg auf 40 Mio." ──
  if (scaled) {
    const right = tokens[end];
    const rightMetric = right === undefined ? undefined : metricOf(right);
    if (rightMetric !== undefined && INFERRED_MONEY_METRICS.has(rightMetric)) {
      return money('EUR', 1, end, 'money/number-scale-metric', true);
    }
    const bareAfter = right === undefined || right.type === 'punct' || right.newlineBefore || (right.type === 'word' && (!isCapitalisedWord(right) || SENTENCE_STARTERS.has(right.lower)));
    if (bareAfter) {
      for (let j = i - 1; j >= Math.max(sFirst, i - 10); j--) {
        const mt = metricOf(tokens[j]!);
        if (mt !== undefined && INFERRED_MONEY_METRICS.has(mt)) {
          return money('EUR', 1, end, 'money/metric-number-scale', true);
        }
      }
    }
  }
  if (value < 0) return undefined;
  // ── headcounts ──
  const core = tokens[n.core]!;
  const noun = headcountAfter(tokens, end);
  const hc = noun ?? staffAfter(tokens, end, i, sFirst, sLast);
  if (hc !== undefined && (Number.isInteger(value) || scaled)) {
    let kind = hc.kind;
    if (kind === 'members' && workforceBefore(tokens, i, sFirst)) kind = 'employees';
    const rule = noun === undefined ? 'headcounts/people-employment-verb' : isRange ? 'headcounts/range-noun' : 'headcounts/number-noun';
    const fact: Omit<HeadcountFact, 'text' | 'start' | 'end'> = { count: value, qualifier, kind, rule };
    if (max !== undefined) fact.max = max;
    const change = changeOf(tokens, i, hc.last, sFirst, sLast);
    if (change !== undefined) fact.change = change;
    return { kind: 'headcounts', fact, first: i, last: hc.last };
  }
  // ── quantities ──
  const maybeYear = n.digits && yearLike(core) && !n.formatted && n.scale === 1;
  const maybeCode = n.digits && (n.leadingZero || (!n.formatted && n.scale === 1 && core.value.length >= 5));
  // number words count from three up; "zwei" too, except in a place phrase ("an zwei Standorten")
  const wordCount = !n.digits && Number.isInteger(value) && (value >= 3 || (value === 2 && !(prev !== undefined && PLACE_PREPOSITIONS.has(prev.lower))));
  const notYear = !(maybeYear && (prev === undefined || YEAR_PREPOSITIONS.has(prev.lower) || qualifier === 'exact'));
  const countsAllowed = (n.digits || wordCount) && !maybeCode && notYear;
  const q = quantityAfter(tokens, end, countsAllowed, !maybeCode && notYear && !n.leadingZero);
  // "die Belegschaft von 270 Personen": people counted by a workforce noun are employees
  if (q !== undefined && q.category === 'count' && q.last === q.unitFirst + 1 && PEOPLE_NOUNS.has(tokens[q.unitFirst]!.lower) && Number.isInteger(value) && workforceBefore(tokens, i, sFirst)) {
    const fact: Omit<HeadcountFact, 'text' | 'start' | 'end'> = { count: value, qualifier, kind: 'employees', rule: 'headcounts/workforce-people' };
    if (max !== undefined) fact.max = max;
    return { kind: 'headcounts', fact, first: i, last: q.last };
  }
  if (q !== undefined && !(maybeYear && q.category !== 'population' && qualifier === 'exact') && !n.leadingZero) {
    const unit = ctx.text.slice(tokens[q.unitFirst]!.start, tokens[q.last - 1]!.end);
    const fact: Omit<QuantityFact, 'text' | 'start' | 'end'> = {
      value, qualifier, unit, category: q.category,
      rule: q.category === 'population' ? 'quantities/number-population' : q.category === 'area' ? 'quantities/number-area' : q.category === 'other' ? 'quantities/number-measure' : 'quantities/number-noun',
    };
    if (max !== undefined) fact.max = max;
    return { kind: 'quantities', fact, first: i, last: q.last };
  }
  // ── a bare count the workforce governs: "die Belegschaft ist auf 270 angestiegen" ──
  if (n.digits && Number.isInteger(value) && !maybeYear && !maybeCode && !scaled && prev !== undefined) {
    const before = qualifier === 'exact' ? prev : tokens[i - 2];
    const next = tokens[end];
    const bare = next === undefined || next.type === 'punct' || (next.type === 'word' && !isCapitalisedWord(next));
    if (bare && before !== undefined && (before.lower === 'auf' || before.lower === 'von') && workforceBefore(tokens, i, sFirst)) {
      const fact: Omit<HeadcountFact, 'text' | 'start' | 'end'> = { count: value, qualifier, kind: 'employees', rule: 'headcounts/workforce-number' };
      if (max !== undefined) fact.max = max;
      return { kind: 'headcounts', fact, first: i, last: end };
    }
  }
  return undefined;
}

const PART_WORDS = new Set(['davon', 'darunter']);
const COPULAS = new Set(['sind', 'waren', 'seien', 'wären', 'werden', 'sollen', 'soll', 'wird', 'würden', 'dürften', 'könnten', 'bleiben', 'blieben']);
const ELLIPSIS_SKIP = new Set(['weitere', 'weiteren', 'insgesamt', 'zusammen', 'nur', 'noch', 'schon', 'bereits', 'dann']);

/**
 * A bare number that takes its noun from a figure before it (SPEC: headcounts and counts are
 * what the text says they are, also in ellipsis): "2.350 Mitarbeiter, davon 610 …",
 * "… sind es 640", "… auf 1.140 (Vorjahr: 1.096)". Only headcounts and quantities pass their
 * noun on; the antecedent must be the nearest figure before.
 */
function ellipticAt(ctx: Context, i: number, drafts: readonly Draft[], yearTokens: Uint8Array): Draft | undefined {
  const tokens = ctx.tokens;
  const n = readNumber(tokens, i);
  if (n === undefined || n.weak || n.glued || n.max !== undefined || n.first !== n.core || n.leadingZero) return undefined;
  const value = n.value;
  if (!Number.isInteger(value) || value <= 0 || (!n.digits && value < 3)) return undefined;
  const core = tokens[n.core]!;
  if (yearTokens[n.core] === 1 || (n.digits && !n.formatted && (yearLike(core) || core.value.length >= 5))) return undefined;
  if (isLabel(tokens, n)) return undefined;
  // what follows must not be a noun of its own (except a people noun after "davon/darunter")
  const next = tokens[n.last];
  let last = n.last;
  let staffNoun = false;
  if (next !== undefined && !next.newlineBefore) {
    if (next.type === 'word' && isCapitalisedWord(next)) {
      if (!PEOPLE_STAFF_NOUNS.has(next.lower)) return undefined;
      staffNoun = true;
      last = n.last + 1;
      const a = tokens[last];
      const b = tokens[last + 1];
      if (a !== undefined && b !== undefined && a.lower === 'und' && PEOPLE_STAFF_NOUNS.has(b.lower)) last += 2;
    } else if (next.type === 'symbol' || next.type === 'number' || (next.value === '-' && !next.spaceBefore)) return undefined;
  }
  // the cue before: qualifiers and fillers skipped
  const hedge = hedgeBefore(tokens, i);
  let k = i - 1;
  if (hedge.qualifier !== 'exact') {
    const a = tokens[i - 2];
    k = a !== undefined && QUALIFIER_PAIRS.get(a.lower)?.get(tokens[i - 1]!.lower) !== undefined ? i - 3 : i - 2;
  }
  while (k >= 0 && ELLIPSIS_SKIP.has(tokens[k]!.lower)) k--;
  const c = tokens[k];
  if (c === undefined) return undefined;
  const sentence = ctx.sentenceOf[i]!;
  let maxSentencesBack = 0;
  let cue = false;
  const prevDraft = drafts[drafts.length - 1];
  if (PART_WORDS.has(c.lower) || (tokens[k - 1] !== undefined && PART_WORDS.has(tokens[k - 1]!.lower) && c.type === 'word' && c.value === c.lower)) {
    cue = true;
    maxSentencesBack = 1; // "… 1.140 Mitarbeiter. Davon arbeiten 870 …"
  } else if ((c.lower === 'und' || c.value === ',') && prevDraft !== undefined && prevDraft.fact.rule?.endsWith('elliptic-number') === true && ctx.sentenceOf[prevDraft.first] === sentence) {
    cue = true; // "davon 870 am Stammsitz und 270 im Werk"
  } else if (c.lower === 'es' && tokens[k - 1] !== undefined && COPULAS.has(tokens[k - 1]!.lower)) {
    cue = true;
    maxSentencesBack = 2;
  } else if (c.value === ':') {
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      if (tokens[j]!.value === '(') { cue = true; break; }
      if (tokens[j]!.value === ')' || ctx.sentenceOf[j] !== sentence) break;
    }
  }
  if (!cue || staffNoun && !PART_WORDS.has(c.lower) && !PART_WORDS.has(tokens[k - 1]?.lower ?? '')) return undefined;
  // the antecedent: the nearest figure; after "davon/darunter" the nearest whole this can be part of
  const part = maxSentencesBack === 1;
  let ante: Draft | undefined;
  for (let d = drafts.length - 1; d >= 0; d--) {
    const cand = drafts[d]!;
    if (cand.last > i || sentence - ctx.sentenceOf[cand.first]! > maxSentencesBack) break;
    const whole = cand.kind === 'headcounts' ? cand.fact.count : cand.kind === 'quantities' ? cand.fact.value : undefined;
    if (!part) { ante = cand; break; }
    if (whole !== undefined && whole >= value) { ante = cand; break; }
  }
  if (ante === undefined) return undefined;
  for (let j = ante.last; j < i; j++) if (ctx.boilerplate[j] === 1) return undefined;
  const qualifier = hedge.qualifier;
  if (ante.kind === 'headcounts') {
    const fact: Omit<HeadcountFact, 'text' | 'start' | 'end'> = { count: value, qualifier, kind: ante.fact.kind, rule: 'headcounts/elliptic-number' };
    if (ante.fact.change !== undefined && PART_WORDS.has(c.lower)) fact.change = ante.fact.change;
    return { kind: 'headcounts', fact, first: i, last };
  }
  if (ante.kind === 'quantities' && !staffNoun && ante.fact.category !== 'area' && ante.fact.category !== 'other') {
    const fact: Omit<QuantityFact, 'text' | 'start' | 'end'> = { value, qualifier, unit: ante.fact.unit, rule: 'quantities/elliptic-number' };
    if (ante.fact.category !== undefined) fact.category = ante.fact.category;
    return { kind: 'quantities', fact, first: i, last };
  }
  return undefined;
}

/** Money, headcounts, quantities and percentages: one pass over the numbers, each number used once. */
export function findFigures(ctx: Context, years: readonly Located<YearFact>[], anchor: string | undefined): Figures {
  const tokens = ctx.tokens;
  const yearTokens = new Uint8Array(tokens.length);
  for (const y of years) {
    // a year inside a figure's number ("2000 Mitarbeiter" read as a year) is the years kind's call
    for (let j = y.first; j < y.last && j < tokens.length; j++) if (tokens[j]!.type === 'number') yearTokens[j] = 1;
  }
  const drafts: Draft[] = [];
  const seen = new Map<string, boolean>();
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.boilerplate[i] === 1) continue;
    const t = tokens[i]!;
    if (!mayStart(t, seen)) continue;
    // "darunter 24 Tierpflegerinnen": the part of a headcount before it, not a count of its own
    const partOf = PART_WORDS.has(tokens[i - 1]?.lower ?? '') && PEOPLE_STAFF_NOUNS.has(tokens[i + 1]?.lower ?? '');
    const d = (partOf ? ellipticAt(ctx, i, drafts, yearTokens) : undefined) ?? figureAt(ctx, i, yearTokens) ?? ellipticAt(ctx, i, drafts, yearTokens);
    if (d === undefined) continue;
    drafts.push(d);
    i = d.last - 1;
  }
  const tied = tieYears(ctx, drafts, years, anchor);
  // "2.350 Mitarbeiter (1996), davon 610 Saisonkräfte": a part takes the year of its whole
  for (let k = 1; k < drafts.length; k++) {
    if (tied[k] !== undefined) continue;
    const d = drafts[k]!;
    let b = d.first - 1;
    while (b >= 0 && (QUALIFIER_WORDS.has(tokens[b]!.lower) || ELLIPSIS_SKIP.has(tokens[b]!.lower))) b--;
    const cue = tokens[b];
    const cue2 = tokens[b - 1];
    const isPart = cue !== undefined && (PART_WORDS.has(cue.lower) || (cue2 !== undefined && PART_WORDS.has(cue2.lower) && cue.value === cue.lower));
    if (isPart && ctx.sentenceOf[d.first]! - ctx.sentenceOf[drafts[k - 1]!.first]! <= 1) tied[k] = tied[k - 1];
  }
  const out: Figures = { money: [], headcounts: [], quantities: [], percentages: [] };
  drafts.forEach((d, k) => {
    // "12 500 EUR." — the tokenizer keeps the sentence's period on "EUR": not part of the amount
    const lastTok = tokens[d.last - 1]!;
    const ev = PERIOD_NOT_PART.has(lastTok.lower)
      ? ctx.evidenceOfChars(tokens[d.first]!.start, lastTok.end - 1)
      : ctx.evidence(d.first, d.last);
    const year = tied[k];
    const head = { text: ev.text, start: ev.start, end: ev.end };
    switch (d.kind) {
      case 'money': out.money.push(Object.assign(head, d.fact, year === undefined ? undefined : { year })); break;
      case 'headcounts': out.headcounts.push(Object.assign(head, d.fact, year === undefined ? undefined : { year })); break;
      case 'quantities': out.quantities.push(Object.assign(head, d.fact, year === undefined ? undefined : { year })); break;
      case 'percentages': out.percentages.push(Object.assign(head, d.fact, year === undefined ? undefined : { year })); break;
    }
  });
  return out;
}
