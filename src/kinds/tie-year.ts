/**
 * Which year a figure belongs to, from its sentence (SPEC §2: "the year that the same sentence
 * (or clause) ties it to"):
 * 1. a year right after the figure ("80 Beschäftigte im Jahr 2000", "40 Mio. Euro (2015)")
 *    belongs to it, and to no other figure;
 * 2. else the time markers left in the sentence decide: other years, and "inzwischen",
 *    "derzeit", "aktuell" … which stand for the release year. One value → that year;
 *    several → the one in the figure's own clause if that clause has exactly one;
 *    still unclear → no year (precision first).
 */
import type { YearFact } from '../facts.js';
import type { Context, Located } from '../engine/context.js';
import { NOW_WORDS, SENTENCE_STARTERS, YEAR_LINK_WORDS } from '../lexicon/figure-nouns.js';
import type { Token } from '../text/tokens.js';
import { FirstLetters } from '../lexicon/first-letters.js';
import { startsCapitalised } from '../text/capitals.js';

/** A sentence end the splitter cannot see: an abbreviation's period before a new sentence ("… 40 Mio. Im Jahr …"). */
function softBreakAfter(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const n = tokens[j + 1];
  if (t === undefined || n === undefined || t.abbreviation !== true || n.type !== 'word') return false;
  return startsCapitalised(n.value) && SENTENCE_STARTERS.has(n.lower);
}

export interface Span {
  first: number;
  last: number;
}

/** A clause break: "," ";" ":" "–" "—" (a char test: it runs on every token of a clause). */
function isClauseBreak(v: string): boolean {
  if (v.length !== 1) return false;
  const c = v.charCodeAt(0);
  return c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014;
}

/** Longer documents get a TokenMarks array of their own, released after the call. */
const KEPT_MARKS = 1 << 16;

/**
 * A set of token indices for one call, reused across calls: each call gets a new stamp, so
 * nothing is cleared or allocated per document (a fresh typed array per document cost more
 * than the work done with it). `has` is false for any index not added under the current stamp.
 */
export class TokenMarks {
  private stamps = new Int32Array(256);
  private stamp = 0;

  /** Starts an empty set for a document of n tokens. */
  reset(n: number): void {
    if (n > this.stamps.length) this.stamps = new Int32Array(Math.max(n, Math.min(2 * this.stamps.length, KEPT_MARKS)));
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
  }

  /** Adds the indices [from, to). */
  addRange(from: number, to: number): void {
    for (let j = from; j < to; j++) this.stamps[j] = this.stamp;
  }

  add(j: number): void {
    this.stamps[j] = this.stamp;
  }

  /** Drops the array after a very long document, so that it is not kept for good. */
  release(): void {
    if (this.stamps.length > KEPT_MARKS) {
      this.stamps = new Int32Array(256);
      this.stamp = 0;
    }
  }

  has(j: number): boolean {
    return j >= 0 && j < this.stamps.length && this.stamps[j] === this.stamp;
  }
}

/**
 * A map from token index to a small non-negative number (a span's or a year's index), for one use,
 * reused like TokenMarks: a stamp per use instead of a Map per document (five Maps per document cost
 * more than the look-ups they served). `get` is -1 for an index not set under the current stamp.
 */
class TokenIndex {
  private stamps = new Int32Array(256);
  private values = new Int32Array(256);
  private stamp = 0;

  /** Starts an empty map for the indices [0, n). */
  reset(n: number): void {
    if (n > this.stamps.length) {
      const size = Math.max(n, Math.min(2 * this.stamps.length, KEPT_MARKS));
      this.stamps = new Int32Array(size);
      this.values = new Int32Array(size);
      this.stamp = 0;
    }
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
  }

  set(j: number, value: number): void {
    this.stamps[j] = this.stamp;
    this.values[j] = value;
  }

  get(j: number): number {
    return j >= 0 && j < this.stamps.length && this.stamps[j] === this.stamp ? this.values[j]! : -1;
  }

  /** Drops the arrays after a very long document, so that they are not kept for good. */
  release(): void {
    if (this.stamps.length > KEPT_MARKS) {
      this.stamps = new Int32Array(256);
      this.values = new Int32Array(256);
      this.stamp = 0;
    }
  }
}

/** A year in the text, one shape for all (year facts of different shapes made tieYears polymorphic). */
interface YearMark {
  year: number;
  first: number;
  last: number;
  /** Taken by a figure right next to it (step 1, 1b): no longer a marker for others. */
  claimed: boolean;
}

interface Marker {
  /** Token index of the marker. */
  at: number;
  last: number;
  /** The year (0 when `unknown`). Always a small integer: one field representation, no deopt. */
  year: number;
  /** "now" without a release date: a value of its own that ties no year. */
  unknown: boolean;
}

/** The year a marker gives a figure. */
function markerYear(m: Marker): number | undefined {
  return m.unknown ? undefined : m.year;
}

function releaseYear(anchor: string | undefined): number | undefined {
  if (anchor === undefined) return undefined;
  const y = Number(anchor.slice(0, 4));
  return Number.isInteger(y) && y > 0 ? y : undefined;
}

/** Most words skip the NOW_WORDS look-up on their first letters (it runs on every token of a sentence with figures). */
const NOW_STARTS = new FirstLetters(NOW_WORDS);
/** … and the short ones ("in", "der", "zu") on their length. */
const NOW_MIN_LENGTH = Math.min(...[...NOW_WORDS].map((w) => w.length));

const inFigure = new TokenMarks();
const covered = new TokenMarks();
/** The years by first or last token, the spans by end: for one step at a time. */
const byToken = new TokenIndex();
/** Sentence indices (not tokens) already listed in sentencesWithFigures. */
const sentenceSeen = new TokenMarks();

/** "2000" as a four-digit year 1800–2099 written alone. */
function isYearDigits(s: string): boolean {
  if (s.length !== 4) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  if (!((a === 49 && (b === 56 || b === 57)) || (a === 50 && b === 48))) return false; // 18, 19, 20
  const c = s.charCodeAt(2);
  const d = s.charCodeAt(3);
  return c >= 48 && c <= 57 && d >= 48 && d <= 57;
}

/**
 * "inzwischen", "derzeit" … in the sentences with figures (token indices, in the order found): collected by
 * yearMarks' pass over those sentences for step 2, so that no second pass reads them. Reused per call.
 */
const nowWordsAt: number[] = [];

/** "inzwischen", "derzeit" … (NOW_WORDS). */
function isNowWord(t: Token): boolean {
  // the length from the offsets, so that the short words' text is not read at all (a NOW word is as long as its
  // written form: only "İ" grows when lower-cased, into a dotted "i" that no NOW word has)
  if (t.end - t.start < NOW_MIN_LENGTH) return false;
  const w = t.lower;
  return NOW_STARTS.mayStartOneOf(w) && NOW_WORDS.has(w);
}

/**
 * The year facts, plus "im Jahr 2000" in the figures' sentences where the years kind said nothing (and, on the
 * way, nowWordsAt).
 */
function yearMarks(ctx: Context, sentencesWithFigures: readonly number[], years: readonly Located<YearFact>[]): YearMark[] {
  const tokens = ctx.tokens;
  const all: YearMark[] = [];
  covered.reset(tokens.length);
  for (let k = 0; k < years.length; k++) {
    const y = years[k]!;
    all.push({ year: y.fact.year, first: y.first, last: y.last, claimed: false });
    covered.addRange(y.first, Math.min(y.last, tokens.length));
  }
  nowWordsAt.length = 0;
  for (let k = 0; k < sentencesWithFigures.length; k++) {
    const s = ctx.sentences[sentencesWithFigures[k]!]!;
    for (let j = s.first; j < s.last; j++) {
      const t = tokens[j]!;
      if (t.type !== 'number') {
        if (isNowWord(t)) nowWordsAt.push(j);
        continue;
      }
      if (j === s.first || covered.has(j) || inFigure.has(j)) continue;
      const p = tokens[j - 1]!.lower;
      if ((p === 'jahr' || p === 'jahres') && isYearDigits(t.value)) all.push({ year: Number(t.value), first: j, last: j + 1, claimed: false });
    }
  }
  return all;
}

/** 1. A year right after the figure ("80 Beschäftigte im Jahr 2000", "40 Mio. Euro (2015)") belongs to it. */
function tieAdjacent(ctx: Context, spans: readonly Span[], all: readonly YearMark[], out: (number | undefined)[]): void {
  const tokens = ctx.tokens;
  // the first year starting at each token (only tokens of the text are looked at)
  const yearAt = byToken;
  yearAt.reset(tokens.length);
  for (let k = 0; k < all.length; k++) {
    const first = all[k]!.first;
    if (first < tokens.length && yearAt.get(first) < 0) yearAt.set(first, k);
  }
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const sentence = ctx.sentenceOf[s.first];
    for (let j = s.last; j < Math.min(s.last + 5, tokens.length); j++) {
      if (ctx.sentenceOf[j] !== sentence || softBreakAfter(tokens, j - 1)) break;
      const at = yearAt.get(j);
      const y = at < 0 ? undefined : all[at]!;
      // "41,3 Mio. Euro (2024: 38,2 Mio. Euro)": a year before a colon labels the figure after it (tieBefore)
      if (y !== undefined && tokens[y.last]?.value === ':') break;
      if (y !== undefined && !y.claimed && !inFigure.has(j)) {
        out[k] = y.year;
        y.claimed = true;
        break;
      }
      if (!YEAR_LINK_WORDS.has(tokens[j]!.lower)) break;
    }
  }
}

/**
 * 1b. A year shortly before the figure in its clause: "2020 insgesamt 640 Tsd. Euro",
 * "(Q3 2023: 5,07 Mrd. €)", "im vergangenen Jahr bei 3,2 Mio. Euro".
 */
function tieBefore(ctx: Context, spans: readonly Span[], all: readonly YearMark[], out: (number | undefined)[]): void {
  const tokens = ctx.tokens;
  // the last year ending at each token
  const yearEndingAt = byToken;
  yearEndingAt.reset(tokens.length);
  for (let k = 0; k < all.length; k++) if (all[k]!.last - 1 < tokens.length) yearEndingAt.set(all[k]!.last - 1, k);
  for (let k = 0; k < spans.length; k++) {
    if (out[k] !== undefined) continue;
    const s = spans[k]!;
    const sentence = ctx.sentenceOf[s.first];
    for (let j = s.first - 1; j >= Math.max(0, s.first - 4); j--) {
      if (ctx.sentenceOf[j] !== sentence || inFigure.has(j)) break;
      const at = yearEndingAt.get(j);
      if (at >= 0) {
        const y = all[at]!;
        if (!y.claimed) {
          out[k] = y.year;
          y.claimed = true;
        }
        break;
      }
      const v = tokens[j]!.value;
      if (v === ',' || v === ';' || v === '.' || v === '(' || v === ')' || softBreakAfter(tokens, j)) break;
    }
  }
}

/**
 * 1c. A figure right after "auf" that follows another figure ("stieg im Geschäftsjahr 2024 um 3,1 Prozent auf
 * 412 Mio. Franken", "2024 von 30 auf 40 Mio. Euro"): the value the change led to, of the same year as the
 * change, which claimed the year before it. Not after "seit" (see sinceBefore).
 */
function tieChangePairs(ctx: Context, spans: readonly Span[], out: (number | undefined)[]): void {
  const tokens = ctx.tokens;
  // the span ending at each token (one past its last)
  const endingAt = byToken;
  endingAt.reset(tokens.length + 1);
  for (let k = 0; k < spans.length; k++) endingAt.set(spans[k]!.last, k);
  for (let k = 0; k < spans.length; k++) {
    if (out[k] !== undefined) continue;
    const b = spans[k]!;
    const a = endingAt.get(b.first - 1);
    if (a < 0 || out[a] === undefined || tokens[b.first - 1]!.lower !== 'auf' || ctx.sentenceOf[spans[a]!.first] !== ctx.sentenceOf[b.first]) continue;
    if (sinceBefore(ctx, spans[a]!.first)) continue;
    out[k] = out[a];
  }
}

/** "seit" earlier in the sentence: the year starts a period ("stieg seit 1994 um 12 Pfennig auf 1,99 DM"), and the value reached is of now, not of that year. */
function sinceBefore(ctx: Context, first: number): boolean {
  const start = ctx.sentences[ctx.sentenceOf[first]!]!.first;
  for (let j = first - 1; j >= start; j--) if (ctx.tokens[j]!.lower === 'seit') return true;
  return false;
}

/**
 * 2. The time markers left for the figures without a year, in document order: unclaimed years outside
 * figures, and "inzwischen", "derzeit" … (the release year) in the sentences with figures. One list
 * for the document, not one per sentence: a figure's sentence part lies inside its sentence, so the
 * markers of other sentences never fall into it (onlyValue looks only inside).
 */
function documentMarkers(ctx: Context, all: readonly YearMark[], now: number | undefined): Marker[] {
  const tokens = ctx.tokens;
  const markers: Marker[] = [];
  for (let k = 0; k < all.length; k++) {
    const y = all[k]!;
    if (y.claimed || y.first >= tokens.length) continue;
    let overlaps = false;
    for (let j = y.first; j < y.last && j < tokens.length; j++) if (inFigure.has(j)) overlaps = true;
    if (!overlaps) markers.push({ at: y.first, last: y.last, year: y.year, unknown: false });
  }
  for (let k = 0; k < nowWordsAt.length; k++) {
    const j = nowWordsAt[k]!;
    markers.push({ at: j, last: j + 1, year: now ?? 0, unknown: now === undefined });
  }
  // mostly in order already (the years, then no "inzwischen"): the sort copies the array
  for (let k = 1; k < markers.length; k++) if (markers[k - 1]!.at > markers[k]!.at) return markers.sort(byPosition);
  return markers;
}

function byPosition(x: Marker, y: Marker): number {
  return x.at - y.at;
}

/**
 * The markers within [from, to) and [a, b): the first of them when they all have the same value,
 * undefined when there is none, null when their values differ.
 */
function onlyValue(markers: readonly Marker[], from: number, to: number, a: number, b: number): Marker | undefined | null {
  let first: Marker | undefined;
  // markers are sorted by position: start at the first one inside, stop past the end (a figure per marker in a
  // sentence of thousands of both would otherwise be quadratic)
  const lo = Math.max(from, a);
  const hi = Math.min(to, b);
  for (let k = firstMarkerAt(markers, lo); k < markers.length && markers[k]!.at < hi; k++) {
    const m = markers[k]!;
    if (m.at < from || m.last > to || m.at < a || m.last > b) continue;
    if (first === undefined) first = m;
    else if (m.unknown !== first.unknown || m.year !== first.year) return null;
  }
  return first;
}

/** How far (in tokens) a figure's sentence part reaches either way. */
const CLAUSE_REACH = 80;

/** Index of the first marker at or after token `at` (binary search). */
function firstMarkerAt(markers: readonly Marker[], at: number): number {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (markers[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 2. One value in the figure's sentence part → that year; several → the figure's own clause decides, if it names one only. */
function tieByMarkers(ctx: Context, spans: readonly Span[], all: readonly YearMark[], now: number | undefined, out: (number | undefined)[]): void {
  const tokens = ctx.tokens;
  let markers: Marker[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    if (out[k] !== undefined) continue;
    // built at the first figure without a year: the claims of steps 1–1c are done, and this step claims none
    markers ??= documentMarkers(ctx, all, now);
    if (markers.length === 0) return;
    const span = spans[k]!;
    const si = ctx.sentenceOf[span.first]!;
    const whole = ctx.sentences[si]!;
    // the sentence part lies inside the sentence: no marker there, no walks
    const inSentence = firstMarkerAt(markers, whole.first);
    if (inSentence === markers.length || markers[inSentence]!.at >= whole.last) continue;
    // (the walks stop after CLAUSE_REACH tokens: a run-on text with no break must stay linear)
    let from = span.first;
    while (from > whole.first && span.first - from < CLAUSE_REACH && !softBreakAfter(tokens, from - 1)) from--;
    let to = span.last;
    while (to < whole.last && to - span.last < CLAUSE_REACH && !softBreakAfter(tokens, to - 1)) to++;
    const one = onlyValue(markers, from, to, from, to);
    if (one === undefined) continue;
    if (one !== null) {
      out[k] = markerYear(one);
      continue;
    }
    let a = span.first;
    while (a > whole.first && span.first - a < CLAUSE_REACH && !isClauseBreak(tokens[a - 1]!.value)) a--;
    let b = span.last;
    while (b < whole.last && b - span.last < CLAUSE_REACH && !isClauseBreak(tokens[b]!.value)) b++;
    const local = onlyValue(markers, from, to, a, b);
    if (local !== undefined && local !== null) out[k] = markerYear(local);
  }
}

/**
 * The year of each figure span (undefined where the sentence does not say).
 * @example // "2015 erwirtschaftet … mehr als 40 Millionen Umsatz" → [2015]
 */
export function tieYears(ctx: Context, spans: readonly Span[], years: readonly Located<YearFact>[], anchor: string | undefined): (number | undefined)[] {
  const tokens = ctx.tokens;
  const out: (number | undefined)[] = [];
  for (let k = 0; k < spans.length; k++) out.push(undefined);
  if (spans.length === 0) return out;
  inFigure.reset(tokens.length);
  const sentencesWithFigures: number[] = [];
  sentenceSeen.reset(ctx.sentences.length);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    inFigure.addRange(s.first, Math.min(s.last, tokens.length));
    const si = ctx.sentenceOf[s.first]!;
    if (!sentenceSeen.has(si)) {
      sentenceSeen.add(si);
      sentencesWithFigures.push(si);
    }
  }
  const all = yearMarks(ctx, sentencesWithFigures, years);
  tieAdjacent(ctx, spans, all, out);
  tieBefore(ctx, spans, all, out);
  tieChangePairs(ctx, spans, out);
  tieByMarkers(ctx, spans, all, releaseYear(anchor), out);
  inFigure.release();
  byToken.release();
  covered.release();
  sentenceSeen.release();
  return out;
}
