/**
 * Money, headcounts, quantities and percentages in one pass over the tokens. At each place a
 * number can start, the number is read once (src/numbers), a range is read after it, and the
 * words after it decide what it is — in this order: money, percentage, headcount, quantity.
 * The tokens a figure uses are skipped, so each number belongs to at most one figure.
 */
import type { HeadcountFact, MoneyFact, PercentageFact, QuantityFact, Qualifier, YearFact } from '../facts.js';
import type { Context, Located } from '../engine/context.js';
import type { Token, TokenType } from '../text/tokens.js';
import { readNumber, type NumberRead } from '../numbers/read.js';
import { QUALIFIER_PAIRS, QUALIFIER_WORDS, PAIR_ONLY } from '../lexicon/qualifiers.js';
import { CODE_PREFIXES, INFERRED_MONEY_METRICS, LABEL_PREFIXES, SENTENCE_STARTERS, YEAR_PREPOSITIONS } from '../lexicon/figure-nouns.js';
import { ZERO_WORDS, NEGATIVE_WORDS } from '../lexicon/number-words.js';
import { NUMBER_WORD_STARTS } from '../numbers/parse.js';
import { shortDecimal } from '../numbers/tidy.js';
import { centsAfter, currencyAfter, currencyBefore, findMetric, metricOf } from './money/index.js';
import { percentAfter } from './percentages/index.js';
import { changeOf, headcountAfter, PEOPLE_NOUNS, staffAfter, workforceBefore } from './headcounts/index.js';
import { PEOPLE_STAFF_NOUNS } from '../lexicon/figure-nouns.js';
import { quantityAfter, type QuantityNoun } from './quantities/index.js';
import { placeWord } from './persons/lexicon.js';
import { TokenMarks, tieYears } from './tie-year.js';
import { startsCapitalised } from '../text/capitals.js';

export interface Figures {
  money: MoneyFact[];
  headcounts: HeadcountFact[];
  quantities: QuantityFact[];
  percentages: PercentageFact[];
}

/**
 * A figure found, with its token span. `fact` is already the output object: its evidence
 * (text, start, end: the first keys, placeholders until toFigures) comes last, so no object is
 * copied per fact.
 */
type Draft =
  | { kind: 'money'; fact: MoneyFact; first: number; last: number; /** No word of its sentence named the metric ('other' by default). */ metricless?: boolean }
  | { kind: 'headcounts'; fact: HeadcountFact; first: number; last: number }
  | { kind: 'quantities'; fact: QuantityFact; first: number; last: number }
  | { kind: 'percentages'; fact: PercentageFact; first: number; last: number };

/** Prefix currency forms that are words ("EUR 40 Mio.", "SFr. 20"). */
const PREFIX_WORDS = new Set(['eur', 'usd', 'chf', 'gbp', 'jpy', 'cny', 'sek', 'nok', 'dkk', 'pln', 'czk', 'huf', 'cad', 'aud', 'sfr.', 'sfr', 'fr.', 'dm', 'ös', 'us', 'us$', 'teur']);

/** Words (not number words) a figure can start with: prefix currencies, zero and minus words. */
const START_WORDS: ReadonlySet<string> = new Set([...PREFIX_WORDS, ...ZERO_WORDS, ...NEGATIVE_WORDS]);

/**
 * The first three letters of every word that can start a figure, as a table: almost every word
 * fails here without a hash look-up (every word token passes by). A number word begins with the
 * first three letters of a whole number word or of its first morpheme (NUMBER_WORD_STARTS, "ß"
 * folded); the others are listed whole. `pairRow` maps the first two char codes to a row of
 * `thirds` (0: no start word begins so), `thirds` marks the allowed third char codes per row.
 * Two-letter words with a known pair, and words with "ß" or a char beyond Latin-1 among the
 * first three, take the exact path. (Module load fails loudly if a start word does not fit.)
 */
const START_TABLE: { pairRow: Uint16Array; thirds: Uint8Array } = (() => {
  // wordMayStart relies on this: no number word is shorter than three letters
  for (const w of NUMBER_WORD_STARTS) if (w.length < 3) throw new Error(`figures: number word "${w}" is shorter than three letters`);
  const words = [...NUMBER_WORD_STARTS, ...START_WORDS];
  const pairRow = new Uint16Array(65536);
  let rows = 0;
  for (const w of words) {
    const key = pairKey(w);
    if (key < 0) throw new Error(`figures: start word "${w}" does not fit the start table`);
    if (pairRow[key] === 0) pairRow[key] = ++rows;
  }
  const thirds = new Uint8Array((rows + 1) * 256);
  for (const w of words) {
    if (w.length < 3) continue;
    const c = w.charCodeAt(2);
    if (c > 255 || c === 0xdf) throw new Error(`figures: start word "${w}" does not fit the start table`);
    thirds[pairRow[pairKey(w)]! * 256 + c] = 1;
  }
  return { pairRow, thirds };
})();

/** The two first char codes of a word as a table index, or -1 when the table cannot judge it. */
function pairKey(w: string): number {
  if (w.length < 2) return -1;
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if (a > 255 || b > 255 || a === 0xdf || b === 0xdf) return -1; // 0xdf "ß" folds to "ss"
  return (a << 8) | b;
}

/** False when the start table rules the word out; true when it must be looked at. */
function startTableAllows(w: string): boolean {
  const key = pairKey(w);
  if (key < 0) return true;
  const row = START_TABLE.pairRow[key]!;
  if (row === 0) return false;
  if (w.length === 2) return true;
  const c = w.charCodeAt(2);
  if (c > 255 || c === 0xdf) return true;
  return START_TABLE.thirds[row * 256 + c] === 1;
}

/**
 * May a figure start at this word? The table rules out almost every word. The rest ("sieben",
 * but also "sie", "viele") are tried: at a word that is no number the reader finds none, so
 * figureAt gives nothing. (No number-word parse here: it would be compiled into the token loop.)
 * Two-letter words: no number word has two letters, so only START_WORDS.
 */
function wordMayStart(w: string): boolean {
  return startTableAllows(w) && (w.length > 2 || START_WORDS.has(w));
}

/**
 * Punctuation and symbols a figure can start with (",77", "-5", "€ 5"), with the token type each
 * must have. One look-up for every other token: branches by type or chains of comparisons that
 * never ran before the loop was compiled (no "$" in the first documents) deoptimised it.
 */
const START_MARKS: ReadonlyMap<string, TokenType> = new Map<string, TokenType>([
  [',', 'punct'], ['-', 'punct'], ['–', 'punct'], ['−', 'punct'],
  ['€', 'symbol'], ['$', 'symbol'], ['£', 'symbol'], ['¥', 'symbol'],
]);

/**
 * Quick test: can a figure start at token i? A mark starts one only right before the digits it
 * signs or prices ("-5", ",77", "€ 5") or a bare decimal ("-,50"): the next token's type is looked
 * at first (a "," is always 'punct'), so the forty thousand other marks of 2 MB are passed by
 * without reading their text.
 */
function mayStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const type = t.type;
  if (type === 'word') return wordMayStart(t.lower);
  if (type === 'number') return true;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  const nextType = next.type;
  if (nextType !== 'number' && nextType !== 'punct') return false;
  return START_MARKS.get(t.value) === type && (nextType === 'number' || next.value === ',');
}

/** The second words of the two-word hedges ("mehr als", "bis zu"). */
const PAIR_SECONDS: ReadonlySet<string> = new Set([...QUALIFIER_PAIRS.values()].flatMap((m) => [...m.keys()]));

/**
 * The hedge right before token i (SPEC §2 qualifiers). "über" and "gut" only directly before
 * the number. Returns a string, not an object: this runs at every number.
 */
function qualifierBefore(tokens: readonly Token[], i: number): Qualifier {
  const b = i > 0 ? tokens[i - 1] : undefined;
  if (b === undefined) return 'exact';
  const bl = b.lower;
  if (bl === 'zwischen') return 'exact';
  const a = tokens[i - 2];
  // the word before is looked up only after a second word of a pair ("als", "zu" …): most numbers have none
  if (a !== undefined && PAIR_SECONDS.has(bl)) {
    const pair = QUALIFIER_PAIRS.get(a.lower)?.get(bl);
    if (pair !== undefined) return pair;
  }
  // "eine Finanzierungsrunde über 18 Mio. Euro", "eine Umfrage unter 2.048 Erwachsenen": after a noun
  // "über"/"unter" name the amount or the group, they do not hedge it
  if ((bl === 'über' || bl === 'unter') && a !== undefined && a.type === 'word' && isCapitalisedWord(a) && !a.newlineBefore && a.abbreviation !== true && !NOT_NOUNS.has(a.lower)) {
    return 'exact';
  }
  if (!PAIR_ONLY.has(bl)) {
    const q = QUALIFIER_WORDS.get(bl);
    if (q !== undefined) return q;
  }
  // "mindestens aber 350 Euro", "höchstens jedoch 20 Prozent": a particle between the hedge and the number
  if (HEDGE_PARTICLES.has(bl) && a !== undefined && !PAIR_ONLY.has(a.lower)) {
    const q = QUALIFIER_WORDS.get(a.lower);
    if (q !== undefined) return q;
  }
  return 'exact';
}
const HEDGE_PARTICLES: ReadonlySet<string> = new Set(['aber', 'jedoch', 'allerdings']);

/** "zwischen" right before the number: "und" then makes a range. */
function betweenBefore(tokens: readonly Token[], i: number): boolean {
  const b = i > 0 ? tokens[i - 1] : undefined;
  return b !== undefined && b.lower === 'zwischen';
}

/** Prepositions of place before "zwei": "an zwei Standorten" describes, it does not count. */
const PLACE_PREPOSITIONS = new Set(['an', 'auf', 'bei', 'zu', 'zwischen', 'von', 'unter', 'über', 'neben', 'hinter', 'vor']);

const PERIOD_NOT_PART = new Set(['eur.', 'dm.', 'usd.', 'chf.', 'gbp.']);

/** Capitalised words before "über" that are not nouns (sentence starts, pronouns). */
const NOT_NOUNS = new Set(['es', 'er', 'sie', 'wir', 'ich', 'man', 'das', 'die', 'der', 'dies', 'damit', 'insgesamt', 'heute', 'derzeit', 'aktuell', 'inzwischen', 'mittlerweile', 'rund', 'nun', 'jetzt', 'so']);

const RANGE_WORDS = new Set(['bis', '-', '–', '—']);

/** A year-like bare number: four digits 1800–2099, no separators. */
function yearLike(t: Token): boolean {
  const s = t.value;
  if (s.length !== 4) return false;
  for (let k = 0; k < 4; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  const v = Number(s);
  return v >= 1800 && v <= 2099;
}

function isCapitalisedWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && startsCapitalised(t.value);
}

/** Numbers that are codes, labels or parts of compounds, not figures. */
function isLabel(tokens: readonly Token[], n: NumberRead): boolean {
  const prev = n.first > 0 ? tokens[n.first - 1] : undefined;
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

/**
 * The last number read (tokens, position → result). figureAt and ellipticAt read the number
 * at the same token one after the other; readNumber is a pure function of (tokens, i).
 * Reset by findFigures for each document.
 */
let lastReadTokens: readonly Token[] | undefined;
let lastReadAt = -1;
let lastRead: NumberRead | undefined;

function readAt(tokens: readonly Token[], i: number): NumberRead | undefined {
  if (tokens === lastReadTokens && i === lastReadAt) return lastRead;
  lastRead = readNumber(tokens, i);
  lastReadTokens = tokens;
  lastReadAt = i;
  return lastRead;
}

/**
 * One past a Swiss zero-cents mark ".–" / ".-" written right after the number at `end` ("850.–"), else `end`.
 * @example zeroCentsEnd(tokenize('CHF 850.– statt'), 2) // 4
 */
function zeroCentsEnd(tokens: readonly Token[], end: number): number {
  const dot = tokens[end];
  const dash = tokens[end + 1];
  if (dot === undefined || dash === undefined || dot.value !== '.' || dot.spaceBefore || dash.spaceBefore) return end;
  if (dash.value !== '–' && dash.value !== '-') return end;
  const after = tokens[end + 2];
  // "850.–900" would be a range written oddly: not a mark
  return after !== undefined && !after.spaceBefore && after.type === 'number' ? end : end + 2;
}

/** After "zwischen X Euro": "und 15 Millionen Euro" at token k in the same currency and larger: the upper bound and one past it. */
function upperAmount(tokens: readonly Token[], k: number, iso: string, factor: number, value: number): { max: number; last: number } | undefined {
  const und = tokens[k];
  if (und === undefined || und.lower !== 'und' || und.newlineBefore) return undefined;
  const m = readNumber(tokens, k + 1);
  if (m === undefined || m.weak || m.max !== undefined || m.value <= 0) return undefined;
  const c = currencyAfter(tokens, m.last);
  if (c === undefined || c.iso !== iso || c.factor !== factor || !(m.value > value)) return undefined;
  return { max: m.value, last: c.last };
}

/** The range after a number: "10 bis 12", "10–12", "zwischen 10 und 12". */
function rangeAfter(tokens: readonly Token[], n: NumberRead, between: boolean): NumberRead | undefined {
  if (n.max !== undefined) return undefined;
  const r = tokens[n.last];
  if (r === undefined || r.newlineBefore) return undefined;
  if (!(RANGE_WORDS.has(r.lower) || (between && r.lower === 'und'))) return undefined;
  if (r.lower === 'bis' && tokens[n.last + 1]?.lower === 'zu') return undefined;
  // "nahm … eine Million Euro ein – zwölf Prozent mehr": "ein" there is a verb's particle or an article, and
  // a dash after it opens a new clause; a range from "ein" is written with "bis" ("ein bis zwei Prozent")
  if (n.weak && r.lower !== 'bis') return undefined;
  const m = readNumber(tokens, n.last + 1);
  if (m === undefined || m.max !== undefined || m.weak || m.value < 0) return undefined;
  return m;
}

/**
 * A number at a candidate position with its hedge, range and sentence: what the kind tests
 * after it look at. One object per number read (a fixed shape; no closures per position).
 */
interface Reading {
  /** Token where the figure starts (a prefix currency included). */
  first: number;
  n: NumberRead;
  value: number;
  /** Upper bound of a range, else undefined. */
  max: number | undefined;
  /** One past the number and its range. */
  end: number;
  /** A scale word on the number or on the upper bound of the range. */
  scaled: boolean;
  qualifier: Qualifier;
  /** The sentence: first token and one past its last. */
  sFirst: number;
  sLast: number;
}

/**
 * x rounded to 15 significant digits (11.5 × 10^6 → 11500000, not 11500000.000000002).
 * Non-zero integers below 10^15 and decimals of one or two places are already exact: skip the string
 * round trip (runs per amount).
 */
function round15(x: number): number {
  return (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e15) || shortDecimal(x) ? x : Number(x.toPrecision(15));
}

/** A money draft. `plain`: a single unscaled amount after which cents may follow ("2 Euro 50"). */
function moneyDraft(tokens: readonly Token[], r: Reading, value: number, iso: string, factor: number, last: number, rule: string, inferred: boolean, plain: boolean): Draft {
  const fact: MoneyFact = { text: '', start: 0, end: 0, amount: round15(value * factor), currency: iso, qualifier: r.qualifier, rule };
  let lastTok = last;
  if (plain && r.max === undefined && factor === 1 && !inferred && r.n.scale === 1) {
    const cents = centsAfter(tokens, last);
    if (cents !== undefined && Number.isInteger(value)) {
      fact.amount = round15(fact.amount + cents.cents / 100);
      lastTok = cents.last;
      fact.rule = 'money/number-currency-cents';
    }
  }
  if (r.max !== undefined) fact.max = round15(r.max * factor);
  if (inferred) fact.currencyInferred = true;
  const metric = findMetric(tokens, r.first, lastTok, r.sFirst, r.sLast, fact.amount);
  fact.metric = metric ?? 'other';
  return metric === undefined ? { kind: 'money', fact, first: r.first, last: lastTok, metricless: true } : { kind: 'money', fact, first: r.first, last: lastTok };
}

/** "von 12 auf 14 Euro", "von 18 auf 23 Prozent": the first number takes the unit of the second. */
function fromToFigure(tokens: readonly Token[], r: Reading): Draft | undefined {
  const n = r.n;
  let k = r.end + 1;
  const qa = tokens[k];
  if (qa !== undefined && (QUALIFIER_WORDS.has(qa.lower) && !PAIR_ONLY.has(qa.lower))) k++;
  else if (qa !== undefined && QUALIFIER_PAIRS.get(qa.lower)?.get(tokens[k + 1]?.lower ?? '') !== undefined) k += 2;
  const to = readNumber(tokens, k);
  if (to === undefined || to.weak || to.max !== undefined) return undefined;
  const v = n.scale === 1 && to.scale > 1 && n.value < to.value / to.scale ? round15(n.value * to.scale) : n.value;
  const c2 = currencyAfter(tokens, to.last);
  if (c2 !== undefined) return moneyDraft(tokens, r, v, c2.iso, c2.factor, r.end, 'money/from-number-to', false, true);
  const p2 = percentAfter(tokens, to.last);
  if (p2 !== undefined) {
    return { kind: 'percentages', fact: { text: '', start: 0, end: 0, value: v, qualifier: r.qualifier, unit: p2.unit, rule: 'percentages/from-number-to' }, first: r.first, last: r.end };
  }
  return undefined;
}

/** Money without a currency word: "40 Millionen Umsatz", "Der Umsatz stieg auf 40 Mio." (scaled numbers only). */
function inferredMoney(tokens: readonly Token[], r: Reading): Draft | undefined {
  const right = tokens[r.end];
  // "um 4,6 Mio. auf 118,3 Mio. Franken": the currency written after the amount it led to is this one's too
  if (right !== undefined && (right.lower === 'auf' || right.lower === 'bis') && !right.newlineBefore) {
    const m = readAt(tokens, r.end + 1);
    const cur = m !== undefined && m.scale > 1 ? currencyAfter(tokens, m.last) : undefined;
    if (cur !== undefined) return moneyDraft(tokens, r, r.value, cur.iso, cur.factor, r.end, 'money/number-scale-shared-currency', false, false);
  }
  const rightMetric = right === undefined ? undefined : metricOf(right);
  if (rightMetric !== undefined && INFERRED_MONEY_METRICS.has(rightMetric)) {
    return moneyDraft(tokens, r, r.value, 'EUR', 1, r.end, 'money/number-scale-metric', true, true);
  }
  const bareAfter = right === undefined || right.type === 'punct' || right.newlineBefore || (right.type === 'word' && (!isCapitalisedWord(right) || SENTENCE_STARTERS.has(right.lower)));
  if (bareAfter) {
    const i = r.first;
    for (let j = i - 1; j >= Math.max(r.sFirst, i - 10); j--) {
      const mt = metricOf(tokens[j]!);
      if (mt !== undefined && INFERRED_MONEY_METRICS.has(mt)) {
        return moneyDraft(tokens, r, r.value, 'EUR', 1, r.end, 'money/metric-number-scale', true, true);
      }
    }
  }
  return undefined;
}

/** Headcounts by the noun after the number, or people nouns an employment verb governs. */
function headcountFigure(tokens: readonly Token[], r: Reading): Draft | undefined {
  const i = r.first;
  const noun = headcountAfter(tokens, r.end);
  const hc = noun ?? staffAfter(tokens, r.end, i, r.sFirst, r.sLast);
  // whole people, or posts counted in full-time equivalents ("14,5 Vollzeitstellen")
  if (hc === undefined || !(Number.isInteger(r.value) || r.scaled || hc.kind === 'jobs')) return undefined;
  let kind = hc.kind;
  if (kind === 'members' && workforceBefore(tokens, i, r.sFirst)) kind = 'employees';
  const rule = noun === undefined ? 'headcounts/people-employment-verb' : r.max !== undefined ? 'headcounts/range-noun' : 'headcounts/number-noun';
  const fact: HeadcountFact = { text: '', start: 0, end: 0, count: r.value, qualifier: r.qualifier, kind, rule };
  if (r.max !== undefined) fact.max = r.max;
  const change = changeOf(tokens, i, hc.last, r.sFirst, r.sLast);
  if (change !== undefined) fact.change = change;
  return { kind: 'headcounts', fact, first: i, last: hc.last };
}

/** Quantities (and people a workforce noun counts): "920.000 Einwohner", "12.000 Quadratmeter", "36 Städte". */
function quantityFigure(ctx: Context, r: Reading, prev: Token | undefined, maybeYear: boolean, maybeCode: boolean): Draft | undefined {
  const tokens = ctx.tokens;
  const n = r.n;
  const i = r.first;
  const value = r.value;
  const qualifier = r.qualifier;
  // number words count from three up; "zwei" too, except in a place phrase ("an zwei Standorten")
  const wordCount = !n.digits && Number.isInteger(value) && (value >= 3 || (value === 2 && !(prev !== undefined && PLACE_PREPOSITIONS.has(prev.lower))));
  const notYear = !(maybeYear && (prev === undefined || YEAR_PREPOSITIONS.has(prev.lower) || qualifier === 'exact'));
  const countsAllowed = (n.digits || wordCount) && !maybeCode && notYear;
  const q = quantityAfter(tokens, r.end, countsAllowed, !maybeCode && notYear && !n.leadingZero) ?? hoursOfWork(tokens, r, maybeYear || maybeCode);
  if (q === undefined) return undefined;
  // "die Belegschaft von 270 Personen": people counted by a workforce noun are employees
  if (q.category === 'count' && q.last === q.unitFirst + 1 && PEOPLE_NOUNS.has(tokens[q.unitFirst]!.lower) && Number.isInteger(value) && workforceBefore(tokens, i, r.sFirst)) {
    const fact: HeadcountFact = { text: '', start: 0, end: 0, count: value, qualifier, kind: 'employees', rule: 'headcounts/workforce-people' };
    if (r.max !== undefined) fact.max = r.max;
    return { kind: 'headcounts', fact, first: i, last: q.last };
  }
  if (!(maybeYear && q.category !== 'population' && qualifier === 'exact') && !n.leadingZero) {
    const unit = ctx.text.slice(tokens[q.unitFirst]!.start, tokens[q.last - 1]!.end);
    const fact: QuantityFact = { text: '', start: 0, end: 0,
      value, qualifier, unit, category: q.category,
      rule: q.category === 'population' ? 'quantities/number-population' : q.category === 'area' ? 'quantities/number-area' : q.category === 'other' ? 'quantities/number-measure' : 'quantities/number-noun',
    };
    if (r.max !== undefined) fact.max = r.max;
    return { kind: 'quantities', fact, first: i, last: q.last };
  }
  return undefined;
}

/**
 * Hours as an amount of work or opening time, not a duration: "mehr als 18.000 Stunden geleistet" (a thousand or
 * more), "46 Stunden pro Woche geöffnet". Other durations ("nach zwei Stunden", "zwölf Jahre") are no quantities.
 */
function hoursOfWork(tokens: readonly Token[], r: Reading, maybeYearOrCode: boolean): QuantityNoun | undefined {
  const t = tokens[r.end];
  if (t === undefined || t.lower !== 'stunden' || t.newlineBefore || maybeYearOrCode || !Number.isInteger(r.value)) return undefined;
  const per = tokens[r.end + 1];
  const perWeek = per !== undefined && (per.lower === 'pro' || per.lower === 'je') && (tokens[r.end + 2]?.lower === 'woche' || tokens[r.end + 2]?.lower === 'monat' || tokens[r.end + 2]?.lower === 'jahr');
  return r.value >= 1000 || perWeek ? { category: 'other', unitFirst: r.end, last: r.end + 1 } : undefined;
}

/** A bare count the workforce governs: "die Belegschaft ist auf 270 angestiegen". */
function workforceNumber(tokens: readonly Token[], r: Reading, prev: Token): Draft | undefined {
  const i = r.first;
  const before = r.qualifier === 'exact' ? prev : tokens[i - 2];
  const next = tokens[r.end];
  const bare = next === undefined || next.type === 'punct' || (next.type === 'word' && !isCapitalisedWord(next));
  if (bare && before !== undefined && (before.lower === 'auf' || before.lower === 'von') && workforceBefore(tokens, i, r.sFirst)) {
    const fact: HeadcountFact = { text: '', start: 0, end: 0, count: r.value, qualifier: r.qualifier, kind: 'employees', rule: 'headcounts/workforce-number' };
    if (r.max !== undefined) fact.max = r.max;
    return { kind: 'headcounts', fact, first: i, last: r.end };
  }
  return undefined;
}

/** The Reading of number n at token i, built only once a figure is likely (it reads the hedge and the sentence). */
function readingOf(ctx: Context, i: number, n: NumberRead, value: number, max: number | undefined, end: number, scaled: boolean): Reading {
  const sentence = ctx.sentences[ctx.sentenceOf[i]!];
  return {
    first: i,
    n,
    value,
    max,
    end,
    scaled,
    qualifier: qualifierBefore(ctx.tokens, i),
    sFirst: sentence === undefined ? 0 : sentence.first,
    sLast: sentence === undefined ? ctx.tokens.length : sentence.last,
  };
}

/** One figure starting at token i, or undefined. The kinds are tried in the order of the module comment. */
function figureAt(ctx: Context, i: number): Draft | undefined {
  const tokens = ctx.tokens;
  // prefix currency: "€ 1,5 Mrd.", "EUR 40 Mio."
  let prefix = currencyBefore(tokens, i);
  let numberStart = i;
  if (prefix !== undefined) {
    const nt = tokens[prefix.last];
    if (nt === undefined || nt.newlineBefore || nt.type !== 'number') prefix = undefined;
    else numberStart = prefix.last;
  }
  const n = readAt(tokens, numberStart);
  if (n === undefined) return undefined;
  if (n.value < 0 && n.first !== numberStart) return undefined;
  for (let j = i; j < n.last; j++) if (ctx.boilerplate[j] === 1 || yearTokens.has(j)) return undefined;
  if (prefix === undefined && isLabel(tokens, n)) return undefined;
  const m = rangeAfter(tokens, n, betweenBefore(tokens, i));
  let value = n.value;
  let max: number | undefined = n.max;
  let end = n.last;
  if (m !== undefined) {
    if (n.scale === 1 && m.scale > 1 && n.value < m.value / m.scale) value = round15(n.value * m.scale);
    if (value < m.value) {
      max = m.value;
      end = m.last;
    }
  }
  const isRange = max !== undefined;
  const scaled = n.scale > 1 || (m !== undefined && max !== undefined && m.scale > 1);
  // ── money ──
  // the Swiss "850.–" (whole francs, a dash for the cents) belongs to an amount: "CHF 850.–", "45.– Franken"
  const cashEnd = n.scale === 1 ? zeroCentsEnd(tokens, end) : end;
  if (prefix !== undefined) {
    const r = readingOf(ctx, i, n, value, max, end, scaled);
    return moneyDraft(tokens, r, value, prefix.iso, prefix.factor, cashEnd, isRange ? 'money/currency-range' : 'money/currency-number', false, false);
  }
  const cur = currencyAfter(tokens, cashEnd);
  if (cur !== undefined) {
    // "einen Euro-Experten": an article before a compound is no amount
    const h = tokens[cur.last];
    if (n.weak && h !== undefined && h.value === '-' && !h.spaceBefore) return undefined;
    // "zwischen 250.000 Euro und 15 Millionen Euro": a range with the currency written twice
    const upper = !isRange && betweenBefore(tokens, i) ? upperAmount(tokens, cur.last, cur.iso, cur.factor, value) : undefined;
    if (upper !== undefined) {
      const r = readingOf(ctx, i, n, value, upper.max, upper.last, true);
      return moneyDraft(tokens, r, value, cur.iso, cur.factor, upper.last, 'money/range-currency', false, false);
    }
    const r = readingOf(ctx, i, n, value, max, end, scaled);
    return moneyDraft(tokens, r, value, cur.iso, cur.factor, cur.last, isRange ? 'money/range-currency' : 'money/number-currency', false, true);
  }
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (!isRange && prev !== undefined && prev.lower === 'von' && tokens[end]?.lower === 'auf') {
    const d = fromToFigure(tokens, readingOf(ctx, i, n, value, max, end, scaled));
    if (d !== undefined) return d;
  }
  // ── percentages ──
  const pct = percentAfter(tokens, end);
  if (pct !== undefined) {
    const fact: PercentageFact = { text: '', start: 0, end: 0,
      value, qualifier: qualifierBefore(tokens, i), unit: pct.unit, rule: pct.unit === 'percent' ? (isRange ? 'percentages/range-percent' : 'percentages/number-percent') : 'percentages/number-points',
    };
    if (max !== undefined) fact.max = max;
    return { kind: 'percentages', fact, first: i, last: pct.last };
  }
  // the words before and after are read only for numbers that may still be figures (not articles, "100K")
  if (n.weak || n.glued) return undefined;
  // "Staffel 3", "Jahr 2000" are labels; "in der Saison 1,9 Millionen Nächtigungen", "im Sommer 12.000 Gäste" are not:
  // a label is plain digits or a word, never a scaled or formatted number
  if (prev !== undefined && LABEL_PREFIXES.has(prev.lower) && !scaled && !n.formatted) return undefined;
  const r = readingOf(ctx, i, n, value, max, end, scaled);
  if (r.scaled) {
    const d = inferredMoney(tokens, r);
    if (d !== undefined) return d;
  }
  if (value < 0) return undefined;
  // ── headcounts, quantities ──
  const hc = headcountFigure(tokens, r);
  if (hc !== undefined) return hc;
  const core = tokens[n.core]!;
  const maybeYear = n.digits && yearLike(core) && !n.formatted && n.scale === 1;
  const maybeCode = n.digits && (n.leadingZero || (!n.formatted && n.scale === 1 && core.value.length >= 5));
  const q = quantityFigure(ctx, r, prev, maybeYear, maybeCode);
  if (q !== undefined) return q;
  if (n.digits && Number.isInteger(value) && !maybeYear && !maybeCode && !r.scaled && prev !== undefined) return workforceNumber(tokens, r, prev);
  return undefined;
}

const PART_WORDS = new Set(['davon', 'darunter']);
/** People a part of a headcount may be named by after "davon/darunter" ("1.450 Mitglieder, davon mehr als 600 Kinder und Jugendliche"). */
const PART_PEOPLE_NOUNS: ReadonlySet<string> = new Set(['kinder', 'kindern', 'jugendliche', 'jugendlichen', 'mädchen', 'jungen', 'senioren', 'seniorinnen', 'erwachsene', 'erwachsenen', 'ehrenamtliche', 'ehrenamtlichen']);

/** A people noun that may name the part of a headcount after "davon/darunter"; a feminine plural in -innen is one ("Forensikerinnen"). */
function isPartPeopleNoun(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const w = t.lower;
  return PEOPLE_STAFF_NOUNS.has(w) || PART_PEOPLE_NOUNS.has(w) || (w.length > 7 && w.endsWith('innen') && t.type === 'word' && isCapitalisedWord(t));
}

/**
 * The end of the people noun phrase at token j ("Kinder", "Kinder und Jugendliche", "IT-Forensikerinnen und IT-Forensiker"):
 * one past it, or -1. A compound split at its hyphen counts by its last part.
 */
function partNounEnd(tokens: readonly Token[], j: number): number {
  const end = partNounAt(tokens, j);
  if (end < 0) return -1;
  const and = tokens[end];
  if (and !== undefined && and.lower === 'und') {
    const second = partNounAt(tokens, end + 1);
    if (second > 0) return second;
  }
  return end;
}

/** One people noun at token k, or a hyphen compound ending in one: one past it, or -1. */
function partNounAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined || t.type !== 'word' || !isCapitalisedWord(t)) return -1;
  const dash = tokens[k + 1];
  const tail = tokens[k + 2];
  if (dash !== undefined && tail !== undefined && dash.value === '-' && !dash.spaceBefore && !tail.spaceBefore && tail.type === 'word') return isPartPeopleNoun(tail) ? k + 3 : -1;
  return isPartPeopleNoun(t) ? k + 1 : -1;
}

/** "davon" or "darunter" one to three tokens before token i (string compares, no look-up). */
function partWordNear(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const w = tokens[k]!.lower;
    if (w === 'davon' || w === 'darunter') return true;
  }
  return false;
}

/** "davon", "davon mehr als", "darunter rund" right before token i. */
function partWordBefore(tokens: readonly Token[], i: number): boolean {
  if (isPartWord(tokens[i - 1])) return true;
  const a = tokens[i - 1];
  if (a === undefined || !QUALIFIER_WORDS.has(a.lower)) {
    const b = tokens[i - 2];
    return a !== undefined && b !== undefined && QUALIFIER_PAIRS.get(b.lower)?.get(a.lower) !== undefined && isPartWord(tokens[i - 3]);
  }
  return isPartWord(tokens[i - 2]);
}
const COPULAS = new Set(['sind', 'waren', 'seien', 'wären', 'werden', 'sollen', 'soll', 'wird', 'würden', 'dürften', 'könnten', 'bleiben', 'blieben']);
const ELLIPSIS_SKIP = new Set(['weitere', 'weiteren', 'insgesamt', 'zusammen', 'nur', 'noch', 'schon', 'bereits', 'dann']);

function isPartWord(t: Token | undefined): boolean {
  return t !== undefined && PART_WORDS.has(t.lower);
}

/**
 * A bare number that takes its noun from a figure before it (SPEC: headcounts and counts are
 * what the text says they are, also in ellipsis): "2.350 Mitarbeiter, davon 610 …",
 * "… sind es 640", "… auf 1.140 (Vorjahr: 1.096)". Only headcounts and quantities pass their
 * noun on; the antecedent must be the nearest figure before.
 */
function ellipticAt(ctx: Context, i: number, drafts: readonly Draft[]): Draft | undefined {
  const tokens = ctx.tokens;
  const n = readAt(tokens, i);
  if (n === undefined || n.weak || n.glued || n.max !== undefined || n.first !== n.core || n.leadingZero) return undefined;
  const value = n.value;
  if (!Number.isInteger(value) || value <= 0 || (!n.digits && value < 3)) return undefined;
  const core = tokens[n.core]!;
  if (yearTokens.has(n.core) || (n.digits && !n.formatted && (yearLike(core) || core.value.length >= 5))) return undefined;
  if (isLabel(tokens, n)) return undefined;
  // what follows must not be a noun of its own (except a people noun after "davon/darunter")
  const next = tokens[n.last];
  let last = n.last;
  let staffNoun = false;
  if (next !== undefined && !next.newlineBefore) {
    if (next.type === 'word' && isCapitalisedWord(next)) {
      const end = partNounEnd(tokens, n.last);
      if (end < 0) return undefined;
      staffNoun = true;
      last = end;
    } else if (next.type === 'symbol' || next.type === 'number' || (next.value === '-' && !next.spaceBefore)) return undefined;
  }
  // the cue before: qualifiers and fillers skipped
  const qualifier = qualifierBefore(tokens, i);
  let k = i - 1;
  if (qualifier !== 'exact') {
    const a = tokens[i - 2];
    k = a !== undefined && QUALIFIER_PAIRS.get(a.lower)?.get(tokens[i - 1]!.lower) !== undefined ? i - 3 : i - 2;
  }
  while (k >= 0 && ELLIPSIS_SKIP.has(tokens[k]!.lower)) k--;
  const c = tokens[k];
  if (c === undefined) return undefined;
  const sentence = ctx.sentenceOf[i]!;
  let maxSentencesBack = 0;
  let cue = false;
  const prevDraft = drafts.length > 0 ? drafts[drafts.length - 1] : undefined;
  // "zählte die Bibliothek 9.214 und damit rund 600 mehr als 2024": a difference, in the unit of the figure before it
  const difference = next !== undefined && (next.lower === 'mehr' || next.lower === 'weniger') && tokens[n.last + 1]?.lower === 'als' && !staffNoun;
  // "64 Mitarbeiter, 18 davon wurden …", "1.146 Schwerverletzte, rund 380 von ihnen kamen …": a part, named after the number
  const partAfter = next !== undefined && !staffNoun && (next.lower === 'davon' || next.lower === 'darunter' || (next.lower === 'von' && (tokens[n.last + 1]?.lower === 'ihnen' || tokens[n.last + 1]?.lower === 'denen')));
  if (partAfter) {
    cue = true;
    maxSentencesBack = 1;
  } else if (difference) {
    if (prevDraft === undefined || ctx.sentenceOf[prevDraft.first] !== sentence) return undefined;
    cue = true;
    last = n.last + 1;
  } else if (PART_WORDS.has(c.lower) || (isPartWord(tokens[k - 1]) && c.type === 'word' && c.value === c.lower)) {
    cue = true;
    maxSentencesBack = 1; // "… 1.140 Mitarbeiter. Davon arbeiten 870 …"
  } else if ((c.lower === 'und' || c.value === ',') && prevDraft !== undefined && prevDraft.fact.rule?.endsWith('elliptic-number') === true && ctx.sentenceOf[prevDraft.first] === sentence) {
    cue = true; // "davon 870 am Stammsitz und 270 im Werk"
  } else if (c.lower === 'es' && tokens[k - 1] !== undefined && COPULAS.has(tokens[k - 1]!.lower)) {
    cue = true;
    maxSentencesBack = 2;
  } else if (c.type === 'word' && isCapitalisedWord(c) && (tokens[k - 1]?.value === ',' || tokens[k - 1]?.lower === 'und') && placeWord(c.lower) !== undefined && prevDraft !== undefined && ctx.sentenceOf[prevDraft.first] === sentence) {
    // "Bad Berka zählt 7.640 Einwohner, Blankenhain 6.520 und Kranichfeld 3.410": a place, then its number
    cue = true;
  } else if (c.value === ':') {
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      if (tokens[j]!.value === '(') { cue = true; break; }
      if (tokens[j]!.value === ')' || ctx.sentenceOf[j] !== sentence) break;
    }
  }
  if (!cue || staffNoun && !PART_WORDS.has(c.lower) && !isPartWord(tokens[k - 1])) return undefined;
  // a difference refers to a larger figure of its sentence ("1.450 Mitglieder, die in sieben Abteilungen …, 180 mehr
  // als vor einem Jahr"): the part rule of antecedentOf
  const ante = antecedentOf(ctx, i, drafts, value, difference ? 1 : maxSentencesBack);
  if (difference && ante !== undefined && ctx.sentenceOf[ante.first] !== sentence) return undefined;
  if (ante === undefined) return undefined;
  for (let j = ante.last; j < i; j++) if (ctx.boilerplate[j] === 1) return undefined;
  if (ante.kind === 'headcounts') {
    const fact: HeadcountFact = { text: '', start: 0, end: 0, count: value, qualifier, kind: ante.fact.kind, rule: 'headcounts/elliptic-number' };
    if (ante.fact.change !== undefined && PART_WORDS.has(c.lower)) fact.change = ante.fact.change;
    if (difference) fact.change = next!.lower === 'mehr' ? 'increase' : 'decrease';
    return { kind: 'headcounts', fact, first: i, last };
  }
  if (ante.kind === 'quantities' && !staffNoun && ante.fact.category !== 'area' && ante.fact.category !== 'other') {
    const fact: QuantityFact = { text: '', start: 0, end: 0, value, qualifier, unit: ante.fact.unit, rule: 'quantities/elliptic-number' };
    if (ante.fact.category !== undefined) fact.category = ante.fact.category;
    return { kind: 'quantities', fact, first: i, last };
  }
  return undefined;
}

const NUMBER_OF_WORDS: ReadonlySet<string> = new Set(['zahl', 'anzahl', 'gesamtzahl']);
/** Prepositions before the value of "die Zahl der …" ("stieg auf 41.870", "lag bei 540", "von 112 auf 118"); not "um" (a change). */
const NUMBER_OF_PREPOSITIONS: ReadonlySet<string> = new Set(['auf', 'bei', 'von']);

/**
 * A bare number that is the value of "die Zahl der X" earlier in its sentence: "Die Zahl der Mitglieder stieg auf
 * 41.870", "Die Zahl der Professuren wuchs von 112 auf 118". X makes it a headcount or a count.
 */
function numberOfAt(ctx: Context, i: number): Draft | undefined {
  const tokens = ctx.tokens;
  const prep = i > 0 ? tokens[i - 1] : undefined;
  if (prep === undefined || !NUMBER_OF_PREPOSITIONS.has(prep.lower)) return undefined;
  const n = readAt(tokens, i);
  if (n === undefined || n.weak || n.glued || n.max !== undefined || n.first !== n.core || n.leadingZero) return undefined;
  const value = n.value;
  if (!Number.isInteger(value) || value <= 0) return undefined;
  const core = tokens[n.core]!;
  if (yearTokens.has(n.core) || (n.digits && !n.formatted && (yearLike(core) || core.value.length >= 5))) return undefined;
  // no noun of its own after it, and nothing that makes it money or a share
  const next = tokens[n.last];
  if (next !== undefined && !next.newlineBefore && (next.type === 'symbol' || next.type === 'number' || (next.type === 'word' && isCapitalisedWord(next)))) return undefined;
  const sentence = ctx.sentenceOf[i]!;
  for (let k = i - 2; k >= 0 && i - k <= 14 && ctx.sentenceOf[k] === sentence; k--) {
    const t = tokens[k]!;
    // another figure or a clause between; but "von 112 auf 118", "um 12 auf 80" are one change
    if (t.type === 'number' && !(prep.lower === 'auf' && (tokens[k - 1]?.lower === 'von' || tokens[k - 1]?.lower === 'um'))) return undefined;
    if (t.value === ';' || t.value === ':') return undefined;
    if (!NUMBER_OF_WORDS.has(t.lower) || !isCapitalisedWord(t)) continue;
    const of = tokens[k + 1];
    if (of === undefined || (of.lower !== 'der' && of.lower !== 'an')) return undefined;
    const qualifier = qualifierBefore(tokens, i);
    const staff = headcountAfter(tokens, k + 2);
    if (staff !== undefined) {
      const fact: HeadcountFact = { text: '', start: 0, end: 0, count: value, qualifier, kind: staff.kind, rule: 'headcounts/number-of' };
      return { kind: 'headcounts', fact, first: i, last: n.last };
    }
    const q = quantityAfter(tokens, k + 2, true);
    if (q === undefined || (q.category !== 'count' && q.category !== 'population')) return undefined;
    const unit = ctx.text.slice(tokens[q.unitFirst]!.start, tokens[q.last - 1]!.end); // as written, like quantityFigure's
    const fact: QuantityFact = { text: '', start: 0, end: 0, value, qualifier, unit, category: q.category, rule: 'quantities/number-of' };
    return { kind: 'quantities', fact, first: i, last: n.last };
  }
  return undefined;
}

/** Words between the two numbers of "31 zu 13 Stimmen", "87 von 94 gültigen Stimmen", "18 der 19 Städte". */
const PARTITIVE_LINKS: ReadonlySet<string> = new Set(['zu', 'von', 'der']);
/** Fillers after the link: "180 von derzeit 640 Stellen", "12 von insgesamt 40 Mitgliedern". */
const PARTITIVE_FILLERS: ReadonlySet<string> = new Set(['derzeit', 'insgesamt', 'bisher', 'aktuell', 'zuletzt', 'den']);

/**
 * A number whose noun comes after a second number: "Mit 31 zu 13 Stimmen", "87 von 94 gültigen Stimmen", "In 18 der
 * 19 Städte", "180 von derzeit 640 Stellen". The first takes the kind and unit of the second (which is read on its
 * own after it); a share ("von 94" the whole) must be smaller than the whole.
 */
function partitiveAt(ctx: Context, i: number): Draft | undefined {
  const tokens = ctx.tokens;
  const n = readAt(tokens, i);
  if (n === undefined || n.weak || n.glued || n.max !== undefined || n.first !== n.core || n.leadingZero || n.scale !== 1) return undefined;
  const value = n.value;
  if (!Number.isInteger(value) || value < 0 || yearTokens.has(n.core)) return undefined;
  const link = tokens[n.last];
  if (link === undefined || !PARTITIVE_LINKS.has(link.lower) || link.newlineBefore) return undefined;
  let j = n.last + 1;
  if (tokens[j] !== undefined && PARTITIVE_FILLERS.has(tokens[j]!.lower) && link.lower !== 'der') j++;
  const t = tokens[j];
  if (t === undefined || t.type !== 'number') return undefined;
  const whole = figureAt(ctx, j);
  if (whole === undefined || whole.first !== j) return undefined;
  if (link.lower !== 'zu') {
    const w = whole.kind === 'headcounts' ? whole.fact.count : whole.kind === 'quantities' ? whole.fact.value : undefined;
    if (w === undefined || !(value < w)) return undefined;
  }
  const qualifier = qualifierBefore(tokens, i);
  if (whole.kind === 'headcounts') {
    const fact: HeadcountFact = { text: '', start: 0, end: 0, count: value, qualifier, kind: whole.fact.kind, rule: 'headcounts/partitive' };
    // the part's own change: "baut 180 von derzeit 640 Stellen ab" (the whole is the workforce as it is)
    const sentence = ctx.sentences[ctx.sentenceOf[i]!]!;
    const change = changeOf(tokens, i, whole.last, sentence.first, sentence.last);
    if (change !== undefined) fact.change = change;
    return { kind: 'headcounts', fact, first: i, last: n.last };
  }
  if (whole.kind === 'quantities' && (whole.fact.category === 'count' || whole.fact.category === 'population')) {
    const fact: QuantityFact = { text: '', start: 0, end: 0, value, qualifier, unit: whole.fact.unit, category: whole.fact.category, rule: 'quantities/partitive' };
    return { kind: 'quantities', fact, first: i, last: n.last };
  }
  return undefined;
}

/** The antecedent of an elliptic number: the nearest figure; after "davon/darunter" (one sentence back allowed) the nearest whole this can be part of. */
function antecedentOf(ctx: Context, i: number, drafts: readonly Draft[], value: number, maxSentencesBack: number): Draft | undefined {
  const sentence = ctx.sentenceOf[i]!;
  const part = maxSentencesBack === 1;
  // at most 20 figures back: a text with no sentence end must not make this quadratic
  for (let d = drafts.length - 1; d >= 0 && d >= drafts.length - 20; d--) {
    const cand = drafts[d]!;
    if (cand.last > i || sentence - ctx.sentenceOf[cand.first]! > maxSentencesBack) break;
    if (!part) return cand;
    const whole = cand.kind === 'headcounts' ? cand.fact.count : cand.kind === 'quantities' ? cand.fact.value : undefined;
    if (whole !== undefined && whole >= value) return cand;
  }
  return undefined;
}

/** The number tokens inside year facts: a year inside a figure's number ("2000 Mitarbeiter" read as a year) is the years kind's call. */
const yearTokens = new TokenMarks();

function markYearTokens(tokens: readonly Token[], years: readonly Located<YearFact>[]): void {
  yearTokens.reset(tokens.length);
  for (let k = 0; k < years.length; k++) {
    const y = years[k]!;
    for (let j = y.first; j < y.last && j < tokens.length; j++) if (tokens[j]!.type === 'number') yearTokens.add(j);
  }
}

/** "2.350 Mitarbeiter (1996), davon 610 Saisonkräfte": a part takes the year of its whole. */
function partsTakeYears(ctx: Context, drafts: readonly Draft[], tied: (number | undefined)[]): void {
  const tokens = ctx.tokens;
  for (let k = 1; k < drafts.length; k++) {
    // (nothing to take when the figure before has no year either)
    if (tied[k] !== undefined || tied[k - 1] === undefined) continue;
    const d = drafts[k]!;
    let b = d.first - 1;
    while (b >= 0 && (QUALIFIER_WORDS.has(tokens[b]!.lower) || ELLIPSIS_SKIP.has(tokens[b]!.lower))) b--;
    const cue = tokens[b];
    const cue2 = tokens[b - 1];
    const isPart = cue !== undefined && (PART_WORDS.has(cue.lower) || (cue2 !== undefined && PART_WORDS.has(cue2.lower) && cue.value === cue.lower));
    if (isPart && ctx.sentenceOf[d.first]! - ctx.sentenceOf[drafts[k - 1]!.first]! <= 1) tied[k] = tied[k - 1];
  }
}

/** The output facts: the evidence filled in (the first keys of each fact) and the year added last. */
function toFigures(ctx: Context, drafts: readonly Draft[], tied: readonly (number | undefined)[]): Figures {
  const tokens = ctx.tokens;
  const out: Figures = { money: [], headcounts: [], quantities: [], percentages: [] };
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    // "12 500 EUR." — the tokenizer keeps the sentence's period on "EUR": not part of the amount
    const lastTok = tokens[d.last - 1]!;
    const ev = PERIOD_NOT_PART.has(lastTok.lower)
      ? ctx.evidenceOfChars(tokens[d.first]!.start, lastTok.end - 1)
      : ctx.evidence(d.first, d.last);
    const fact = d.fact;
    fact.text = ev.text;
    fact.start = ev.start;
    fact.end = ev.end;
    const year = tied[k];
    if (year !== undefined) fact.year = year;
    switch (d.kind) {
      case 'money': out.money.push(d.fact); break;
      case 'headcounts': out.headcounts.push(d.fact); break;
      case 'quantities': out.quantities.push(d.fact); break;
      case 'percentages': out.percentages.push(d.fact); break;
    }
  }
  return out;
}

/**
 * An amount whose sentence names no metric near it takes the metric of the amount before it in the same sentence,
 * across a comma: "Die Stadt steuerte 850.000 Euro bei, der Bezirk weitere 120.000 Euro" (funding), "Der Beitrag steigt
 * von 12 auf 14 Euro, für Kinder bleibt er bei 8 Euro" (price).
 */
function inheritMetric(ctx: Context, d: Draft & { kind: 'money' }, drafts: readonly Draft[]): void {
  for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 4; k--) {
    const prev = drafts[k]!;
    if (ctx.sentenceOf[prev.first] !== ctx.sentenceOf[d.first]) return;
    if (prev.kind !== 'money') continue;
    if (prev.fact.metric === undefined || prev.fact.metric === 'other') return;
    for (let j = prev.last; j < d.first; j++) {
      if (ctx.tokens[j]!.value === ',') {
        d.fact.metric = prev.fact.metric;
        return;
      }
    }
    return;
  }
}

/** The figures in token order: at each place a figure may start, an elliptic part, a figure or an elliptic number. */
function findDrafts(ctx: Context): Draft[] {
  const tokens = ctx.tokens;
  const drafts: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.boilerplate[i] === 1 || !mayStart(tokens, i)) continue;
    // a year is the years kind's: every reader below refuses a number at a year token
    if (yearTokens.has(i)) continue;
    // no number here and no prefix currency ("sie", "viele", "neue"): no reader finds anything
    if (readAt(tokens, i) === undefined && currencyBefore(tokens, i) === undefined) continue;
    // "darunter 24 Tierpflegerinnen": the part of a headcount before it, not a count of its own
    // (the cheap test first: this runs at every number)
    const partOf = i > 0 && i + 1 < tokens.length && partWordNear(tokens, i) && partWordBefore(tokens, i) && partNounEnd(tokens, readAt(tokens, i)?.last ?? i + 1) > 0;
    const d = (partOf ? ellipticAt(ctx, i, drafts) : undefined) ?? figureAt(ctx, i) ?? ellipticAt(ctx, i, drafts) ?? numberOfAt(ctx, i) ?? partitiveAt(ctx, i);
    if (d === undefined) continue;
    // "streicht 180 von 640 Stellen": the change is the part's; the whole is the workforce as it is
    const before = drafts.length > 0 ? drafts[drafts.length - 1] : undefined;
    if (d.kind === 'headcounts' && before !== undefined && before.kind === 'headcounts' && before.fact.rule === 'headcounts/partitive' && d.first - before.last <= 2) delete d.fact.change;
    if (d.kind === 'money' && d.metricless === true) inheritMetric(ctx, d, drafts);
    drafts.push(d);
    i = d.last - 1;
  }
  return drafts;
}

/**
 * Money, headcounts, quantities and percentages: one pass over the numbers, each number used once.
 * (The pass is a function of its own: a hot loop compiled mid-way would find no type feedback for
 * the code after it and deoptimise there.)
 */
export function findFigures(ctx: Context, years: readonly Located<YearFact>[], anchor: string | undefined): Figures {
  markYearTokens(ctx.tokens, years);
  lastReadTokens = undefined;
  const drafts = findDrafts(ctx);
  lastReadTokens = undefined; // let the document go
  lastRead = undefined;
  yearTokens.release();
  const tied = tieYears(ctx, drafts, years, anchor);
  partsTakeYears(ctx, drafts, tied);
  return toFigures(ctx, drafts, tied);
}
