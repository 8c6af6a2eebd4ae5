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

/** A sentence end the splitter cannot see: an abbreviation's period before a new sentence ("… 40 Mio. Im Jahr …"). */
function softBreakAfter(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const n = tokens[j + 1];
  if (t === undefined || n === undefined || t.abbreviation !== true || n.type !== 'word') return false;
  const c = n.value[0]!;
  return c !== c.toLowerCase() && SENTENCE_STARTERS.has(n.lower);
}

export interface Span {
  first: number;
  last: number;
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '–', '—']);

interface Marker {
  /** Token index of the marker. */
  at: number;
  last: number;
  /** The year, or undefined for "now" without a release date. */
  year: number | undefined;
}

function releaseYear(anchor: string | undefined): number | undefined {
  if (anchor === undefined) return undefined;
  const y = Number(anchor.slice(0, 4));
  return Number.isInteger(y) && y > 0 ? y : undefined;
}

/**
 * The year of each figure span (undefined where the sentence does not say).
 * @example // "2015 erwirtschaftet … mehr als 40 Millionen Umsatz" → [2015]
 */
export function tieYears(ctx: Context, spans: readonly Span[], years: readonly Located<YearFact>[], anchor: string | undefined): (number | undefined)[] {
  const tokens = ctx.tokens;
  const out: (number | undefined)[] = spans.map(() => undefined);
  if (spans.length === 0) return out;
  const now = releaseYear(anchor);
  const inFigure = new Uint8Array(tokens.length);
  for (const s of spans) inFigure.fill(1, s.first, Math.min(s.last, tokens.length));
  // year facts by their first token; "im Jahr 2000" counts even where the years kind said nothing
  const all: Located<YearFact>[] = [...years];
  const covered = new Uint8Array(tokens.length);
  for (const y of years) covered.fill(1, y.first, Math.min(y.last, tokens.length));
  const sentencesWithFigures = new Set(spans.map((s) => ctx.sentenceOf[s.first]!));
  for (const si of sentencesWithFigures) {
    const s = ctx.sentences[si]!;
    for (let j = s.first + 1; j < s.last; j++) {
      const t = tokens[j]!;
      const p = tokens[j - 1]!.lower;
      if (covered[j] === 0 && inFigure[j] === 0 && t.type === 'number' && /^(?:18|19|20)\d\d$/u.test(t.value) && (p === 'jahr' || p === 'jahres')) {
        all.push({ fact: { year: Number(t.value), text: t.value, start: t.start, end: t.end }, first: j, last: j + 1 });
      }
    }
  }
  const yearAt = new Map<number, Located<YearFact>>();
  for (const y of all) if (!yearAt.has(y.first)) yearAt.set(y.first, y);

  // 1. adjacent years
  const claimed = new Set<Located<YearFact>>();
  spans.forEach((s, k) => {
    const sentence = ctx.sentenceOf[s.first];
    for (let j = s.last; j < Math.min(s.last + 5, tokens.length); j++) {
      if (ctx.sentenceOf[j] !== sentence || softBreakAfter(tokens, j - 1)) break;
      const y = yearAt.get(j);
      if (y !== undefined && !claimed.has(y) && inFigure[j] === 0) {
        out[k] = y.fact.year;
        claimed.add(y);
        break;
      }
      if (!YEAR_LINK_WORDS.has(tokens[j]!.lower)) break;
    }
  });

  // 1b. a year shortly before the figure in its clause: "2020 insgesamt 640 Tsd. Euro",
  //     "(Q3 2023: 5,07 Mrd. €)", "im vergangenen Jahr bei 3,2 Mio. Euro"
  const yearEndingAt = new Map<number, Located<YearFact>>();
  for (const y of all) if (y.last - 1 < tokens.length) yearEndingAt.set(y.last - 1, y);
  spans.forEach((s, k) => {
    if (out[k] !== undefined) return;
    const sentence = ctx.sentenceOf[s.first];
    for (let j = s.first - 1; j >= Math.max(0, s.first - 4); j--) {
      if (ctx.sentenceOf[j] !== sentence || inFigure[j] === 1) break;
      const y = yearEndingAt.get(j);
      if (y !== undefined) {
        if (!claimed.has(y)) {
          out[k] = y.fact.year;
          claimed.add(y);
        }
        break;
      }
      const v = tokens[j]!.value;
      if (v === ',' || v === ';' || v === '.' || v === '(' || v === ')' || softBreakAfter(tokens, j)) break;
    }
  });

  // 2. markers per sentence
  const markersOf = new Map<number, Marker[]>();
  const addMarker = (sentence: number, m: Marker): void => {
    const list = markersOf.get(sentence);
    if (list === undefined) markersOf.set(sentence, [m]);
    else list.push(m);
  };
  for (const y of all) {
    if (claimed.has(y) || y.first >= tokens.length) continue;
    let overlaps = false;
    for (let j = y.first; j < y.last && j < tokens.length; j++) if (inFigure[j] === 1) overlaps = true;
    if (!overlaps) addMarker(ctx.sentenceOf[y.first]!, { at: y.first, last: y.last, year: y.fact.year });
  }
  for (const si of sentencesWithFigures) {
    const s = ctx.sentences[si]!;
    for (let j = s.first; j < s.last; j++) {
      if (NOW_WORDS.has(tokens[j]!.lower)) addMarker(si, { at: j, last: j + 1, year: now });
    }
  }

  spans.forEach((span, k) => {
    if (out[k] !== undefined) return;
    const sentenceMarkers = markersOf.get(ctx.sentenceOf[span.first]!);
    if (sentenceMarkers === undefined || sentenceMarkers.length === 0) return;
    const whole = ctx.sentences[ctx.sentenceOf[span.first]!]!;
    let from = span.first;
    while (from > whole.first && !softBreakAfter(tokens, from - 1)) from--;
    let to = span.last;
    while (to < whole.last && !softBreakAfter(tokens, to - 1)) to++;
    const markers = sentenceMarkers.filter((m) => m.at >= from && m.last <= to);
    if (markers.length === 0) return;
    const values = new Set(markers.map((m) => m.year));
    if (values.size === 1) {
      out[k] = markers[0]!.year;
      return;
    }
    // several: the figure's own clause decides, if it names one value only
    const sentence = ctx.sentences[ctx.sentenceOf[span.first]!]!;
    let a = span.first;
    while (a > sentence.first && !CLAUSE_BREAKS.has(tokens[a - 1]!.value)) a--;
    let b = span.last;
    while (b < sentence.last && !CLAUSE_BREAKS.has(tokens[b]!.value)) b++;
    const local = new Set(markers.filter((m) => m.at >= a && m.last <= b).map((m) => m.year));
    if (local.size === 1) out[k] = [...local][0];
  });
  return out;
}
