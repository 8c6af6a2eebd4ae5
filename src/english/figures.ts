/**
 * English money, percentages, headcounts and quantities: one pass over the numbers, each
 * number used once. "$40 million", "EUR 12.5m", "€1.2bn", "USD 3 billion", "£2.5 million",
 * "between €870 million and €900 million", "12.5%", "2.1 percentage points", "270 employees",
 * "200 new jobs", "cut 425 positions", "9,000 homes", "32,000 square feet".
 */
import type { HeadcountFact, MoneyFact, MoneyMetric, PercentageFact, Qualifier, QuantityFact, YearFact } from '../facts.js';
import type { Context, Located } from '../engine/context.js';
import type { Token } from '../text/tokens.js';
import {
  AREA_UNITS, COUNT_ADJECTIVES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DECREASE_WORDS, EMPLOY_WORDS,
  EMPLOYEE_NOUNS, EN_QUALIFIERS, HIRING_WORDS, INCREASE_WORDS, JOB_NOUNS, MEASURE_UNITS, MEMBER_NOUNS,
  METRIC_WORDS, NOT_COUNTED, POPULATION_NOUNS, WORKFORCE_NOUNS, EN_MONTHS,
} from './lexicon.js';
import { readNumber, round, type NumberSpan } from './numbers.js';
import { clauseRange, nearSentence, phraseAt, phraseBefore, sentenceRange } from './util.js';

export interface EnglishFigures {
  money: MoneyFact[];
  headcounts: HeadcountFact[];
  quantities: QuantityFact[];
  percentages: PercentageFact[];
}

const DASHES = new Set(['-', '–', '—', 'to']);
const PLURAL_IRREGULAR = new Set(['people', 'children', 'staff', 'personnel', 'men', 'women', 'sheep', 'fish', 'aircraft', 'feet']);
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'for', 'per', 'from', 'by', 'with', 'on', 'at', 'is', 'are', 'was',
  'were', 'will', 'be', 'been', 'has', 'have', 'had', 'than', 'that', 'which', 'who', 'as', 'into', 'over', 'under',
  'up', 'down', 'out', 'off', 'its', 'their', 'our', 'his', 'her', 'this', 'these', 'those', 'each', 'year', 'month',
  'week', 'day', 'since', 'until', 'after', 'before', 'between', 'about', 'while', 'when', 'would', 'could', 'can',
  'may', 'should', 'not', 'no', 'so', 'it', 'they', 'we', 'you', 'he', 'she', 'there', 'here', 'also', 'across',
  'through', 'during', 'against', 'among', 'via', 'if', 'but', 'then', 'times', 'more', 'less', 'fewer', 'most',
]);
const EMPLOY_VERBS_AFTER = new Set(['employs', 'employ', 'employed', 'employing']);
const POSSESSIVES = new Set(['its', 'their', 'our', 'his', 'her', 'the']);
const NOW_WORDS = new Set(['currently', 'now', 'today', 'presently']);

/** The currency of a prefix at token i ("$", "US$", "EUR", "€"): ISO code and the first token after it. */
function currencyPrefix(toks: readonly Token[], i: number): { currency: string; next: number } | undefined {
  const t = toks[i]!;
  if (t.type === 'symbol' || t.type === 'other' || t.type === 'punct') {
    const c = CURRENCY_SYMBOLS.get(t.lower);
    if (c === undefined) return undefined;
    // "US$" written as "US" "$"
    return { currency: c, next: i + 1 };
  }
  if (t.type === 'word') {
    if (t.lower === 'us' && toks[i + 1]?.value === '$' && !toks[i + 1]!.spaceBefore) return { currency: 'USD', next: i + 2 };
    if (CURRENCY_CODES.has(t.lower) && t.value === t.value.toUpperCase()) return { currency: t.value.toUpperCase() === 'RMB' ? 'CNY' : t.value.toUpperCase(), next: i + 1 };
    const c = CURRENCY_SYMBOLS.get(t.lower);
    if (c !== undefined && t.value.length > 1) return { currency: c, next: i + 1 };
  }
  return undefined;
}

/** A currency written after the number ("40 million euros", "12 million USD"). */
function currencySuffix(toks: readonly Token[], i: number): { currency: string; last: number } | undefined {
  const t = toks[i];
  if (t === undefined || t.type !== 'word') return undefined;
  if (t.lower === 'us' && toks[i + 1]?.lower.startsWith('dollar')) return { currency: 'USD', last: i + 2 };
  if (CURRENCY_CODES.has(t.lower) && t.value === t.value.toUpperCase()) return { currency: t.value, last: i + 1 };
  const w = phraseAt(toks, i, CURRENCY_WORDS, 2);
  if (w !== undefined) return { currency: w.value as string, last: w.last };
  return undefined;
}

function qualifierBefore(toks: readonly Token[], i: number): { qualifier: Qualifier; first: number } | undefined {
  const q = phraseBefore(toks, i, EN_QUALIFIERS, 4);
  if (q === undefined) return undefined;
  // "no more than" is at_most, not more_than: the longest phrase already wins
  return { qualifier: q.value as Qualifier, first: q.first };
}

export function findEnglishFigures(ctx: Context, years: readonly Located<YearFact>[], anchor: string | undefined): EnglishFigures {
  const toks = ctx.tokens;
  const n = toks.length;
  const used = new Uint8Array(n);
  const out: EnglishFigures = { money: [], headcounts: [], quantities: [], percentages: [] };
  const yearAt = new Map<number, number>();
  for (const y of years) for (let k = y.first; k < y.last; k++) yearAt.set(k, y.fact.year);
  const anchorYear = anchor === undefined ? undefined : Number(anchor.slice(0, 4));

  /** Tokens that hold a figure's number (not a year, not a day): a year is not tied across them. */
  const isFigureNumber = (k: number): boolean => {
    const t = toks[k]!;
    return (t.type === 'number' && !yearAt.has(k) && !EN_MONTHS.has(toks[k - 1]?.lower ?? '') && (toks[k + 1]?.value !== ',' || !EN_MONTHS.has(toks[k - 1]?.lower ?? '')))
      || (t.type === 'symbol' && t.value !== '%');
  };
  /**
   * The year a figure belongs to: the nearest year in its clause with no other figure between them;
   * else the one year of the sentence that stands in a clause without a figure of its own
   * ("For fiscal 2024, the company expects revenue of €870 million"); "currently"/"now" → release year.
   */
  const yearFor = (first: number, last: number): number | undefined => {
    const c = clauseRange(ctx, first, last);
    let best: number | undefined;
    let bestDist = Infinity;
    let now = false;
    for (let k = c.first; k < c.last; k++) {
      const y = yearAt.get(k);
      if (y !== undefined && (k < first || k >= last)) {
        let blocked = false;
        for (let j = Math.min(k, last); j < Math.max(k, first); j++) if (isFigureNumber(j) && (j < first || j >= last)) { blocked = true; break; }
        const d = k < first ? first - k : k - last + 1;
        if (!blocked && d < bestDist) { bestDist = d; best = y; }
      }
      if (NOW_WORDS.has(toks[k]!.lower)) now = true;
    }
    if (best !== undefined) return best;
    const s = nearSentence(ctx, first, last);
    const seen = new Set<number>();
    let any = false;
    for (let k = s.first; k < s.last; k++) {
      const y = yearAt.get(k);
      if (y === undefined) continue;
      any = true;
      if (k >= c.first && k < c.last) continue; // in the figure's own clause but blocked by another figure
      const yc = clauseRange(ctx, k, k + 1);
      let figure = false;
      for (let j = yc.first; j < yc.last; j++) if (isFigureNumber(j)) { figure = true; break; }
      if (!figure) seen.add(y);
    }
    if (seen.size === 1) return [...seen][0];
    if (!any && now && anchorYear !== undefined) return anchorYear;
    return undefined;
  };

  const metricFor = (first: number, last: number): MoneyMetric | undefined => {
    const s = sentenceRange(ctx, first);
    // nearest keyword before, within 12 tokens, not across a semicolon
    for (let k = first - 1; k >= Math.max(s.first, first - 12); k--) {
      if (toks[k]!.value === ';') break;
      const two = k > 0 ? `${toks[k - 1]!.lower} ${toks[k]!.lower}` : '';
      const m = METRIC_WORDS.get(two) ?? METRIC_WORDS.get(toks[k]!.lower);
      if (m !== undefined) return m;
    }
    for (let k = last; k < Math.min(s.last, last + 3); k++) {
      const two = k + 1 < n ? `${toks[k]!.lower} ${toks[k + 1]!.lower}` : '';
      const m = METRIC_WORDS.get(two) ?? METRIC_WORDS.get(toks[k]!.lower);
      if (m !== undefined) return m;
    }
    return undefined;
  };

  /** Money at token i (currency first or number first), with an optional range. */
  type MoneyRead = { amount: number; max?: number; currency: string; first: number; last: number; rule: string; trim: number };
  const readMoney = (i: number): MoneyRead | undefined => {
    const pre = currencyPrefix(toks, i);
    if (pre !== undefined) {
      const num = readNumber(toks, pre.next);
      if (num === undefined || toks[pre.next]!.start - toks[pre.next - 1]!.end > 1) return undefined;
      let last = num.last;
      let max: number | undefined = num.max;
      let amount = num.value;
      let trim = num.trim;
      // "$10-12 million", "€870 million to €900 million", "between €870 million and €900 million"
      const sep = toks[last];
      const between = toks[i - 1]?.lower === 'between' || toks[i - 2]?.lower === 'between';
      if (sep !== undefined && (DASHES.has(sep.lower) || (between && sep.lower === 'and'))) {
        let j = last + 1;
        const pre2 = currencyPrefix(toks, j);
        if (pre2 !== undefined && pre2.currency === pre.currency) j = pre2.next;
        const num2 = readNumber(toks, j);
        if (num2 !== undefined) {
          let lo = num.value;
          if (!num.scaled && num2.scaled) lo = round(num.value * (num2.value / Number(toks[num2.first]!.value.replace(/,/gu, ''))));
          if (num2.value > lo) { amount = lo; max = num2.value; last = num2.last; trim = num2.trim; }
        }
      }
      const r: MoneyRead = { amount, currency: pre.currency, first: i, last, rule: max === undefined ? 'money/currency-number' : 'money/currency-range', trim };
      if (max !== undefined) r.max = max;
      return r;
    }
    const num = readNumber(toks, i);
    if (num === undefined) return undefined;
    let last = num.last;
    let max: number | undefined;
    let amount = num.value;
    const sep = toks[last];
    if (sep !== undefined && DASHES.has(sep.lower)) {
      const num2 = readNumber(toks, last + 1);
      if (num2 !== undefined && currencySuffix(toks, num2.last) !== undefined) {
        let lo = num.value;
        if (!num.scaled && num2.scaled) lo = round(num.value * (num2.value / Number(toks[num2.first]!.value.replace(/,/gu, ''))));
        if (num2.value > lo) { amount = lo; max = num2.value; last = num2.last; }
      }
    }
    if (num.trim > 0) return undefined;
    if (max === undefined && num.max !== undefined) max = num.max;
    const suf = currencySuffix(toks, last);
    if (suf === undefined) return undefined;
    const r: MoneyRead = { amount, currency: suf.currency.toUpperCase(), first: i, last: suf.last, rule: 'money/number-currency', trim: 0 };
    if (max !== undefined) r.max = max;
    return r;
  };

  /** Ties a figure to its year, adds it and marks its tokens used; returns the index the scan goes on from. */
  const keep = <F extends { year?: number }>(list: F[], fact: F, first: number, last: number): number => {
    const y = yearFor(first, last);
    if (y !== undefined) fact.year = y;
    list.push(fact);
    used.fill(1, first, last);
    return last - 1;
  };

  for (let i = 0; i < n; i++) {
    if (used[i] === 1 || ctx.boilerplate[i] === 1) continue;
    const t = toks[i]!;
    if (t.type !== 'number' && t.type !== 'symbol' && t.type !== 'word' && t.type !== 'other' && t.type !== 'punct') continue;

    // money
    const money = readMoney(i);
    if (money !== undefined) {
      const q = qualifierBefore(toks, money.first);
      const fact: MoneyFact = { ...ctx.evidenceOfChars(toks[money.first]!.start, toks[money.last - 1]!.end - money.trim), amount: money.amount, currency: money.currency, qualifier: q?.qualifier ?? 'exact', rule: money.rule };
      if (money.max !== undefined) fact.max = money.max;
      const metric = metricFor(money.first, money.last);
      if (metric !== undefined) fact.metric = metric;
      i = keep(out.money, fact, money.first, money.last);
      continue;
    }

    const num = readNumber(toks, i, true);
    if (num === undefined) continue;
    if (num.word && (toks[i - 1]?.lower === 'one' || toks[i + 1]?.value === '-')) continue;
    const prev = toks[i - 1];
    // not a figure: "Phase 2", "Q2", "HLX-201", "No. 3", a part of a date
    if (prev !== undefined && !prev.spaceBefore && prev.value === '-' ) continue;
    if (prev !== undefined && EN_MONTHS.has(prev.lower)) continue;

    // percentages: "12.5%", "50 percent", "2.1 percentage points", "5-7%", "50 basis points"
    const pct = readPercent(toks, num);
    if (pct !== undefined) {
      const q = qualifierBefore(toks, i);
      const fact: PercentageFact = { ...ctx.evidence(i, pct.last), value: pct.value, qualifier: q?.qualifier ?? 'exact', unit: pct.unit, rule: pct.rule };
      if (pct.max !== undefined) fact.max = pct.max;
      i = keep(out.percentages, fact, i, pct.last);
      continue;
    }

    // counted nouns
    const counted = readCounted(toks, num);
    if (counted !== undefined && num.value >= 1) {
      const q = qualifierBefore(toks, i);
      const before = Math.max(sentenceRange(ctx, i).first, (q?.first ?? i) - 4);
      const clause = clauseRange(ctx, i, counted.last);
      let employ = false;
      let hiring = false;
      let decrease = false;
      let increase = counted.adjectives.some((a) => INCREASE_WORDS.has(a));
      for (let k = Math.max(clause.first, before); k < (q?.first ?? i); k++) {
        const w = toks[k]!.lower;
        if (EMPLOY_WORDS.has(w)) employ = true;
        if (HIRING_WORDS.has(w)) hiring = true;
        if (INCREASE_WORDS.has(w)) increase = true;
      }
      // a cut may stand a clause earlier: "will reduce its workforce by approximately 8%, or about 350 positions"
      for (let k = Math.max(sentenceRange(ctx, i).first, i - 12); k < (q?.first ?? i); k++) if (DECREASE_WORDS.has(toks[k]!.lower)) decrease = true;
      for (let k = counted.last; k < Math.min(counted.last + 2, n); k++) if (toks[k]!.lower === 'cuts' || toks[k]!.lower === 'redundancies') decrease = true;
      // "the 2,450 people the group already employs"
      for (let k = counted.last; k < Math.min(counted.last + 5, sentenceRange(ctx, i).last); k++) if (EMPLOY_VERBS_AFTER.has(toks[k]!.lower)) employ = true;
      let kind: HeadcountFact['kind'] | undefined;
      const noun = counted.noun;
      if (EMPLOYEE_NOUNS.has(noun)) kind = hiring && !employ ? 'jobs' : 'employees';
      else if (JOB_NOUNS.has(noun)) kind = 'jobs';
      else if (MEMBER_NOUNS.has(noun)) kind = 'members';
      else if (WORKFORCE_NOUNS.has(noun) && employ) kind = 'employees';
      else if (WORKFORCE_NOUNS.has(noun) && hiring) kind = 'jobs';
      if (kind !== undefined && !num.word) {
        const fact: HeadcountFact = { ...ctx.evidence(i, counted.last), count: num.value, qualifier: q?.qualifier ?? 'exact', kind, rule: `headcounts/number-${kind}` };
        if (decrease && !increase) fact.change = 'decrease';
        else if (increase && !decrease) fact.change = 'increase';
        i = keep(out.headcounts, fact, i, counted.last);
        continue;
      }
      const category: QuantityFact['category'] = counted.area ? 'area' : counted.measure ? 'other' : POPULATION_NOUNS.has(noun) ? 'population' : 'count';
      const fact: QuantityFact = { ...ctx.evidence(i, counted.last), value: num.value, qualifier: q?.qualifier ?? 'exact', unit: counted.unit, category, rule: `quantities/number-${category}` };
      i = keep(out.quantities, fact, i, counted.last);
      continue;
    }

    // "population of about 270,000"
    if (!num.word) {
      const q = qualifierBefore(toks, i);
      const k = q?.first ?? i;
      if (toks[k - 1]?.lower === 'of' && toks[k - 2]?.lower === 'population') {
        const fact: QuantityFact = { ...ctx.evidence(i, num.last), value: num.value, qualifier: q?.qualifier ?? 'exact', unit: 'population', category: 'population', rule: 'quantities/population-of' };
        i = keep(out.quantities, fact, i, num.last);
      }
    }
  }
  return out;
}

function readPercent(toks: readonly Token[], num: NumberSpan): { value: number; max?: number; unit: PercentageFact['unit']; last: number; rule: string } | undefined {
  if (num.word || num.scaled) return undefined;
  let j = num.last;
  let max: number | undefined = num.max;
  // "5-7%", "5 to 7 percent"
  const sep = toks[j];
  if (sep !== undefined && DASHES.has(sep.lower)) {
    const num2 = readNumber(toks, j + 1);
    if (num2 !== undefined && !num2.scaled && num2.value > num.value && percentUnit(toks, num2.last) !== undefined) {
      max = num2.value;
      j = num2.last;
    }
  }
  const unit = percentUnit(toks, j);
  if (unit === undefined) return undefined;
  const r: { value: number; max?: number; unit: PercentageFact['unit']; last: number; rule: string } = {
    value: unit.basis ? round(num.value / 100) : num.value, unit: unit.unit, last: unit.last,
    rule: unit.unit === 'percent' ? (max === undefined ? 'percentages/number-percent' : 'percentages/range-percent') : 'percentages/percentage-points',
  };
  if (max !== undefined) r.max = unit.basis ? round(max / 100) : max;
  return r;
}

function percentUnit(toks: readonly Token[], j: number): { unit: PercentageFact['unit']; last: number; basis: boolean } | undefined {
  const u = toks[j];
  if (u === undefined) return undefined;
  if (u.value === '%') {
    if (toks[j + 1]?.lower === 'points' || toks[j + 1]?.lower === 'point') return { unit: 'percentage_points', last: j + 2, basis: false };
    return { unit: 'percent', last: j + 1, basis: false };
  }
  if (u.lower === 'percent' || u.lower === 'pct' || u.lower === 'pct.') {
    return { unit: 'percent', last: j + 1, basis: false };
  }
  if (u.lower === 'per' && toks[j + 1]?.lower === 'cent') return { unit: 'percent', last: j + 2, basis: false };
  if (u.lower === 'percentage' && (toks[j + 1]?.lower === 'points' || toks[j + 1]?.lower === 'point')) return { unit: 'percentage_points', last: j + 2, basis: false };
  if (u.lower === 'pp' || u.lower === 'ppt' || u.lower === 'ppts' || u.lower === 'pps') return { unit: 'percentage_points', last: j + 1, basis: false };
  if (u.lower === 'basis' && (toks[j + 1]?.lower === 'points' || toks[j + 1]?.lower === 'point')) return { unit: 'percentage_points', last: j + 2, basis: true };
  return undefined;
}

/** The counted noun after a number: up to two adjectives, then a plural noun or a unit. */
function readCounted(toks: readonly Token[], num: NumberSpan): { noun: string; unit: string; last: number; adjectives: string[]; area: boolean; measure: boolean } | undefined {
  let j = num.last;
  // "340 of its marine employees": a workforce named after "of its"
  if (toks[j]?.lower === 'of' && POSSESSIVES.has(toks[j + 1]?.lower ?? '')) {
    for (let k = j + 2; k < Math.min(j + 5, toks.length); k++) {
      const w = toks[k]!;
      if (w.type !== 'word' || w.value !== w.lower) break;
      if (EMPLOYEE_NOUNS.has(w.lower)) return { noun: w.lower, unit: textOf(toks, j + 2, k + 1), last: k + 1, adjectives: [], area: false, measure: false };
    }
  }
  const adjectives: string[] = [];
  for (let a = 0; a < 3; a++) {
    const t = toks[j];
    if (t === undefined || t.newlineBefore) return undefined;
    // multi-word nouns and units first
    const area = phraseAt(toks, j, AREA_UNITS, 3);
    if (area !== undefined) return { noun: area.key, unit: textOf(toks, j, area.last), last: area.last, adjectives, area: true, measure: false };
    const emp = phraseAt(toks, j, EMPLOYEE_NOUNS, 3);
    if (emp !== undefined && emp.key.includes(' ')) return { noun: emp.key, unit: textOf(toks, j, emp.last), last: emp.last, adjectives, area: false, measure: false };
    if (t.type !== 'word' || t.value !== t.lower) return undefined;
    // hyphenated words come split: "start" "-" "ups", "full" "-" "time"
    const h1 = toks[j + 1];
    const h2 = toks[j + 2];
    if (h1 !== undefined && h2 !== undefined && h1.value === '-' && !h1.spaceBefore && !h2.spaceBefore && h2.type === 'word' && h2.value === h2.lower) {
      const joined = `${t.lower}-${h2.lower}`;
      if (isPluralNoun(joined) && !NOT_COUNTED.has(h2.lower)) {
        return { noun: joined, unit: textOf(toks, num.last, j + 3), last: j + 3, adjectives, area: false, measure: false };
      }
      adjectives.push(joined);
      j += 3;
      continue;
    }
    if (MEASURE_UNITS.has(t.lower)) return { noun: t.lower, unit: t.value, last: j + 1, adjectives, area: false, measure: true };
    if (NOT_COUNTED.has(t.lower)) return undefined;
    if (t.lower === 'members' && toks[j + 1]?.lower === 'of' && toks[j + 2]?.lower === 'staff') {
      return { noun: 'members of staff', unit: textOf(toks, j, j + 3), last: j + 3, adjectives, area: false, measure: false };
    }
    if (isPluralNoun(t.lower) && !COUNT_ADJECTIVES.has(t.lower)) {
      return { noun: t.lower, unit: textOf(toks, num.last, j + 1), last: j + 1, adjectives, area: false, measure: false };
    }
    if (EMPLOYEE_NOUNS.has(t.lower) || JOB_NOUNS.has(t.lower)) return { noun: t.lower, unit: t.value, last: j + 1, adjectives, area: false, measure: false };
    // modifiers: known adjectives, or any lower-case content word that a plural noun follows ("onshore wind turbines")
    if (FUNCTION_WORDS.has(t.lower) || !/^[\p{Ll}-]+$/u.test(t.value)) return undefined;
    adjectives.push(t.lower);
    j++;
  }
  return undefined;
}

function isPluralNoun(w: string): boolean {
  if (PLURAL_IRREGULAR.has(w)) return true;
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return false;
  return !/\d/u.test(w);
}

function textOf(toks: readonly Token[], first: number, last: number): string {
  let s = '';
  for (let k = first; k < last; k++) s += (k > first && toks[k]!.spaceBefore ? ' ' : '') + toks[k]!.value;
  return s;
}
