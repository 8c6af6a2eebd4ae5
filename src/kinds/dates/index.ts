import type { DateFact } from '../../facts.js';
import type { Context, Located } from '../../engine/context.js';
import { parseIso } from './calendar.js';
import { scanDates, type YearSpan } from './scan.js';

/**
 * The years written inside each date fact (for the year kind: "16. März 2017" gives a year
 * 2017 whose evidence is "2017"). Keyed by the fact object, so nothing outlives the call.
 */
const WRITTEN_YEARS = new WeakMap<DateFact, readonly YearSpan[]>();

export function writtenYears(fact: DateFact): readonly YearSpan[] {
  return WRITTEN_YEARS.get(fact) ?? [];
}

/** Calendar dates, months, seasons, quarters, halves; relative ones resolved against `anchor` (YYYY-MM-DD). */
export function findDates(ctx: Context, anchor: string | undefined): Located<DateFact>[] {
  const out: Located<DateFact>[] = [];
  for (const m of scanDates(ctx, parseIso(anchor), ctx.boilerplate)) {
    const ev = ctx.evidence(m.first, m.last);
    const fact: DateFact = { text: ev.text, start: ev.start, end: ev.end, value: m.value, precision: m.precision };
    if (m.time !== undefined) fact.time = m.time;
    if (m.until !== undefined) fact.until = m.until;
    if (m.modifier !== undefined) fact.modifier = m.modifier;
    if (m.relative === true) fact.relative = true;
    fact.rule = m.rule;
    WRITTEN_YEARS.set(fact, m.years);
    out.push({ fact, first: m.first, last: m.last });
  }
  return out;
}
