/**
 * tieYears (src/kinds/tie-year.ts) with hand-built year facts, so it is tested apart from the
 * years kind: adjacency, "inzwischen" → release year, one year per sentence, and no year when
 * two years make it unclear.
 */
import { describe, expect, it } from 'vitest';
import { makeContext, type Located } from '../../src/engine/context.js';
import type { YearFact } from '../../src/facts.js';
import { tieYears, type Span } from '../../src/kinds/tie-year.js';

/** Token span of the first occurrence of `part` (whole tokens). */
function spanOf(text: string, part: string, from = 0): Span {
  const ctx = makeContext(text);
  const at = text.indexOf(part, from);
  const first = ctx.tokens.findIndex((t) => t.start >= at);
  let last = first;
  while (last < ctx.tokens.length && ctx.tokens[last]!.end <= at + part.length) last++;
  return { first, last };
}

function yearsOf(text: string, ...ys: number[]): Located<YearFact>[] {
  return ys.map((y) => {
    const s = spanOf(text, String(y));
    const start = text.indexOf(String(y));
    return { fact: { year: y, text: String(y), start, end: start + 4 }, first: s.first, last: s.last };
  });
}

describe('tie-year', () => {
  it('a year before a colon in brackets labels the figure after it, not the one before ("41,3 Mio. Euro (2024: 38,2 Mio. Euro)")', () => {
    const text = '2025 erzielte die WHU einen Umsatz von 41,3 Mio. Euro (2024: 38,2 Mio. Euro), ein Plus von 8 Prozent.';
    const spans = [spanOf(text, '41,3 Mio. Euro'), spanOf(text, '38,2 Mio. Euro')];
    expect(tieYears(makeContext(text), spans, yearsOf(text, 2025, 2024), '2026-01-21')).toEqual([2025, 2024]);
  });
  it('a year anywhere in the sentence, when it is the only one', () => {
    const text = '2015 erwirtschaftet die Firma mehr als 40 Millionen Umsatz.';
    expect(tieYears(makeContext(text), [spanOf(text, '40 Millionen')], yearsOf(text, 2015), '2017-03-16')).toEqual([2015]);
  });
  it('a year right after the figure belongs to it; "inzwischen" ties the next one to the release year', () => {
    const text = 'Von gut 80 Beschäftigten im Jahr 2000 ist die Belegschaft inzwischen auf knapp 270 Mitglieder angestiegen.';
    const spans = [spanOf(text, '80 Beschäftigten'), spanOf(text, '270 Mitglieder')];
    expect(tieYears(makeContext(text), spans, yearsOf(text, 2000), '2017-03-16')).toEqual([2000, 2017]);
  });
  it('"inzwischen" without a release date gives no year, and never the other figure\'s year', () => {
    const text = 'Von gut 80 Beschäftigten im Jahr 2000 ist die Belegschaft inzwischen auf knapp 270 Mitglieder angestiegen.';
    const spans = [spanOf(text, '80 Beschäftigten'), spanOf(text, '270 Mitglieder')];
    expect(tieYears(makeContext(text), spans, yearsOf(text, 2000), undefined)).toEqual([2000, undefined]);
  });
  it('two years and no clause to decide: no year', () => {
    const text = 'Zwischen 2010 und 2015 stieg der Umsatz auf 40 Mio. Euro.';
    expect(tieYears(makeContext(text), [spanOf(text, '40 Mio. Euro')], yearsOf(text, 2010, 2015), '2017-03-16')).toEqual([undefined]);
  });
  it('two years in two clauses: each figure takes its clause\'s year', () => {
    const text = '2014 lag der Umsatz bei 30 Mio. Euro, 2015 stieg er auf 40 Mio. Euro.';
    const spans = [spanOf(text, '30 Mio. Euro'), spanOf(text, '40 Mio. Euro')];
    expect(tieYears(makeContext(text), spans, yearsOf(text, 2014, 2015), '2017-03-16')).toEqual([2014, 2015]);
  });
  it('the figure a change led to ("um 3,1 Prozent auf 412 Mio.") takes the change\'s year', () => {
    const text = 'Der Umsatz stieg im Geschäftsjahr 2024 um 3,1 Prozent auf 412 Mio. Franken.';
    const spans = [spanOf(text, '3,1 Prozent'), spanOf(text, '412 Mio. Franken')];
    expect(tieYears(makeContext(text), spans, yearsOf(text, 2024), '2025-03-01')).toEqual([2024, 2024]);
  });
  it('nor after "seit": the value reached is of now, not of the year the period starts', () => {
    const text = 'Der Preis stieg seit 1994 um 12 Pfennig auf 1,99 DM je Kilogramm.';
    const spans = [spanOf(text, '12 Pfennig'), spanOf(text, '1,99 DM')];
    expect(tieYears(makeContext(text), spans, yearsOf(text, 1994), '1997-03-16')[1]).toBeUndefined();
  });
  it('but not across other words: "von 80 im Jahr 2000 … auf 270" keeps them apart', () => {
    const text = 'Die Zahl stieg von 80 Beschäftigten im Jahr 2000 auf 270 Mitglieder.';
    const spans = [spanOf(text, '80 Beschäftigten'), spanOf(text, '270 Mitglieder')];
    expect(tieYears(makeContext(text), spans, yearsOf(text, 2000), '2017-03-16')).toEqual([2000, undefined]);
  });
  it('a year in another sentence does not count', () => {
    const text = 'Die Firma wurde 1971 gegründet. Sie hat 300 Mitarbeiter.';
    expect(tieYears(makeContext(text), [spanOf(text, '300 Mitarbeiter')], yearsOf(text, 1971), '2017-03-16')).toEqual([undefined]);
  });
});
