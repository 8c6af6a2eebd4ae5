import type { DateFact, Evidence } from '../../facts.js';
import type { Context, Located } from '../../engine/context.js';
import { parseIso } from './calendar.js';
import { scanDates, type DateMatch, type YearSpan } from './scan.js';

/**
 * A located date with the years written inside it (for the year kind: "16. März 2017" gives a
 * year 2017 whose evidence is "2017"). Carried on the located object, not in a WeakMap keyed by
 * the fact: WeakMap entries are ephemerons, costly to insert and to trace for the GC.
 */
export type LocatedDate = Located<DateFact> & { years: readonly YearSpan[] };

/** The years written inside a located date from findDates (none for any other located date). */
export function writtenYears(date: Located<DateFact>): readonly YearSpan[] {
  return (date as Partial<LocatedDate>).years ?? [];
}

/** Calendar dates, months, seasons, quarters, halves; relative ones resolved against `anchor` (YYYY-MM-DD). */
export function findDates(ctx: Context, anchor: string | undefined): LocatedDate[] {
  const out: LocatedDate[] = [];
  for (const m of scanDates(ctx, parseIso(anchor), ctx.boilerplate)) {
    out.push({ fact: dateFact(ctx.evidence(m.first, m.last), m), first: m.first, last: m.last, years: m.years });
  }
  return out;
}

/**
 * The output fact; its keys in this order: text, start, end, value, precision, then time, until,
 * modifier, relative (each only when set), rule. The usual shapes (none of the four, or only
 * relative) are one object literal each: adding keys one by one made a transition per key.
 */
function dateFact(ev: Evidence, m: DateMatch): DateFact {
  if (m.time === undefined && m.until === undefined && m.modifier === undefined) {
    return m.relative === true
      ? { text: ev.text, start: ev.start, end: ev.end, value: m.value, precision: m.precision, relative: true, rule: m.rule }
      : { text: ev.text, start: ev.start, end: ev.end, value: m.value, precision: m.precision, rule: m.rule };
  }
  const fact: DateFact = { text: ev.text, start: ev.start, end: ev.end, value: m.value, precision: m.precision };
  if (m.time !== undefined) fact.time = m.time;
  if (m.until !== undefined) fact.until = m.until;
  if (m.modifier !== undefined) fact.modifier = m.modifier;
  if (m.relative === true) fact.relative = true;
  fact.rule = m.rule;
  return fact;
}
