/**
 * The date matchers: at a token index, the longest date expression that starts there, or null.
 * Every matcher is a few O(1) look-ups on the next tokens (no regex over the text), so one
 * pass over the tokens finds all dates. Rules are named `dates/<shape>`.
 */
import type { DatePrecision } from '../../facts.js';
import { makeContext, type Context } from '../../engine/context.js';
import type { Token } from '../../text/tokens.js';
import { startsCapitalised } from '../../text/capitals.js';
import { MONTHS, MONTH_SHORT_FORMS } from '../../lexicon/months.js';
import { WEEKDAYS, WEEKDAY_ABBREVIATIONS, LONE_WEEKDAY_ABBREVIATIONS, DAYTIME_SUFFIXES } from '../../lexicon/weekdays.js';
import { SEASONS } from '../../lexicon/seasons.js';
import {
  QUARTER_NOUNS, HALF_NOUNS, QUARTER_CODES, HALF_CODES, PERIOD_ORDINALS, ORDINAL_SUFFIXES, MODIFIERS, YEAR_PAIR_NOUNS,
  YEAR_PART_WORDS, ROMAN_PERIOD_NUMBERS, SEASON_START_MONTHS,
} from '../../lexicon/periods.js';
import {
  RELATIVE_DAYS, RELATIVE_DAY_BLOCKERS_BEFORE, RELATIVE_DAY_BLOCKERS_AFTER, DEICTICS, TIME_UNITS, COUNT_WORDS,
  PAST_MARKERS, FUTURE_MARKERS, PLAN_PARTICIPLES,
} from '../../lexicon/relative-time.js';
import { DAY_ORDINAL_STEMS, DAY_ORDINAL_ENDINGS } from '../../lexicon/day-ordinals.js';
import { WordGate } from './word-gate.js';
import { WordTable } from '../../lexicon/word-starts.js';
import {
  type Ymd, isValidDay, isoDay, isoMonth, addDays, addMonths, nextWeekday, previousWeekday, weekdayOfWeek, nthWeekdayOfMonth,
} from './calendar.js';
import { keepLayout } from '../../engine/keep-alive.js';

/** A year written out inside a date: its value and where (normalized-text characters). */
export interface YearSpan {
  year: number;
  start: number;
  end: number;
}

export interface DateMatch {
  /** Token span [first, last). */
  first: number;
  last: number;
  value: string;
  precision: DatePrecision;
  until?: string;
  modifier?: 'start' | 'mid' | 'end';
  relative?: boolean;
  time?: string;
  rule: string;
  /** Years written in the span, for the year kind. */
  years: YearSpan[];
}

type Modifier = 'start' | 'mid' | 'end';

/**
 * Every DateMatch is a Match: all fields in one order, so one hidden class. Object literals with
 * different optional keys made a dozen shapes, and every read of a match (findDates, scanDates,
 * withTime) went through the megamorphic inline cache.
 */
class Match implements DateMatch {
  until: string | undefined = undefined;
  modifier: Modifier | undefined = undefined;
  relative = false;
  time: string | undefined = undefined;
  constructor(
    public first: number,
    public last: number,
    public value: string,
    public precision: DatePrecision,
    public rule: string,
    public years: YearSpan[],
  ) {}
}

/** A date read against the release date ("heute", "im März", "Ende des Jahres"): relative, no years written. */
function relativeMatch(first: number, last: number, value: string, precision: DatePrecision, rule: string): Match {
  const m = new Match(first, last, value, precision, rule, []);
  m.relative = true;
  return m;
}

/** m with its modifier ("Anfang", "Mitte", "Ende"). */
function withModifier(m: Match, modifier: Modifier): Match {
  m.modifier = modifier;
  return m;
}

// ---------------------------------------------------------------------------------------------
// lexicon views built once

const DAY_ORDINAL_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [stem, day] of DAY_ORDINAL_STEMS) for (const e of DAY_ORDINAL_ENDINGS) m.set(stem + e, day);
  return m;
})();

/** Weekdays with a part of the day glued on: "sonntagnachmittag" → 7. */
const WEEKDAY_COMPOUNDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [name, wd] of WEEKDAYS) for (const suffix of DAYTIME_SUFFIXES) m.set(name + suffix, wd);
  return m;
})();

/** The tables matchAt asks about a word, in its order; a word's StartKind is the first that lists it. */
const enum StartKind { Weekday = 1, Month, Season, Modifier, RelativeDay, Ago, QuarterCode, HalfCode, Later }

/**
 * Every word a date can start with, and the first of matchAt's tables that lists it: one look-up
 * instead of up to seven in a row. Words past HALF_CODES are `Later`: matchAt asks the remaining
 * tables in order, as a word may be in several (an ordinal word, a roman number, a deictic).
 */
const START_WORDS: ReadonlyMap<string, StartKind> = (() => {
  const m = new Map<string, StartKind>();
  const add = (keys: Iterable<string>, kind: StartKind): void => {
    for (const k of keys) if (!m.has(k)) m.set(k, kind);
  };
  add(WEEKDAYS.keys(), StartKind.Weekday);
  add(WEEKDAY_ABBREVIATIONS.keys(), StartKind.Weekday);
  add(WEEKDAY_COMPOUNDS.keys(), StartKind.Weekday);
  for (const k of MONTHS.keys()) add([k, k + '.'], StartKind.Month);
  add(SEASONS.keys(), StartKind.Season);
  add(MODIFIERS.keys(), StartKind.Modifier);
  add(RELATIVE_DAYS.keys(), StartKind.RelativeDay);
  add(['vor'], StartKind.Ago);
  add(QUARTER_CODES.keys(), StartKind.QuarterCode);
  add(HALF_CODES.keys(), StartKind.HalfCode);
  for (const table of [PERIOD_ORDINALS, DAY_ORDINAL_WORDS, ROMAN_PERIOD_NUMBERS, YEAR_PART_WORDS, DEICTICS] as ReadonlyMap<string, unknown>[]) add(table.keys(), StartKind.Later);
  return m;
})();

/**
 * START_WORDS without hashing a word: scanDates rules most words out by their first three letters and length
 * (mayList), matchAt finds the kind of the rest (a third of them are not listed).
 */
const START_KINDS = new WordTable(START_WORDS);

/**
 * Month names with and without a period, for monthAt: it is asked at the word after most numbers
 * ("15 Prozent"), and hashing such a word cost more than these two array reads.
 */
const MONTH_FORMS = new WordGate([...MONTHS.keys()].flatMap((k) => [k, k + '.']));

/** Prepositions and articles before a month name alone that make it a month of the release year ("im März"). */
const MONTH_PREPS: ReadonlySet<string> = new Set(['im', 'in', 'seit', 'bis', 'ab', 'von', 'vom', 'zum', 'per', 'für', 'nach', 'vor', 'anfang', 'mitte', 'ende', 'beginn', 'bereits', 'schon', 'erst', 'noch', 'diesen', 'dieses']);
/** Capitalised words that may stand before "Frühjahr 2018" (anything else capitalised may be a first name: "Thomas Herbst"). */
const SEASON_PREFIXES: ReadonlySet<string> = new Set([...MONTH_PREPS, 'spätestens', 'frühestens', 'voraussichtlich', 'des', 'der', 'den', 'dem', 'die', 'das', 'ab', 'zwischen']);
const RANGE_WORDS: ReadonlySet<string> = new Set(['bis', '-', '–', '—', '/']);
const LIST_WORDS: ReadonlySet<string> = new Set(['und', 'sowie', ',', 'oder']);
const TIME_PREPS: ReadonlySet<string> = new Set(['um', 'ab', 'gegen', 'von']);
const WEEK_WORDS: ReadonlySet<string> = new Set(['woche', 'kalenderwoche']);
/** Before a weekday: a habit ("jeden Montag"), not a date. */
const HABIT_WORDS: ReadonlySet<string> = new Set(['jeden', 'jedem', 'immer', 'montags', 'bis', 'zwischen', '-', '–']);
/** Tokens after which a bare "31. Juli 17" two-digit year is read as a year. */
/** Words before "15.2." or "1.2.3" that make it a number (version, amount), not a date. */
const NUMERIC_DATE_BLOCKERS: ReadonlySet<string> = new Set([
  'version', 'um', 'auf', 'von', 'über', 'bei', 'mit', 'rund', 'ca.', 'etwa', 'plus', 'minus', 'faktor', 'kapitel',
  'abschnitt', 'punkt', 'nr.', 'nummer', 'ziffer', 'artikel', 'art.', 'release', 'update', 'v', 'tabelle', 'abb.', 'abbildung', 'seite', 's.',
]);
const TWO_DIGIT_YEAR_FOLLOWERS: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?', ')', 'statt', 'um', '–', '-']);

/** Adjectives ending in -te(n) that are no preterite verbs ("am Dienstag erste Ergebnisse"). */
const TE_ADJECTIVES: ReadonlySet<string> = new Set([
  'erste', 'ersten', 'zweite', 'zweiten', 'dritte', 'dritten', 'vierte', 'vierten', 'letzte', 'letzten', 'nächste', 'nächsten',
  'beste', 'besten', 'meiste', 'meisten', 'weitesten', 'gesamte', 'gesamten', 'bekannte', 'geplante', 'geplanten', 'konkrete',
  'konkreten', 'breite', 'breiten', 'leichte', 'leichten', 'rechte', 'rechten', 'echte', 'echten', 'harte', 'harten',
]);
/** Words in -te that are no preterite: adverbs, modal subjunctives ("könnte" looks ahead), present tenses of t-stems. */
const NOT_PRETERITES: ReadonlySet<string> = new Set(['heute', 'bitte', 'könnte', 'sollte', 'müsste', 'dürfte', 'möchte', 'hätte', 'mitte', 'weite', 'halbe', 'gute', 'arbeite', 'leiste', 'starte', 'biete', 'halte', 'gelte', 'warte']);
/** Words after which a word in -te(n) is an adjective ("die zweite", "am letzten", "eine weite"). */
const ARTICLE_LIKE: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'sehr', 'so', 'zu', 'dieser', 'diese', 'diesen', 'seine', 'ihre', 'unsere']);
/**
 * Token t is one of the clause breaks ',', ';', ':', '–', '—', told by char code before any hash of it. The first char
 * is read from the document (a token's value starts where it does): the token strings' `length` and `charCodeAt`
 * reads here went megamorphic (V8's IC log); the length is asked only of tokens that start with such a mark.
 */
function isClauseBreakMark(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return (c === 44 || c === 59 || c === 58 || c === 0x2013 || c === 0x2014) && t.value.length === 1;
}
/** Conjunctions that start a new clause when a lower-case word (a verb) follows: "gegründet und fertigt heute …". */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'sowie', 'aber', 'doch']);
/** clauseFrom and clauseTo ask at every token they pass: most fail here, unhashed. */
const CONJUNCTION_STARTS = new WordGate(CLAUSE_CONJUNCTIONS);
const NUM_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/u;
const NUM_DM = /^(\d{1,2})\.(\d{1,2})$/u;
const NUM_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const TIME_COLON = /^(\d{1,2}):(\d{2})$/u;
const TIME_DOT = /^(\d{1,2})\.(\d{2})$/u;

// ---------------------------------------------------------------------------------------------
// token helpers

function stripDot(s: string): string {
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A plain integer token of min..max digits, or undefined. */
function intOf(t: Token | undefined, minLen: number, maxLen: number): number | undefined {
  if (t === undefined || t.type !== 'number') return undefined;
  const v = t.value;
  if (v.length < minLen || v.length > maxLen || !allDigits(v)) return undefined;
  return Number(v);
}

function isCapitalised(t: Token): boolean {
  return startsCapitalised(t.value);
}

/** `next` is glued to `t` with no space ("März-Ausgabe", "2000er"). */
function glued(t: Token, next: Token | undefined): boolean {
  return next !== undefined && next.start === t.end;
}

/** Words of a clause about every such time, not one: a bare season there is no date. */
const HABITUAL_WORDS: ReadonlySet<string> = new Set(['bisher', 'bislang', 'immer', 'stets', 'jeden', 'jede', 'jedes', 'jedem', 'meist', 'meistens', 'oft', 'häufig', 'regelmäßig', 'üblicherweise', 'normalerweise', 'gewöhnlich', 'traditionell', 'alljährlich', 'jährlich']);

/** "hat", "haben", "habe": past only with a participle ("hat zugestimmt"), present as a full verb ("hat Premiere"). */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['hat', 'haben', 'habe']);

/** What a word tells clauseTense, in the order it asks: a future marker, a perfect auxiliary, a past marker, "ist"/"sind", a plan. */
const enum TenseWord { Future = 1, Auxiliary, Past, Sein, Plan }

/**
 * Every word clauseTense looks for, with the first class it would test true (the later sets win):
 * one look-up per word of the clause instead of up to four.
 */
const TENSE_WORDS: ReadonlyMap<string, TenseWord> = (() => {
  const m = new Map<string, TenseWord>();
  for (const w of PLAN_PARTICIPLES) m.set(w, TenseWord.Plan);
  m.set('ist', TenseWord.Sein);
  m.set('sind', TenseWord.Sein);
  for (const w of PAST_MARKERS) m.set(w, TenseWord.Past);
  for (const w of PERFECT_AUXILIARIES) m.set(w, TenseWord.Auxiliary);
  for (const w of FUTURE_MARKERS) m.set(w, TenseWord.Future);
  return m;
})();

/** clauseTense reads every word of a clause: TENSE_WORDS without hashing them (most fail on their start and length). */
const TENSE_KINDS = new WordTable(TENSE_WORDS);

/** "eingebrochen", "gestiegen", "aufgestiegen": a participle with ge- (for "ist/sind … -ge-…-en"). */
function isPerfectParticiple(w: string): boolean {
  const g = w.indexOf('ge');
  return g >= 0 && g + 3 < w.length && (w.endsWith('en') || w.endsWith('t')) && w === w.toLowerCase();
}

/**
 * Can this number token start a day or a quarter? Only the shapes dayPart and quirkRange read
 * do: one or two digits, "16.3(.2017)" (a period second or third) or "2017-03-16" (a hyphen
 * fifth). Rules out "2017", "1,5", "30.000" by a few char codes, before any regex.
 */
function mayBeDayNumber(v: string): boolean {
  const n = v.length;
  if (n <= 2) return allDigits(v);
  const c1 = v.charCodeAt(1);
  const c2 = v.charCodeAt(2);
  if (c1 === 46 || c2 === 46) return true; // "."
  return n >= 8 && v.charCodeAt(4) === 45; // "-"
}

/**
 * Can the number token t (one that passed mayBeDayNumber) start a date, by the token after it? A plain number
 * ("15 Prozent", most of them) starts one only before a month name ("15 März") or glued to a suffix or period
 * ("15ten", "4tes Quartal", "1.-3. Juni"): dayPart, quirkRange and numberedPeriod ask for nothing else. The shapes
 * with a period or hyphen ("16.03.2017") always go on. A filter for scanDates: matchAt would return null for the rest.
 */
function mayStartWithNumber(t: Token, next: Token | undefined): boolean {
  if (!allDigits(t.value)) return true;
  if (next === undefined) return false;
  return glued(t, next) || (next.type === 'word' && MONTH_FORMS.mayListToken(next));
}

function twoDigitYear(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/** A clause with no tense of its own takes its preposition's: "ab"/"bis" look ahead ("bis Anfang Januar"), "seit" back. */
function prepositionTense(tense: 'past' | 'future' | 'none', preposition: string): 'past' | 'future' | 'none' {
  if (tense !== 'none') return tense;
  if (preposition === 'ab' || preposition === 'bis') return 'future';
  return preposition === 'seit' ? 'past' : 'none';
}

class Scanner {
  readonly T: readonly Token[];
  constructor(readonly ctx: Context, readonly anchor: Ymd | undefined) {
    this.T = ctx.tokens;
  }

  at(j: number): Token | undefined {
    return j >= 0 && j < this.T.length ? this.T[j] : undefined;
  }

  lowerAt(j: number): string {
    return this.at(j)?.lower ?? '';
  }

  /** Month number of a month token, or undefined. Short forms without a period only when `loose`. */
  monthAt(j: number, loose: boolean): number | undefined {
    const t = this.at(j);
    if (t === undefined || t.type !== 'word' || !MONTH_FORMS.mayListToken(t)) return undefined;
    const w = stripDot(t.lower);
    const m = MONTHS.get(w);
    if (m === undefined) return undefined;
    // "März-Ausgabe", "Mai-Kundgebung": part of a compound
    const n = this.at(j + 1);
    if (n !== undefined && glued(t, n) && (n.value === '-' || n.type === 'word')) return undefined;
    if (!loose && MONTH_SHORT_FORMS.has(w) && !t.lower.endsWith('.')) return undefined;
    return m;
  }

  /** A four-digit year token at j (min..max), not glued to a following word ("2000er"). */
  yearAt(j: number, min = 1000, max = 2999): number | undefined {
    const t = this.at(j);
    const y = intOf(t, 4, 4);
    if (y === undefined || y < min || y > max) return undefined;
    const n = this.at(j + 1);
    if (n !== undefined && glued(t!, n) && (n.type === 'word' || n.type === 'number')) return undefined;
    return y;
  }

  spanOf(j: number, year: number): YearSpan {
    const t = this.T[j]!;
    return { year, start: t.start, end: t.end };
  }

  /** Year after a month or day: "2017", or two digits "17" when nothing follows that could be counted. */
  yearAfter(j: number, allowTwoDigits: boolean): { y: number; span: YearSpan; next: number } | undefined {
    const y = this.yearAt(j);
    if (y !== undefined) return { y, span: this.spanOf(j, y), next: j + 1 };
    const t = this.at(j);
    // "März '19"
    if (t !== undefined && (t.value === "'" || t.value === '’')) {
      const yy = intOf(this.at(j + 1), 2, 2);
      if (yy !== undefined && glued(t, this.at(j + 1))) return { y: twoDigitYear(yy), span: this.spanOf(j + 1, twoDigitYear(yy)), next: j + 2 };
    }
    if (allowTwoDigits) {
      const yy = intOf(t, 2, 2);
      if (yy !== undefined) {
        const n = this.at(j + 1);
        if (n === undefined || n.newlineBefore || TWO_DIGIT_YEAR_FOLLOWERS.has(n.lower)) return { y: twoDigitYear(yy), span: this.spanOf(j, twoDigitYear(yy)), next: j + 1 };
      }
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // explicit days

  /**
   * One day, possibly without month or year: "16.", "16. März", "16. März 2017", "16.03.2017",
   * "15.2.", "1 März", "15te Februar", "erster März", "2017-03-16".
   */
  dayPart(j: number, incomplete: boolean): DayPart | undefined {
    const t = this.at(j);
    if (t === undefined) return undefined;
    if (t.type === 'ordinal') {
      const d = Number(t.value.slice(0, -1));
      if (!(d >= 1 && d <= 31)) return undefined;
      const m = this.monthAt(j + 1, true);
      if (m !== undefined) return this.withYear(new DayPart(j, j + 2, d, m, 'day-month-name'), j + 2, true);
      return incomplete ? new DayPart(j, j + 1, d, undefined, 'day-month-name') : undefined;
    }
    if (t.type === 'number') {
      const n = this.at(j + 1);
      if (n !== undefined && (n.lower === 'uhr' || n.lower === 'h')) return undefined; // 16.53 Uhr is a time
      // the three numeric shapes hold a "." or "-": a plain number ("15", "2017") skips their regexes
      if (!allDigits(t.value)) {
        let r = NUM_DMY.exec(t.value);
        if (r !== null) {
          const yRaw = r[3]!;
          const y = yRaw.length === 2 ? twoDigitYear(Number(yRaw)) : Number(yRaw);
          const span = { year: y, start: t.end - yRaw.length, end: t.end };
          return partWithYear(j, j + 1, Number(r[1]), Number(r[2]), y, span, 'numeric-day-month-year');
        }
        r = NUM_ISO.exec(t.value);
        if (r !== null) {
          const y = Number(r[1]);
          return partWithYear(j, j + 1, Number(r[3]), Number(r[2]), y, { year: y, start: t.start, end: t.start + 4 }, 'iso-day');
        }
        r = NUM_DM.exec(t.value);
        if (r !== null) {
          const d = Number(r[1]);
          const m = Number(r[2]);
          if (n !== undefined && n.value === '.' && glued(t, n)) {
            // "15.2." possibly with a year in the next token: "1.6. 2020" is rare; leave it.
            return new DayPart(j, j + 2, d, m, 'numeric-day-month');
          }
          return weakPart(j, j + 1, d, m, 'numeric-day-month');
        }
      }
      const d = intOf(t, 1, 2);
      if (d === undefined || d < 1 || d > 31) return undefined;
      // "15te Februar", "am 15ten"
      let k = j + 1;
      let suffixed = false;
      if (n !== undefined && glued(t, n) && ORDINAL_SUFFIXES.has(n.lower)) {
        k = j + 2;
        suffixed = true;
      }
      const m = this.monthAt(k, true);
      if (m !== undefined) return this.withYear(new DayPart(j, k + 1, d, m, suffixed ? 'day-suffix-month-name' : 'number-month-name'), k + 1, true);
      if (suffixed) return weakPart(j, k, d, undefined, 'day-suffix');
      return undefined;
    }
    if (t.type === 'word') {
      const d = DAY_ORDINAL_WORDS.get(t.lower);
      if (d === undefined) return undefined;
      const m = this.monthAt(j + 1, false);
      if (m !== undefined) return this.withYear(new DayPart(j, j + 2, d, m, 'ordinal-word-month-name'), j + 2, true);
    }
    return undefined;
  }

  withYear(p: DayPart, k: number, allowTwoDigits: boolean): DayPart {
    const y = this.yearAfter(k, allowTwoDigits);
    if (y !== undefined) {
      p.y = y.y;
      p.ys = y.span;
      p.last = y.next;
    }
    return p;
  }

  /** Explicit days, day ranges ("vom 1. bis 3. Juni 2020", "13. - 15. Juli") and day lists ("15. und 16. Mai"). */
  explicitDay(i: number): DateMatch | null {
    let p1 = this.dayPart(i, true);
    let p2: DayPart | undefined;
    let list = false;
    if (p1 === undefined) {
      // "1.-3. Juni": the scanner splits it as "1" "." "-3" "." "Juni"
      const quirk = this.quirkRange(i);
      if (quirk === undefined) return null;
      [p1, p2] = quirk;
    }
    const c = p2 === undefined ? this.at(p1.last) : undefined;
    let between = false;
    if (p1.rule.startsWith('numeric') && p1.y === undefined || p1.ys !== undefined && p1.ys.end - p1.ys.start === 2) {
      // "Version 2.1.", "um 15.2.", "Release 1.2.3": numbers, not dates
      const prev = this.at(i - 1);
      if (prev !== undefined && (NUMERIC_DATE_BLOCKERS.has(prev.lower) || prev.type === 'number' || prev.type === 'symbol')) return null;
    }
    if (c !== undefined && !c.newlineBefore) {
      if (RANGE_WORDS.has(c.lower)) {
        let k = p1.last + 1;
        if (c.lower === 'bis' && this.lowerAt(k) === 'zum') k++;
        p2 = this.dayPart(k, false);
        if (p2 !== undefined && (p2.m === undefined || p2.weak === true)) p2 = undefined;
      } else if (c.lower === 'und' && p1.m !== undefined && this.lowerAt(i - 1) === 'dem' && this.lowerAt(i - 2) === 'zwischen') {
        // "zwischen dem 1. November 2025 und dem 12. April 2026": a range
        between = true;
        let k = p1.last + 1;
        if (this.lowerAt(k) === 'dem') k++;
        p2 = this.dayPart(k, false);
        if (p2 !== undefined && (p2.m === undefined || p2.weak === true)) p2 = undefined;
      } else if (LIST_WORDS.has(c.lower) && p1.m === undefined) {
        p2 = this.dayPart(p1.last + 1, false);
        if (p2 !== undefined && p2.m === undefined) p2 = undefined;
        // "20. und 21. Juli": two days in a row are one span; "3. und 10. Mai" are two dates
        list = p2 !== undefined && !(c.lower === 'und' && p2.d === p1.d! + 1);
      }
    }
    if (p1.m === undefined) {
      if (p2 === undefined) {
        // "am 15ten": a day of the release month
        if (p1.rule === 'day-suffix' && this.lowerAt(i - 1) === 'am' && this.anchor !== undefined && isValidDay(this.anchor.y, this.anchor.m, p1.d!)) {
          return relativeMatch(i, p1.last, isoDay({ y: this.anchor.y, m: this.anchor.m, d: p1.d! }), 'day', 'dates/am-day-suffix');
        }
        return null;
      }
      p1.m = p2.m;
    }
    if (p1.weak === true && !['am', 'vom', 'zum', 'ab', 'seit', 'dem', 'den'].includes(this.lowerAt(i - 1))) return null;
    if (p1.d === undefined || p1.m === undefined) return null;
    const years: YearSpan[] = [];
    let relative = false;
    let y1 = p1.y;
    let y2 = p2?.y;
    if (p1.ys !== undefined) years.push(p1.ys);
    if (p2?.ys !== undefined) years.push(p2.ys);
    if (y1 === undefined && y2 !== undefined) y1 = p1.m > p2!.m! ? y2 - 1 : y2;
    if (y1 === undefined) {
      if (this.anchor === undefined) return null;
      y1 = this.yearOfBareDay(this.anchor, p1.m, p1.d, this.dayTense(i, (p2 !== undefined && !list ? p2.last : p1.last)));
      relative = true;
    }
    if (p2 !== undefined && y2 === undefined) y2 = p2.m! < p1.m ? y1 + 1 : y1;
    if (!isValidDay(y1, p1.m, p1.d)) return null;
    const start: Ymd = { y: y1, m: p1.m, d: p1.d };
    let until: string | undefined;
    let last = p1.last;
    if (p2 !== undefined && !list) {
      const valid = isValidDay(y2!, p2.m!, p2.d!);
      const b = valid ? isoDay({ y: y2!, m: p2.m!, d: p2.d! }) : '';
      if (valid && b > isoDay(start)) {
        until = b;
        last = p2.last;
      } else if (!between) {
        return null;
      }
      // (a "zwischen dem … und dem …" that is no range keeps its first day; the second is read on its own)
    }
    const m = new Match(i, last, isoDay(start), 'day', `dates/${until !== undefined ? 'day-range' : p1.rule}`, list ? [] : years);
    if (until !== undefined) m.until = until;
    if (relative) m.relative = true;
    return this.withTime(m);
  }

  /** "1.-3. Juni 2020" as the scanner splits it: "1" "." "-3" "." "Juni". */
  quirkRange(i: number): [DayPart, DayPart] | undefined {
    const d1 = intOf(this.at(i), 1, 2);
    const dot = this.at(i + 1);
    const t2 = this.at(i + 2);
    if (d1 === undefined || dot === undefined || dot.value !== '.' || !glued(this.T[i]!, dot) || t2 === undefined) return undefined;
    if (!(t2.value.startsWith('-') || t2.value.startsWith('–'))) return undefined;
    const d2 = Number(t2.value.slice(1));
    if (!allDigits(t2.value.slice(1)) || this.at(i + 3)?.value !== '.') return undefined;
    const m = this.monthAt(i + 4, true);
    if (m === undefined || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return undefined;
    const p2 = this.withYear(new DayPart(i + 2, i + 5, d2, m, 'day-range'), i + 5, true);
    return [new DayPart(i, i + 2, d1, undefined, 'day-range'), p2];
  }

  /** ", 16:53 Uhr", "um 10 Uhr", "16.53 Uhr" right after a day. */
  withTime(m: DateMatch): DateMatch {
    if (m.precision !== 'day') return m;
    let k = m.last;
    if (this.at(k)?.value === ',') k++;
    if (TIME_PREPS.has(this.lowerAt(k))) k++;
    const t = this.at(k);
    if (t === undefined || t.type !== 'number') return m;
    const hasUhr = this.lowerAt(k + 1) === 'uhr';
    let h: number | undefined;
    let min = 0;
    let r = TIME_COLON.exec(t.value);
    if (r === null && hasUhr) r = TIME_DOT.exec(t.value);
    if (r !== null) {
      h = Number(r[1]);
      min = Number(r[2]);
    } else if (hasUhr) {
      h = intOf(t, 1, 2);
    }
    if (h === undefined || h > 24 || min > 59) return m;
    m.time = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    m.last = hasUhr ? k + 2 : k + 1;
    return m;
  }

  // -------------------------------------------------------------------------------------------
  // months

  /** "März 2017", "Sept. 2019", "März bis Mai 2020", "im März" (release year), "nächsten März". */
  month(i: number): DateMatch | null {
    const m1 = this.monthAt(i, true);
    if (m1 === undefined) return null;
    const y1 = this.yearAfter(i + 1, false);
    const short = MONTH_SHORT_FORMS.has(stripDot(this.T[i]!.lower)) && !this.T[i]!.lower.endsWith('.');
    if (short && y1 === undefined) return null;
    let last = y1 !== undefined ? y1.next : i + 1;
    // range "März bis Mai 2020", "März/April 2020", "Januar 2019 bis März 2020"
    const c = this.at(last);
    let m2: number | undefined;
    let y2: ReturnType<Scanner['yearAfter']>;
    if (c !== undefined && RANGE_WORDS.has(c.lower) && !c.newlineBefore) {
      let k = last + 1;
      if (c.lower === 'bis' && (this.lowerAt(k) === 'ende' || this.lowerAt(k) === 'zum')) k++;
      m2 = this.monthAt(k, false);
      if (m2 !== undefined) {
        y2 = this.yearAfter(k + 1, false);
        last = y2 !== undefined ? y2.next : k + 1;
      }
    }
    const years: YearSpan[] = [];
    if (y1 !== undefined) years.push(y1.span);
    if (y2 !== undefined) years.push(y2.span);
    let first = i;
    let ya = y1?.y;
    let yb = y2?.y;
    let relative = false;
    let rule = 'dates/month-name-year';
    if (ya === undefined && yb !== undefined) ya = m1 > m2! ? yb - 1 : yb;
    if (ya === undefined) {
      // a month with no year: only after a preposition or a deictic word, and only with a release date
      const prev = this.lowerAt(i - 1);
      const step = DEICTICS.get(prev);
      if (this.anchor === undefined) return null;
      if (step !== undefined) {
        const a = this.anchor;
        if (step === 0) ya = a.y;
        else if (step < 0) ya = m1 < a.m ? a.y : a.y - 1;
        else ya = (m1 > a.m ? a.y : a.y + 1) + (step - 1);
        first = i - 1;
        rule = 'dates/deictic-month';
      } else if (MONTH_PREPS.has(prev)) {
        // "Die Anlage war im Mai eröffnet worden": the last May; "kommt ab März in den Handel": the next March
        ya = this.yearOfBareMonth(this.anchor, m1, prepositionTense(this.tense(i, true, true, last), prev));
        rule = 'dates/month-name';
      } else if (prev === 'der' && m2 === undefined && m1 !== 8 && !this.capitalisedWordAt(i + 1)) {
        // "Besonders stark war der Februar mit …", "stärkster Monat war der Jänner": the month itself (not "der August
        // Müller", a first name)
        first = i - 1;
        ya = this.yearOfBareMonth(this.anchor, m1, this.tense(i));
        rule = 'dates/month-name';
      } else {
        return null;
      }
      relative = true;
    }
    if (m2 !== undefined && yb === undefined) yb = m2 < m1 ? ya + 1 : ya;
    const match = new Match(first, last, isoMonth(ya, m1), 'month', rule, years);
    if (m2 !== undefined) {
      const until = isoMonth(yb!, m2);
      if (until <= match.value) return null;
      match.until = until;
      match.rule = 'dates/month-range';
    }
    if (relative) match.relative = true;
    return match;
  }

  /** "märz 3", "April 14, 2015", "Montag, Feb 18": month before the day (rare in German; strict). */
  monthDay(i: number): DateMatch | null {
    const m = this.monthAt(i, true);
    if (m === undefined) return null;
    const dt = this.at(i + 1);
    const d = intOf(dt, 1, 2);
    if (d === undefined || d < 1 || d > 31 || dt!.newlineBefore) return null;
    let k = i + 2;
    if (this.at(k)?.value === ',' && this.yearAt(k + 1) !== undefined) k++;
    const y = this.yearAfter(k, false);
    const prevIsWeekday = this.at(i - 1)?.value === ',' && (WEEKDAYS.has(this.lowerAt(i - 2)) || WEEKDAY_ABBREVIATIONS.has(this.lowerAt(i - 2)));
    const n = this.at(i + 2);
    const endsThere = n === undefined || n.newlineBefore || ['.', ';', '!', '?', ')', 'statt'].includes(n.lower);
    if (y === undefined && !prevIsWeekday && !(endsThere && !MONTH_PREPS.has(this.lowerAt(i - 1)))) return null;
    let year = y?.y;
    let relative = false;
    if (year === undefined) {
      if (this.anchor === undefined) return null;
      year = this.anchor.y;
      relative = true;
    }
    if (!isValidDay(year, m, d)) return null;
    const match = new Match(i, y !== undefined ? y.next : i + 2, isoDay({ y: year, m, d }), 'day', 'dates/month-name-day', y !== undefined ? [y.span] : []);
    if (relative) match.relative = true;
    return this.withTime(match);
  }

  // -------------------------------------------------------------------------------------------
  // weekdays

  /** "Montag, 16. März 2017" (explicit) or "Montag", "dienstag dieser woche", "mittwoch in 2 wochen" (relative). */
  weekday(i: number): DateMatch | null {
    const t = this.T[i]!;
    const full = WEEKDAYS.get(t.lower) ?? WEEKDAY_COMPOUNDS.get(t.lower);
    const abbr = full === undefined ? WEEKDAY_ABBREVIATIONS.get(t.lower) : undefined;
    const wd = full ?? abbr;
    if (wd === undefined) return null;
    // explicit date after it: "Montag, 16. März 2017", "Fr, 18. Juli 2014", "Freitag, den 18.07.2014"
    let k = i + 1;
    if (this.at(k)?.value === ',') k++;
    if (this.lowerAt(k) === 'den' || this.lowerAt(k) === 'der') k++;
    const explicit = this.explicitDay(k) ?? this.monthDay(k);
    if (explicit !== null && explicit.precision === 'day') {
      explicit.first = i;
      return explicit;
    }
    if (full === undefined && !LONE_WEEKDAY_ABBREVIATIONS.has(t.lower)) return null;
    if (full === undefined) {
      const n = this.at(i + 1);
      if (n !== undefined && n.type === 'word' && isCapitalised(n)) return null;
    }
    // a habit or opening hours: "jeden Montag", "Montag bis Freitag"
    if (HABIT_WORDS.has(this.lowerAt(i - 1))) return null;
    const n1 = this.lowerAt(i + 1);
    if ((n1 === 'bis' || n1 === '-' || n1 === '–') && (WEEKDAYS.has(this.lowerAt(i + 2)) || WEEKDAY_ABBREVIATIONS.has(this.lowerAt(i + 2)))) return null;
    // "am Samstag und Sonntag, 18. und 19. Oktober": the date after the second weekday is meant
    if ((n1 === 'und' || n1 === ',' || n1 === '/') && WEEKDAYS.has(this.lowerAt(i + 2))) {
      const later = this.weekday(i + 2);
      if (later !== null && !later.rule.startsWith('dates/weekday')) return null;
    }
    const a = this.anchor;
    if (a === undefined) return null;
    let first = i;
    let last = i + 1;
    let day: Ymd;
    let rule = 'dates/weekday';
    const prev = this.lowerAt(i - 1);
    const step = DEICTICS.get(prev);
    if (step !== undefined) {
      first = i - 1;
      rule = 'dates/deictic-weekday';
      if (step < 0) day = previousWeekday(a, wd);
      else day = addDays(nextWeekday(a, wd, true), step === 2 ? 7 : 0);
    } else if (this.tense(i) === 'past') {
      // "Der Rat hat am Dienstag zugestimmt": the last such day, up to the release day itself
      day = previousWeekday(addDays(a, 1), wd);
      rule = 'dates/weekday-past';
    } else {
      day = nextWeekday(a, wd, true);
    }
    // "dienstag dieser woche", "mittwoch der nächsten woche", "sonntag letzte woche"
    let k2 = i + 1;
    if (this.lowerAt(k2) === 'der') k2++;
    const wstep = DEICTICS.get(this.lowerAt(k2));
    if (step === undefined && wstep !== undefined && WEEK_WORDS.has(this.lowerAt(k2 + 1))) {
      day = weekdayOfWeek(a, wd, wstep);
      last = k2 + 2;
      rule = 'dates/weekday-of-week';
    } else if (step === undefined && (n1 === 'in' || n1 === 'vor') && this.countAt(i + 2) !== undefined && TIME_UNITS.get(this.lowerAt(i + 3)) === 'week') {
      // "mittwoch in 2 wochen", "mittwoch vor zwei wochen"
      day = nextWeekday(addDays(a, (n1 === 'in' ? 7 : -7) * this.countAt(i + 2)!), wd, false);
      last = i + 4;
      rule = 'dates/weekday-weeks-offset';
    } else if (step === undefined && n1 === 'nach' && this.lowerAt(i + 2) === 'dem' && DEICTICS.get(this.lowerAt(i + 3)) === 1) {
      // "freitag nach dem nächsten"
      day = addDays(nextWeekday(a, wd, true), 7);
      last = i + 4;
      rule = 'dates/weekday-after-next';
    } else if (((n1 === 'nach' || n1 === 'vor') && this.at(i + 2)?.type === 'word') || DAY_ORDINAL_WORDS.has(prev)) {
      // "dienstag nach Ostern", "dritter dienstag nach weihnachten": relative to something we do not read
      // (not the particle that ends the clause: "stellte die Zahlen am Dienstag vor.")
      return null;
    }
    return this.withTime(relativeMatch(first, last, isoDay(day), 'day', rule));
  }

  /**
   * The tense of the clause around token i (between commas, within ±25 tokens): 'past' for "hat …
   * zugestimmt", "gewann", "sind … eingebrochen"; 'future' for "wird", "soll", "findet … statt".
   */
  tense(i: number, wide = true, seinPerfect = true, after = i + 1): 'past' | 'future' | 'none' {
    const t = this.clauseTense(i, true, seinPerfect, after);
    // a clause with no verb of its own ("…, darunter ein Großbrand im Juli") takes the sentence's tense
    return t === 'none' && wide ? this.clauseTense(i, false, seinPerfect, after) : t;
  }

  /** The first token of token i's clause (or of its sentence when `clause` is false), at most 25 tokens back. */
  clauseFrom(i: number, clause: boolean): number {
    const s = this.ctx.sentences[this.ctx.sentenceOf[i]!]!;
    let from = i;
    while (from > s.first && from > i - 25 && !(clause && this.clauseBreak(from - 1))) from--;
    return from;
  }

  /** The end (exclusive) of token i's clause (or sentence), at most 25 tokens on. */
  clauseTo(i: number, clause: boolean): number {
    const s = this.ctx.sentences[this.ctx.sentenceOf[i]!]!;
    let to = i + 1;
    while (to < s.last && to < i + 25 && !(clause && this.clauseBreak(to))) to++;
    return to;
  }

  /**
   * `seinPerfect`: "ist … eingebrochen" counts as past (off where "ist … geöffnet", a state, would mislead).
   * `after`: the token after the whole time phrase ("Am 3. Juni brachte …": the verb after "Juni").
   */
  clauseTense(i: number, clause: boolean, seinPerfect = true, after = i + 1): 'past' | 'future' | 'none' {
    const from = this.clauseFrom(i, clause);
    const to = this.clauseTo(i, clause);
    let past = false;
    let sein = false;
    let plan = false;
    let haben = false;
    for (let j = from; j < to; j++) {
      const t = this.T[j]!;
      // (TENSE_WORDS are all words; WordTable is asked only about words)
      if (t.type !== 'word') continue;
      const kind = TENSE_KINDS.get(t.lower);
      if (kind === undefined) continue;
      if (kind === TenseWord.Future) return 'future';
      if (kind === TenseWord.Auxiliary) haben = true;
      else if (kind === TenseWord.Past) past = true;
      else if (kind === TenseWord.Sein) sein = true;
      else plan = true;
    }
    // "Der Spatenstich ist für Mitte April geplant": a plan looks ahead ("war für April geplant" does not)
    if (plan && !past) return 'future';
    // "hörte ein Anwohner am Samstag …", "meldete die Polizei": a preterite before the time phrase, in second
    // place (not an adjective: none before a noun, none after an article; no modal "sollte", no superlative)
    if (!past && !haben && !sein) {
      for (let j = from; j < i && !past; j++) if (this.preteriteAt(j)) past = true;
    }
    // "hat am 1. Dezember zugestimmt", "hat heute ihr Werk eröffnet" are past; "hat am 1. Dezember Premiere" is
    // not: the participle closes the clause (a lower-case word in -t or -en last), or has a "ge"
    if (haben && !past) {
      let j = to - 1;
      while (j > i && this.T[j]!.type !== 'word') j--;
      // a subordinate clause ends with the auxiliary: "…, die das Bistum am Donnerstag veröffentlicht hat"
      if (j > i + 1 && PERFECT_AUXILIARIES.has(this.T[j]!.lower) && this.T[j - 1]!.type === 'word') j--;
      const last = this.T[j]!;
      past = j > i && !isCapitalised(last) && last.lower.length > 3 && (last.lower.endsWith('t') || last.lower.endsWith('en'));
      for (let k = from; k < to && !past; k++) {
        const w = this.T[k]!.lower;
        if (w.length > 5 && isPerfectParticiple(w)) past = true;
      }
    }
    // "Am Dienstag erfolgte der Spatenstich": the finite verb right after the time phrase
    const n = this.at(after);
    if (!past && n !== undefined && n.type === 'word' && !isCapitalised(n) && n.lower.endsWith('te') && n.lower.length > 4 && !TE_ADJECTIVES.has(n.lower)) past = true;
    if (!past && sein && seinPerfect) {
      for (let j = i + 1; j < to; j++) {
        const w = this.T[j]!.lower;
        if (w.length > 5 && isPerfectParticiple(w)) past = true;
      }
    }
    return past ? 'past' : 'none';
  }

  /** Is token j a capitalised word? */
  capitalisedWordAt(j: number): boolean {
    const t = this.at(j);
    return t !== undefined && t.type === 'word' && isCapitalised(t);
  }

  /** Is token j a preterite verb form ("hörte", "meldete", "unterzeichneten")? A guess by shape and neighbours, for the tense only. */
  preteriteAt(j: number): boolean {
    const t = this.T[j]!;
    const w = t.lower;
    // the singular in -te, and the plural in -eten ("unterzeichneten", "meldeten"); other plurals in -ten are as
    // often a present tense ("erhalten", "arbeiten"), and so are "bieten", "mieten", "treten"
    const plural = w.length > 6 && w.endsWith('eten') && !w.endsWith('ieten') && !w.endsWith('treten') && !w.endsWith('beten');
    if (t.type !== 'word' || isCapitalised(t) || w.length <= 4 || !(w.endsWith('te') || plural)) return false;
    if (TE_ADJECTIVES.has(w) || NOT_PRETERITES.has(w) || w.endsWith('ste')) return false;
    const prev = this.at(j - 1);
    const next = this.at(j + 1);
    if (next === undefined || (next.type === 'word' && isCapitalised(next))) return false; // "laute Schläge"
    return prev === undefined || !(prev.type === 'word' && ARTICLE_LIKE.has(prev.lower));
  }

  /** Does the clause of token i speak of what happens again and again ("bisher jede", "immer", "meist")? */
  habitual(i: number): boolean {
    const to = this.clauseTo(i, true);
    for (let j = this.clauseFrom(i, true); j < to; j++) if (HABITUAL_WORDS.has(this.T[j]!.lower)) return true;
    return false;
  }

  clauseBreak(j: number): boolean {
    const t = this.T[j]!;
    if (isClauseBreakMark(this.ctx.text, t)) return true;
    if (t.type !== 'word' || !CONJUNCTION_STARTS.mayListToken(t) || !CLAUSE_CONJUNCTIONS.has(t.lower)) return false;
    const n = this.at(j + 1);
    return n !== undefined && n.type === 'word' && !isCapitalised(n);
  }

  countAt(j: number): number | undefined {
    const n = intOf(this.at(j), 1, 3);
    if (n !== undefined) return n;
    return COUNT_WORDS.get(this.lowerAt(j));
  }

  // -------------------------------------------------------------------------------------------
  // seasons, quarters, halves, modifiers

  /** "Frühjahr 2018", "Winter 2019/20". */
  season(i: number): DateMatch | null {
    const code = SEASONS.get(this.T[i]!.lower);
    if (code === undefined) return null;
    const prev = this.at(i - 1);
    // "Thomas Herbst 2019": a surname, not a season
    if (prev !== undefined && prev.type === 'word' && isCapitalised(prev) && !this.T[i]!.newlineBefore && !SEASON_PREFIXES.has(prev.lower) && !DEICTICS.has(prev.lower)) return null;
    let y = this.yearAt(i + 1);
    let span: YearSpan | undefined;
    const t = this.at(i + 1);
    if (y !== undefined) span = this.spanOf(i + 1, y);
    else if (t !== undefined && t.type === 'number') {
      const pair = yearPair(t);
      if (pair !== undefined) {
        y = pair.y;
        span = { year: y, start: t.start, end: t.start + 4 };
      }
    }
    if (y === undefined || span === undefined) return this.relativeSeason(i, code);
    return new Match(i, i + 2, `${y}-${code}`, 'season', 'dates/season-year', [span]);
  }

  /** "im Herbst", "für den Sommer", "im kommenden Sommer": the season of the release year (or the next/last one). */
  relativeSeason(i: number, code: 'SP' | 'SU' | 'FA' | 'WI'): DateMatch | null {
    const a = this.anchor;
    if (a === undefined) return null;
    const prev = this.lowerAt(i - 1);
    const n = this.at(i + 1);
    if (n !== undefined && glued(this.T[i]!, n) && (n.type === 'word' || n.value === '-')) return null;
    const startMonth = SEASON_START_MONTHS.get(code)!;
    const step = DEICTICS.get(prev);
    let year = a.y;
    let first = i;
    if (step !== undefined) {
      first = i - 1;
      if (step > 0) year = (a.m < startMonth ? a.y : a.y + 1) + (step - 1);
      else if (step < 0) year = a.m > startMonth + 2 ? a.y : a.y - 1;
      else if (code === 'WI' && a.m <= 2) year = a.y - 1;
      if (DEICTICS.get(this.lowerAt(i - 2)) !== undefined) return null;
    } else if (prev === 'dem' && this.lowerAt(i - 2) === 'seit') {
      // "Seit dem Frühjahr testen 14 Betriebe …": the last one begun before the release date
      first = i - 2;
      if (startMonth > a.m) year = a.y - 1;
    } else if (prev === 'im' || (prev === 'den' && this.lowerAt(i - 2) === 'für')) {
      // "Im Winter mussten wir bisher jede Halle teuer mieten": every winter, not one
      if (this.habitual(i)) return null;
      // "im Winter davor", "im Sommer zuvor": the one before a season we do not resolve here
      const after = this.lowerAt(i + 1);
      if (after === 'davor' || after === 'zuvor') return null;
      if (code === 'WI' && a.m <= 2) year = a.y - 1;
      // the tense picks the side of the release date: "im Herbst waren es noch 28 Prozent" (in May) is the last
      // autumn, "im Frühjahr soll … beginnen" (in October) the next spring
      // (not "ist … geöffnet": a state, as often present as past)
      const tense = this.tense(i, true, false);
      if (tense === 'past' && startMonth > a.m) year = a.y - 1;
      else if (tense === 'future' && code !== 'WI' && startMonth + 2 < a.m) year = a.y + 1;
    } else {
      return null;
    }
    return relativeMatch(first, i + 1, `${year}-${code}`, 'season', 'dates/season');
  }

  /** Quarter or half after its number: "1. Quartal 2020", "drittes quartal", "4tes quartal 2018", "erstes Halbjahr 2019". */
  numberedPeriod(i: number, n: number, nounAt: number): DateMatch | null {
    const noun = this.lowerAt(nounAt);
    const isQuarter = QUARTER_NOUNS.has(noun);
    const isHalf = HALF_NOUNS.has(noun);
    if (!isQuarter && !isHalf) return null;
    if (n < 1 || n > (isQuarter ? 4 : 2)) return null;
    // "das vierte Quartal in Folge" counts quarters, it names none
    if (this.lowerAt(nounAt + 1) === 'in' && this.lowerAt(nounAt + 2) === 'folge') return null;
    return this.periodYear(i, nounAt + 1, isQuarter ? `Q${n}` : `H${n}`, isQuarter ? 'quarter' : 'half', isQuarter ? 'dates/ordinal-quarter' : 'dates/ordinal-half');
  }

  /** The year after a quarter/half: "2020", "des Jahres 2020", "/2020", or none (release year). */
  periodYear(first: number, k: number, code: string, precision: 'quarter' | 'half', rule: string): DateMatch | null {
    let j = k;
    if (this.at(j)?.value === '/') j++;
    else if (this.lowerAt(j) === 'des' && TIME_UNITS.get(this.lowerAt(j + 1)) === 'year' && this.yearAt(j + 2) !== undefined) j += 2;
    let y = this.yearAt(j);
    let span: YearSpan | undefined;
    if (y !== undefined) span = this.spanOf(j, y);
    else if (this.at(k)?.value === '/') {
      const yy = intOf(this.at(j), 2, 2);
      if (yy !== undefined) {
        y = twoDigitYear(yy);
        span = this.spanOf(j, y);
      }
    } else {
      const pair = yearPair(this.at(j));
      if (pair !== undefined) {
        y = pair.y;
        span = { year: y, start: this.T[j]!.start, end: this.T[j]!.start + 4 };
      }
    }
    if (y !== undefined && span !== undefined) return new Match(first, j + 1, `${y}-${code}`, precision, rule, [span]);
    if (this.anchor === undefined) return null;
    if (rule.endsWith('-code')) return null; // "Q1" alone: too short to trust
    return relativeMatch(first, k, `${this.anchor.y}-${code}`, precision, rule);
  }

  /**
   * The year of a day written without one: the release year, unless the tense points more than two months across the release date
   * ("Der Spatenstich ist für den 3. Februar geplant" in a release of November: next February; "hat am 20. Dezember
   * beschlossen" in a release of January: last December). "zum 1. Januar", "ab 1. Juli" look ahead, "seit" back.
   */
  yearOfBareDay(a: Ymd, m: number, d: number, tense: 'past' | 'future' | 'none'): number {
    // two months' slack: a release dated days or weeks after the event it announces keeps its year
    const gap = (m - a.m) * 31 + (d - a.d);
    if (tense === 'past' && gap > 62) return a.y - 1;
    if (tense === 'future' && gap < -62) return a.y + 1;
    return a.y;
  }

  /** The tense that decides a bare day's year: the clause's, or the preposition's ("seit" back, "zum"/"ab" ahead). */
  dayTense(i: number, after = i + 1): 'past' | 'future' | 'none' {
    const prev = this.lowerAt(i - 1);
    const before = prev === 'dem' || prev === 'den' ? this.lowerAt(i - 2) : prev;
    if (before === 'seit') return 'past';
    const t = this.tense(i, true, true, after);
    if (t === 'none' && (before === 'zum' || before === 'ab')) return 'future';
    return t;
  }

  /**
   * The year of month m named without one, against the release date a: in a clause told in the past the
   * last such month ("war im Mai eröffnet worden"), in the future the next ("kommt im März"), else the
   * release year.
   */
  yearOfBareMonth(a: { y: number; m: number }, m: number, tense: 'past' | 'future' | 'none'): number {
    return tense === 'past' ? (m <= a.m ? a.y : a.y - 1) : tense === 'future' ? (m >= a.m ? a.y : a.y + 1) : a.y;
  }

  /** "Anfang März 2020", "Ende 2026", "Mitte des Jahres", "Ende nächsten Jahres". */
  modified(i: number): DateMatch | null {
    const mod = MODIFIERS.get(this.T[i]!.lower);
    if (mod === undefined) return null;
    let k = i + 1;
    // "Ende März 2020", "Anfang Juni"
    const mon = this.monthAt(k, false);
    if (mon !== undefined) {
      const y = this.yearAfter(k + 1, false);
      if (y !== undefined) return withModifier(new Match(i, y.next, isoMonth(y.y, mon), 'month', 'dates/modifier-month-year', [y.span]), mod);
      if (this.anchor === undefined) return null;
      // "Die Saison begann Anfang Dezember" (released in April): the last December, as for "im Dezember"
      // "bis Anfang Januar", "ab Mitte März" look ahead when the clause says nothing else; "seit Ende Mai" back
      const tense = prepositionTense(this.tense(i), this.lowerAt(i - 1));
      return withModifier(relativeMatch(i, k + 1, isoMonth(this.yearOfBareMonth(this.anchor, mon, tense), mon), 'month', 'dates/modifier-month'), mod);
    }
    // "Ende 2026"
    const y = this.yearAt(k, 1900, 2099);
    if (y !== undefined) {
      const n = this.at(k + 1);
      if (n !== undefined && n.type === 'word' && isCapitalised(n) && this.ctx.sentenceOf[k + 1] === this.ctx.sentenceOf[k] && TIME_UNITS.has(n.lower)) return null;
      return withModifier(new Match(i, k + 1, String(y), 'year', 'dates/modifier-year', [this.spanOf(k, y)]), mod);
    }
    // "Ende des Jahres 2019", "Ende des Jahres", "Ende dieses/nächsten Jahres", "Mitte des laufenden Jahres"
    if (this.lowerAt(k) === 'des' || this.lowerAt(k) === 'der') k++;
    let step = 0;
    const d = DEICTICS.get(this.lowerAt(k));
    if (d !== undefined) {
      step = d;
      k++;
    }
    const unit = TIME_UNITS.get(this.lowerAt(k));
    if (unit === 'year' && (this.lowerAt(k) === 'jahres' || this.lowerAt(k) === 'jahrs')) {
      const y2 = this.yearAt(k + 1);
      if (y2 !== undefined) return withModifier(new Match(i, k + 2, String(y2), 'year', 'dates/modifier-year', [this.spanOf(k + 1, y2)]), mod);
      if (this.anchor === undefined || k === i + 1) return null;
      return withModifier(relativeMatch(i, k + 1, String(this.anchor.y + step), 'year', 'dates/modifier-relative-year'), mod);
    }
    // Swiss "bis Ende Jahr", "Mitte Jahr": the release year (not "Ende Jahr für Jahr")
    if (k === i + 1 && this.lowerAt(k) === 'jahr' && this.anchor !== undefined && this.lowerAt(k + 1) !== 'für') {
      return withModifier(relativeMatch(i, k + 1, String(this.anchor.y), 'year', 'dates/modifier-relative-year'), mod);
    }
    if (unit === 'month' && this.lowerAt(k) === 'monats' && this.anchor !== undefined && k > i + 1) {
      const mm = addMonths(this.anchor, step);
      return withModifier(relativeMatch(i, k + 1, isoMonth(mm.y, mm.m), 'month', 'dates/modifier-relative-month'), mod);
    }
    return null;
  }

  // -------------------------------------------------------------------------------------------
  // relative words

  /** "heute", "gestern", "morgen", "übermorgen" … against the release date. */
  relativeDay(i: number): DateMatch | null {
    const t = this.T[i]!;
    const offset = RELATIVE_DAYS.get(t.lower);
    if (offset === undefined || this.anchor === undefined) return null;
    if (t.lower === 'morgen' && t.value === 'Morgen') {
      // "am Morgen", "heute Morgen": the noun. Only at a sentence start is "Morgen" tomorrow.
      if (this.ctx.sentences[this.ctx.sentenceOf[i]!]!.first !== i) return null;
    }
    if (RELATIVE_DAY_BLOCKERS_BEFORE.has(this.lowerAt(i - 1)) || RELATIVE_DAY_BLOCKERS_AFTER.has(this.lowerAt(i + 1))) return null;
    if (RELATIVE_DAYS.has(this.lowerAt(i - 1))) return null; // "heute morgen" is read from "heute"
    // "Heute schlägt es 1,9 Millionen Tonnen um" is "nowadays": "heute" is a day only in a clause told
    // in the past or future ("hat heute eröffnet", "findet heute statt")
    if (offset === 0 && this.tense(i, false) === 'none') return null;
    let last = i + 1;
    if (offset === 0 && this.lowerAt(i + 1) === 'morgen') last = i + 2;
    return this.withTime(relativeMatch(i, last, isoDay(addDays(this.anchor, offset)), 'day', 'dates/relative-day'));
  }

  /** "letzten monat", "nächstes quartal", "nächsten dienstag", "nächsten märz", "letzter montag im märz". */
  deictic(i: number): DateMatch | null {
    const step = DEICTICS.get(this.T[i]!.lower);
    if (step === undefined) return null;
    const next = this.lowerAt(i + 1);
    if (WEEKDAYS.has(next) || WEEKDAY_COMPOUNDS.has(next) || next === 'tag') {
      const nth = this.nthWeekday(i, -1);
      return nth ?? (next === 'tag' ? null : this.weekday(i + 1));
    }
    if (this.monthAt(i + 1, false) !== undefined) return this.month(i + 1);
    const a = this.anchor;
    if (a === undefined) return null;
    const unit = TIME_UNITS.get(next);
    if (unit === 'month' && (next === 'monat' || next === 'monats')) {
      const mm = addMonths({ y: a.y, m: a.m, d: 1 }, step);
      return relativeMatch(i, i + 2, isoMonth(mm.y, mm.m), 'month', 'dates/deictic-month-unit');
    }
    if (unit === 'quarter' && next !== 'quartalen') {
      const q0 = a.y * 4 + Math.floor((a.m - 1) / 3) + step;
      return relativeMatch(i, i + 2, `${Math.floor(q0 / 4)}-Q${(q0 % 4) + 1}`, 'quarter', 'dates/deictic-quarter');
    }
    return null;
  }

  /** "erster dienstag im oktober", "letzter sonntag im märz 2014", "dritter tag im oktober". */
  nthWeekday(i: number, forced?: number): DateMatch | null {
    const w = this.T[i]!.lower;
    const n = forced ?? DAY_ORDINAL_WORDS.get(w);
    if (n === undefined) return null;
    if (forced === -1 && !w.startsWith('letzt')) return null;
    const what = this.lowerAt(i + 1);
    const wd = WEEKDAYS.get(what);
    const isDay = what === 'tag';
    if (wd === undefined && !isDay) return null;
    const prep = this.lowerAt(i + 2);
    if (prep !== 'im' && prep !== 'in') return null;
    const m = this.monthAt(i + 3, false);
    if (m === undefined) return null;
    const y = this.yearAfter(i + 4, false);
    let year = y?.y;
    if (year === undefined) {
      if (this.anchor === undefined) return null;
      year = this.anchor.y;
    }
    let day: Ymd | undefined;
    if (isDay) day = n === -1 ? { y: year, m, d: new Date(Date.UTC(year, m, 0)).getUTCDate() } : isValidDay(year, m, n) ? { y: year, m, d: n } : undefined;
    else if (n <= 5 || n === -1) day = nthWeekdayOfMonth(year, m, wd!, n);
    if (day === undefined) return null;
    const match = new Match(i, y !== undefined ? y.next : i + 4, isoDay(day), 'day', 'dates/nth-weekday-in-month', y !== undefined ? [y.span] : []);
    if (y === undefined) match.relative = true;
    return match;
  }

  /** "vor drei Wochen", "vor zwei Tagen", "vor drei Monaten". */
  ago(i: number): DateMatch | null {
    if (this.anchor === undefined) return null;
    const n = this.countAt(i + 1);
    const unit = TIME_UNITS.get(this.lowerAt(i + 2));
    if (n === undefined || n < 1 || n > 120) return null;
    const u = this.lowerAt(i + 2);
    let day: Ymd;
    if (unit === 'day' && u !== 'tages') day = addDays(this.anchor, -n);
    else if (unit === 'week') day = addDays(this.anchor, -7 * n);
    else if (unit === 'month' && u !== 'monats') day = addMonths(this.anchor, -n);
    else return null;
    return relativeMatch(i, i + 3, isoDay(day), 'day', 'dates/ago');
  }

  // -------------------------------------------------------------------------------------------

  /** The longest date that starts at token i, or null. */
  matchAt(i: number): DateMatch | null {
    const t = this.T[i];
    if (t === undefined) return null; // callers may look one past the last token ("Am " at the very end)
    if (t.type === 'ordinal' || t.type === 'number') {
      if (t.value.length > 10) return null;
      if (t.type === 'number' && !mayBeDayNumber(t.value)) return null;
      const v = t.type === 'ordinal' ? Number(t.value.slice(0, -1)) : intOf(t, 1, 1);
      if (v !== undefined && v >= 1 && v <= 4) {
        // "1. Quartal 2020", "4tes quartal 2018"
        let k = i + 1;
        if (t.type === 'number' && glued(t, this.at(k)) && ORDINAL_SUFFIXES.has(this.lowerAt(k))) k++;
        if (k > i + 1 || t.type === 'ordinal') {
          const p = this.numberedPeriod(i, v, k);
          if (p !== null) return p;
        }
      }
      return this.explicitDay(i);
    }
    if (t.type !== 'word') return null;
    const w = t.lower;
    switch (START_KINDS.get(w)) {
      case undefined: return null;
      case StartKind.Weekday: return this.weekday(i);
      case StartKind.Month: return this.monthDay(i) ?? this.month(i);
      case StartKind.Season: return this.season(i);
      case StartKind.Modifier: return this.modified(i);
      case StartKind.RelativeDay: return this.relativeDay(i);
      case StartKind.Ago: return this.ago(i);
      case StartKind.QuarterCode: return this.periodYear(i, i + 1, `Q${QUARTER_CODES.get(w)!}`, 'quarter', 'dates/quarter-code');
      case StartKind.HalfCode: return this.periodYear(i, i + 1, `H${HALF_CODES.get(w)!}`, 'half', 'dates/half-code');
      case StartKind.Later: break;
    }
    const po = PERIOD_ORDINALS.get(w);
    if (po !== undefined) {
      const p = this.numberedPeriod(i, po, i + 1);
      if (p !== null) return p;
    }
    if (DAY_ORDINAL_WORDS.has(w)) return this.nthWeekday(i) ?? this.explicitDay(i);
    const roman = ROMAN_PERIOD_NUMBERS.get(w);
    if (roman !== undefined && w.endsWith('.')) return this.numberedPeriod(i, roman, i + 1);
    if (roman !== undefined && this.at(i + 1)?.value === '.' && glued(t, this.at(i + 1))) return this.numberedPeriod(i, roman, i + 2);
    const part = YEAR_PART_WORDS.get(w);
    if (part !== undefined) {
      // "zum Jahresende 2023"
      const y = this.yearAt(i + 1, 1900, 2099);
      if (y === undefined) return null;
      return withModifier(new Match(i, i + 2, String(y), 'year', 'dates/year-part-year', [this.spanOf(i + 1, y)]), part);
    }
    if (DEICTICS.has(w)) return this.deictic(i);
    return null;
  }
}

/** One day as dayPart reads it; a class for one hidden class (see Match). */
class DayPart {
  y: number | undefined = undefined;
  ys: YearSpan | undefined = undefined;
  /** "10.10" with no final period, "15ten": a date only after "am", "vom" … */
  weak = false;
  constructor(
    public first: number,
    public last: number,
    public d: number | undefined,
    public m: number | undefined,
    public rule: string,
  ) {}
}

/** A day part that is weak ("10.10", "15ten"). */
function weakPart(first: number, last: number, d: number, m: number | undefined, rule: string): DayPart {
  const p = new DayPart(first, last, d, m, rule);
  p.weak = true;
  return p;
}

/** A day part with its year written inside the same token ("16.03.2017", "2017-03-16"). */
function partWithYear(first: number, last: number, d: number, m: number, y: number, ys: YearSpan, rule: string): DayPart {
  const p = new DayPart(first, last, d, m, rule);
  p.y = y;
  p.ys = ys;
  return p;
}

/** "2019/20" or "2019/2020": the first year, when the second follows it. */
export function yearPair(t: Token | undefined): { y: number; y2: number; secondDigits: number } | undefined {
  if (t === undefined || t.type !== 'number') return undefined;
  const v = t.value;
  // "2019/20" or "2019/2020": seven or nine chars, the slash fifth (asked of every number the years pass)
  if ((v.length !== 7 && v.length !== 9) || v.charCodeAt(4) !== 47) return undefined;
  const slash = v.indexOf('/');
  if (slash !== 4 || !allDigits(v.slice(0, 4))) return undefined;
  const rest = v.slice(5);
  if (!allDigits(rest) || (rest.length !== 2 && rest.length !== 4)) return undefined;
  const y = Number(v.slice(0, 4));
  const y2 = rest.length === 2 ? Math.floor(y / 100) * 100 + Number(rest) + ((y % 100) === 99 ? 100 : 0) : Number(rest);
  if (y2 !== y + 1 || y < 1900 || y > 2099) return undefined;
  return { y, y2, secondDigits: rest.length };
}

/** Is the token before `i` a noun that makes "2019/20" a fiscal/school year ("Geschäftsjahr 2019/20")? */
export function isYearPairNoun(t: Token | undefined): boolean {
  return t !== undefined && YEAR_PAIR_NOUNS.has(t.lower);
}

/** All dates in the text, in order, not overlapping. Tokens with `skip[i]` set are not looked at. */
export function scanDates(ctx: Context, anchor: Ymd | undefined, skip?: Uint8Array): DateMatch[] {
  const s = new Scanner(ctx, anchor);
  const out: DateMatch[] = [];
  const tokens = ctx.tokens; // a local: matchAt is a call, after which ctx.tokens would be read again
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (skip !== undefined && skip[i] === 1) continue;
    const t = tokens[i]!;
    // the cheap rejections of matchAt, here: most tokens then cost no call of the big matchAt
    const type = t.type;
    if (type === 'word') {
      if (!START_KINDS.mayList(t.lower)) continue;
    } else if (type === 'number') {
      if (!mayBeDayNumber(t.value) || !mayStartWithNumber(t, tokens[i + 1])) continue;
    } else if (type !== 'ordinal') {
      continue;
    }
    const m = s.matchAt(i);
    if (m === null || m.last <= i) continue;
    out.push(m);
    i = m.last - 1;
  }
  return out;
}

/** The explicit (not relative) day-precision date starting at token i, for the release header. */
export function absoluteDayAt(ctx: Context, i: number): DateMatch | null {
  const s = new Scanner(ctx, undefined);
  const m = s.matchAt(i);
  return m !== null && m.precision === 'day' && m.relative !== true ? m : null;
}

/** The explicit (not relative) month-precision date starting at token i ("im Juni 1997"), for datelines. */
export function monthAt(ctx: Context, i: number): DateMatch | null {
  const s = new Scanner(ctx, undefined);
  const j = ctx.tokens[i]?.lower === 'im' ? i + 1 : i;
  const m = s.matchAt(j);
  return m !== null && m.precision === 'month' && m.relative !== true ? m : null;
}

// live samples keep the layouts of every document's matches, day parts and scanner (see engine/keep-alive.ts)
keepLayout(new Match(0, 1, '2024-03-01', 'day', 'sample', []));
keepLayout(new DayPart(0, 1, 1, 3, 'sample'));
keepLayout(new Scanner(makeContext('1. März 2024'), undefined));
