/**
 * English dates and year mentions over tokens:
 * "March 16, 2017", "Jan. 9, 2024", "16 March 2017", "March 2017", "in March", "Q1 2024",
 * "first quarter of 2024", "first half of 2026", "H1 2024", "spring 2018", "end of 2018",
 * "early 2020", "mid-2020", "2017-03-16", "today", "on Thursday"; years: "in 2016", "fiscal 2023",
 * "FY2023", "this year", "last year", "next year".
 */
import type { DateFact, YearFact } from '../facts.js';
import type { Context, Located } from '../engine/context.js';
import type { Token } from '../text/tokens.js';
import {
  AMBIGUOUS_MONTHS, DATE_PREPOSITIONS, EN_MONTHS, EN_ORDINALS, EN_SEASONS, EN_WEEKDAYS, RELATIVE_YEARS,
  NOT_COUNTED, SCALES, CURRENCY_SYMBOLS, CURRENCY_CODES,
} from './lexicon.js';
import { addDays, isCapWord, isoDay, phraseAt, validDay, weekdayOf } from './util.js';

const DAY_TOKEN = /^(\d{1,2})(?:st|nd|rd|th)?$/u;
const YEAR_TOKEN = /^(1[89]\d\d|20\d\d|2100)$/u;
const ISO_TOKEN = /^(\d{4})-(\d{2})-(\d{2})$/u;
const US_TOKEN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u;
const FY_TOKEN = /^fy-?(\d{2}|\d{4})$/u;
const QUARTER_TOKEN = /^(?:q([1-4])|([1-4])q)$/u;
const HALF_TOKEN = /^(?:h([12])|([12])h)$/u;
const YEAR_RANGE_TOKEN = /^(1[89]\d\d|20\d\d)[/–-](\d{2}|\d{4})$/u;
const MID_YEAR = /^mid-(\d{4})$/u;

function yearOf(t: Token | undefined): number | undefined {
  if (t === undefined || t.type !== 'number') return undefined;
  const m = YEAR_TOKEN.exec(t.value);
  return m === null ? undefined : Number(m[1]);
}

function dayOf(t: Token | undefined): number | undefined {
  if (t === undefined || (t.type !== 'number' && t.type !== 'ordinal')) return undefined;
  const m = DAY_TOKEN.exec(t.value.replace(/\.$/u, ''));
  if (m === null) return undefined;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : undefined;
}

function monthOf(t: Token | undefined): number | undefined {
  if (t === undefined || t.type !== 'word') return undefined;
  return EN_MONTHS.get(t.lower);
}

export interface EnglishDates {
  dates: Located<DateFact>[];
  years: Located<YearFact>[];
}

/** Dates and years in one pass. `anchor` (YYYY-MM-DD) resolves relative expressions. */
export function findEnglishDates(ctx: Context, anchor: string | undefined): EnglishDates {
  const toks = ctx.tokens;
  const n = toks.length;
  const dates: Located<DateFact>[] = [];
  const years: Located<YearFact>[] = [];
  const yearTaken = new Uint8Array(n);
  const anchorYear = anchor === undefined ? undefined : Number(anchor.slice(0, 4));

  const addDate = (first: number, last: number, f: Omit<DateFact, 'text' | 'start' | 'end'>): void => {
    dates.push({ fact: { ...ctx.evidence(first, last), ...f }, first, last });
  };
  const addYear = (i: number, year: number, rule: string, last = i + 1, relative = false): void => {
    if (yearTaken[i] === 1) return;
    yearTaken[i] = 1;
    const fact: YearFact = { ...ctx.evidence(i, last), year, rule };
    if (relative) fact.relative = true;
    years.push({ fact, first: i, last });
  };

  for (let i = 0; i < n; i++) {
    if (ctx.boilerplate[i] === 1) continue;
    const t = toks[i]!;
    const prev = toks[i - 1];
    const next = toks[i + 1];

    // month-first: "March 16, 2017", "Jan. 9, 2024", "March 16" (year from the release)
    const month = monthOf(t);
    if (month !== undefined && (!AMBIGUOUS_MONTHS.has(t.lower) || isCapWord(t))) {
      let j = i + 1;
      if (toks[j]?.value === '.' && !toks[j]!.spaceBefore) j++;
      const day = dayOf(toks[j]);
      if (day !== undefined && toks[j]!.type === 'number' && yearOf(toks[j]) === undefined) {
        let k = j + 1;
        // range "March 16-18, 2020"
        let until: number | undefined;
        if ((toks[k]?.value === '-' || toks[k]?.value === '–') && dayOf(toks[k + 1]) !== undefined) {
          until = dayOf(toks[k + 1]);
          k += 2;
        }
        if (toks[k]?.value === ',') k++;
        const y = yearOf(toks[k]);
        if (y !== undefined && validDay(y, month, day)) {
          const f: Omit<DateFact, 'text' | 'start' | 'end'> = { value: isoDay(y, month, day), precision: 'day', rule: 'dates/month-day-year' };
          if (until !== undefined && validDay(y, month, until) && until > day) f.until = isoDay(y, month, until);
          addDate(i, k + 1, f);
          addYear(k, y, 'years/in-date');
          i = k;
          continue;
        }
        if (anchorYear !== undefined && y === undefined && isCapWord(t) && validDay(anchorYear, month, day) && toks[j + 1]?.type !== 'number') {
          addDate(i, j + 1, { value: isoDay(anchorYear, month, day), precision: 'day', relative: true, rule: 'dates/month-day' });
          i = j;
          continue;
        }
      }
      // "March 2017", "March of 2017"
      let k = i + 1;
      if (toks[k]?.lower === 'of') k++;
      const y = yearOf(toks[k]);
      if (y !== undefined && isCapWord(t)) {
        const mod = modifierBefore(toks, i);
        const f: Omit<DateFact, 'text' | 'start' | 'end'> = { value: `${y}-${String(month).padStart(2, '0')}`, precision: 'month', rule: 'dates/month-year' };
        if (mod !== undefined) f.modifier = mod.modifier;
        addDate(mod?.first ?? i, k + 1, f);
        addYear(k, y, 'years/in-date');
        i = k;
        continue;
      }
      // "in March" (year from the release)
      if (anchorYear !== undefined && isCapWord(t) && prev !== undefined && (DATE_PREPOSITIONS.has(prev.lower) || prev.lower === 'of') && t.value.length >= 3 && !t.value.endsWith('.')) {
        const mod = modifierBefore(toks, i);
        // "since December", "last March": the most recent such month; otherwise the release year
        const anchorMonth = Number(anchor!.slice(5, 7));
        const before = toks[i - 2];
        const pastVerb = before !== undefined && (PAST_MARKERS.has(before.lower) || (before.lower.endsWith('ed') && before.lower.length > 4));
        const past = (prev.lower === 'since' || prev.lower === 'last' || pastVerb) && month > anchorMonth;
        const y = past ? anchorYear - 1 : anchorYear;
        const f: Omit<DateFact, 'text' | 'start' | 'end'> = { value: `${y}-${String(month).padStart(2, '0')}`, precision: 'month', relative: true, rule: 'dates/month-alone' };
        if (mod !== undefined) f.modifier = mod.modifier;
        addDate(mod?.first ?? i, i + 1, f);
        continue;
      }
    }

    // day-first: "16 March 2017", "5 June 2023", "16th March"
    const dayFirst = dayOf(t);
    if (dayFirst !== undefined && t.type !== 'word') {
      let j = i + 1;
      if (toks[j]?.lower === 'of') j++;
      const m2 = monthOf(toks[j]);
      if (m2 !== undefined && isCapWord(toks[j])) {
        let k = j + 1;
        if (toks[k]?.value === '.' && !toks[k]!.spaceBefore) k++;
        if (toks[k]?.value === ',') k++;
        const y = yearOf(toks[k]);
        if (y !== undefined && validDay(y, m2, dayFirst)) {
          addDate(i, k + 1, { value: isoDay(y, m2, dayFirst), precision: 'day', rule: 'dates/day-month-year' });
          addYear(k, y, 'years/in-date');
          i = k;
          continue;
        }
        if (anchorYear !== undefined && validDay(anchorYear, m2, dayFirst)) {
          addDate(i, j + 1, { value: isoDay(anchorYear, m2, dayFirst), precision: 'day', relative: true, rule: 'dates/day-month' });
          i = j;
          continue;
        }
      }
    }

    if (t.type === 'number') {
      // ISO and US numeric dates
      const iso = ISO_TOKEN.exec(t.value);
      if (iso !== null && validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))) {
        addDate(i, i + 1, { value: t.value, precision: 'day', rule: 'dates/iso' });
        addYear(i, Number(iso[1]), 'years/in-date');
        continue;
      }
      const us = US_TOKEN.exec(t.value);
      if (us !== null) {
        let mo = Number(us[1]);
        let d = Number(us[2]);
        if (mo > 12 && d <= 12) [mo, d] = [d, mo];
        const y = Number(us[3]);
        if (validDay(y, mo, d)) {
          addDate(i, i + 1, { value: isoDay(y, mo, d), precision: 'day', rule: 'dates/us-numeric' });
          addYear(i, y, 'years/in-date');
        }
        continue;
      }
      const range = YEAR_RANGE_TOKEN.exec(t.value);
      if (range !== null) {
        const y1 = Number(range[1]);
        const y2 = range[2]!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(range[2]) : Number(range[2]);
        if (y2 === y1 + 1 || (y2 > y1 && y2 - y1 < 30)) {
          addYear(i, y1, 'years/range');
          years.push({ fact: { ...ctx.evidence(i, i + 1), year: y2, rule: 'years/range' }, first: i, last: i + 1 });
        }
        continue;
      }
    }

    // "Q1 2024", "Q1/2024", "1Q 2024", "H1 2024"
    const q = QUARTER_TOKEN.exec(t.lower);
    const h = q === null ? HALF_TOKEN.exec(t.lower) : null;
    if (q !== null || h !== null) {
      let k = i + 1;
      if (toks[k]?.value === '/' || toks[k]?.value === '-' || toks[k]?.lower === 'of') k++;
      let y = yearOf(toks[k]);
      const fy = toks[k] === undefined ? null : FY_TOKEN.exec(toks[k]!.lower);
      if (y === undefined && fy !== null) y = fyYear(fy[1]!);
      if (y !== undefined) {
        const value = q !== null ? `${y}-Q${q[1] ?? q[2]}` : `${y}-H${h![1] ?? h![2]}`;
        addDate(i, k + 1, { value, precision: q !== null ? 'quarter' : 'half', rule: q !== null ? 'dates/q-year' : 'dates/h-year' });
        addYear(k, y, 'years/in-date');
        i = k;
        continue;
      }
    }

    // "first quarter of 2024", "second half of 2024", "first-quarter 2024", "first quarter of last year"
    const ord = EN_ORDINALS.get(t.lower);
    if (ord !== undefined) {
      let j = i + 1;
      if (toks[j]?.value === '-' && !toks[j]!.spaceBefore) j++;
      const unit = toks[j]?.lower;
      if ((unit === 'quarter' && ord <= 4) || (unit === 'half' && ord <= 2)) {
        let k = j + 1;
        if (toks[k]?.lower === 'of') k++;
        if (toks[k]?.lower === 'fiscal' || toks[k]?.lower === 'calendar') k++;
        if (toks[k]?.lower === 'year' && yearOf(toks[k + 1]) !== undefined) k++;
        const y = yearOf(toks[k]);
        const P = unit === 'quarter' ? 'Q' : 'H';
        const precision = unit === 'quarter' ? 'quarter' : 'half';
        if (y !== undefined) {
          addDate(i, k + 1, { value: `${y}-${P}${ord}`, precision, rule: `dates/ordinal-${unit}-year` });
          addYear(k, y, 'years/in-date');
          i = k;
          continue;
        }
        const rel = anchorYear === undefined ? undefined : phraseAt(toks, k, RELATIVE_YEARS, 4);
        if (rel !== undefined && toks[k - 1]?.lower === 'of') {
          const ry = anchorYear! + (rel.value as number);
          addDate(i, rel.last, { value: `${ry}-${P}${ord}`, precision, relative: true, rule: `dates/ordinal-${unit}-relative` });
          addYear(k, ry, 'years/relative', rel.last, true);
          i = rel.last - 1;
          continue;
        }
      }
    }

    // seasons: "spring 2018", "summer of 2019", "winter 2019/20"
    const season = EN_SEASONS.get(t.lower);
    if (season !== undefined) {
      let k = i + 1;
      if (toks[k]?.lower === 'of') k++;
      const y = yearOf(toks[k]);
      const yr = y === undefined && toks[k] !== undefined ? YEAR_RANGE_TOKEN.exec(toks[k]!.value) : null;
      const year = y ?? (yr !== null ? Number(yr[1]) : undefined);
      if (year !== undefined) {
        const mod = modifierBefore(toks, i);
        const f: Omit<DateFact, 'text' | 'start' | 'end'> = { value: `${year}-${season}`, precision: 'season', rule: 'dates/season-year' };
        if (mod !== undefined) f.modifier = mod.modifier;
        addDate(mod?.first ?? i, k + 1, f);
        if (yr === null) addYear(k, year, 'years/in-date');
        i = k;
        continue;
      }
    }

    // "end of 2018", "early 2020", "mid-2020", "the beginning of 2021"
    const midYear = MID_YEAR.exec(t.lower);
    if (midYear !== null) {
      const y = Number(midYear[1]);
      addDate(i, i + 1, { value: String(y), precision: 'year', modifier: 'mid', rule: 'dates/modifier-year' });
      continue;
    }
    const y0 = yearOf(t);
    if (y0 !== undefined) {
      const mod = modifierBefore(toks, i);
      if (mod !== undefined) {
        addDate(mod.first, i + 1, { value: String(y0), precision: 'year', modifier: mod.modifier, rule: 'dates/modifier-year' });
        addYear(i, y0, 'years/in-date');
        continue;
      }
    }

    // today / yesterday / tomorrow, weekdays
    if (anchor !== undefined && t.type === 'word') {
      if (t.lower === 'today' || t.lower === 'yesterday' || t.lower === 'tomorrow') {
        const shift = t.lower === 'today' ? 0 : t.lower === 'yesterday' ? -1 : 1;
        addDate(i, i + 1, { value: addDays(anchor, shift), precision: 'day', relative: true, rule: `dates/${t.lower}` });
        continue;
      }
      const wd = EN_WEEKDAYS.get(t.lower);
      // "on Tuesday" (not "Tuesday, March 5": the date itself follows)
      if (wd !== undefined && isCapWord(t) && prev !== undefined && (prev.lower === 'on' || prev.lower === 'last' || prev.lower === 'next' || prev.lower === 'this') && !(next?.value === ',' && monthOf(toks[i + 2]) !== undefined)) {
        const base = weekdayOf(anchor);
        let shift = wd - base;
        if (prev.lower === 'next') shift = shift <= 0 ? shift + 7 : shift;
        else if (prev.lower === 'last') shift = shift >= 0 ? shift - 7 : shift;
        else if (shift > 3) shift -= 7;
        else if (shift < -3) shift += 7;
        addDate(i, i + 1, { value: addDays(anchor, shift), precision: 'day', relative: true, rule: 'dates/weekday' });
        continue;
      }
    }

    // relative years: "this year", "last year", "next year", "the previous year"
    if (anchorYear !== undefined && t.type === 'word') {
      const rel = phraseAt(toks, i, RELATIVE_YEARS, 4);
      if (rel !== undefined) {
        addYear(i, anchorYear + (rel.value as number), 'years/relative', rel.last, true);
        i = rel.last - 1;
        continue;
      }
    }

    // "FY2023", "FY 2023", "fiscal 2023", and plain years in year context
    const fy = t.type === 'word' ? FY_TOKEN.exec(t.lower) : null;
    if (fy !== null) {
      addYear(i, fyYear(fy[1]!), 'years/fy');
      continue;
    }
    if (y0 !== undefined && next?.value !== '%' && isYearContext(toks, i)) {
      addYear(i, y0, prev !== undefined && (prev.lower === 'fiscal' || prev.lower === 'fy') ? 'years/fiscal' : 'years/plain');
    }
    void next;
  }
  return { dates, years };
}

const PAST_MARKERS = new Set(['was', 'were', 'had', 'did', 'ago', 'earlier', 'began', 'began', 'took', 'came', 'won', 'made', 'rose', 'fell', 'grew', 'paid', 'held', 'sold', 'set', 'went', 'met']);

function fyYear(s: string): number {
  return s.length === 2 ? 2000 + Number(s) : Number(s);
}

const MODIFIERS: ReadonlyMap<string, 'start' | 'mid' | 'end'> = new Map([
  ['early', 'start'], ['beginning of', 'start'], ['the beginning of', 'start'], ['start of', 'start'], ['the start of', 'start'],
  ['mid', 'mid'], ['mid-', 'mid'], ['middle of', 'mid'], ['the middle of', 'mid'], ['mid -', 'mid'],
  ['late', 'end'], ['end of', 'end'], ['the end of', 'end'], ['end-', 'end'], ['end -', 'end'],
]);

/** "early", "the end of", "mid-" right before token i. */
function modifierBefore(toks: readonly Token[], i: number): { modifier: 'start' | 'mid' | 'end'; first: number } | undefined {
  let best: { modifier: 'start' | 'mid' | 'end'; first: number } | undefined;
  let key = '';
  for (let k = 1; k <= 3 && i - k >= 0; k++) {
    const t = toks[i - k]!;
    key = k === 1 ? t.lower : `${t.lower} ${key}`;
    const m = MODIFIERS.get(key);
    if (m !== undefined) best = { modifier: m, first: i - k };
  }
  // "the end of" counts from "end": the article is not part of the date
  if (best !== undefined && toks[best.first]!.lower === 'the') best.first++;
  return best;
}

const YEAR_FOLLOWERS = new Set([',', '.', ')', ';', ':', 'and', 'or', 'to', '-', '–', '/', '"', '”', '?', '!', 'when', 'after', 'before', 'as', 'compared', 'versus', 'vs', 'vs.', 'while', 'with', 'the', 'it', 'we', 'is', 'was', 'will', 'has', 'have', 'had', 'in', 'on', 'at', 'for', 'of', 'from', 'by', 'results']);

/** A four-digit number that names a calendar year, not a count, code, price or part of a name. */
function isYearContext(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev !== undefined && !prev.spaceBefore && (prev.value === '-' || prev.value === '/')) return false; // HLX-2019, 05/2019 handled elsewhere
  if (prev !== undefined && (CURRENCY_SYMBOLS.has(prev.lower) || CURRENCY_CODES.has(prev.lower) || prev.lower === 'no.' || prev.value === '#' || prev.lower === 'iso' || prev.lower === 'nr.')) return false;
  if (next !== undefined && next.type === 'word') {
    if (SCALES.has(next.lower) || next.lower === 'percent') return false;
    // a counted noun after it: "2000 employees"
    if (next.lower.endsWith('s') && !NOT_COUNTED.has(next.lower) && next.lower === next.value) return false;
  }
  if (prev !== undefined && (DATE_PREPOSITIONS.has(prev.lower) || EN_MONTHS.has(prev.lower) || EN_SEASONS.has(prev.lower))) return true;
  if (prev !== undefined && isCapWord(prev) && !prev.newlineBefore) {
    // "Vision 2030", "Agenda 2030": part of a name (a capitalised word mid-sentence)
    const pp = toks[i - 2];
    const sentenceStart = pp === undefined || pp.value === '.' || pp.value === '\n' || prev.newlineBefore;
    if (!sentenceStart) return false;
  }
  if (next === undefined || YEAR_FOLLOWERS.has(next.lower) || next.newlineBefore) return true;
  return false;
}
