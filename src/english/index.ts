/**
 * The English path: the same Facts from an English press release.
 * release header → dates and years → money, headcounts, quantities, percentages → names and quotes.
 */
import { emptyFacts, type Facts, type Warning } from '../facts.js';
import type { ExtractOptions } from '../options.js';
import type { Context } from '../engine/context.js';
import { findEnglishDates } from './dates.js';
import { findEnglishFigures } from './figures.js';
import { findEnglishRelease } from './release.js';
import { findEnglishNames } from './names.js';
import { winkDateFallback } from './wink-dates.js';

export { useCompromise, useWink, setEnglishEngines } from './nlp.js';

/**
 * Facts from one English release.
 * @example
 * extractEnglish(makeContext('BOSTON, March 16, 2017 /PRNewswire/ -- Acme Inc. raised $40 million.'), {}, [])
 * // → { language: 'en', release: { date: '2017-03-16', place: 'Boston', source: 'PRNewswire' }, money: [{ amount: 40000000, currency: 'USD', … }], … }
 */
export function extractEnglish(ctx: Context, opts: ExtractOptions, warnings: Warning[]): Facts {
  const facts = emptyFacts('en');
  // dates first without an anchor to find the release date in the header, then again with the anchor
  const first = findEnglishDates(ctx, opts.releaseDate);
  const header = findEnglishRelease(ctx, first.dates);
  facts.release = header.release;
  const anchor = opts.releaseDate ?? header.release.date;
  const { dates, years } = anchor === opts.releaseDate ? first : findEnglishDates(ctx, anchor);
  // wink-nlp's DATE entities add bare seasons and month parts ("in the fall", "mid-March")
  const all = [...dates, ...winkDateFallback(ctx, anchor, dates)].sort((a, b) => a.first - b.first);
  facts.dates = all.map((d) => d.fact);
  facts.years = years.map((y) => y.fact).sort((a, b) => a.start - b.start);
  Object.assign(facts, findEnglishFigures(ctx, years, anchor));
  Object.assign(facts, findEnglishNames(ctx, [header.dateline?.place, ...(header.dateline?.regions ?? [])], header.titleEnd));
  if (facts.release.organization === undefined) {
    const issuer = facts.organizations.find((o) => o.legalForm !== undefined) ?? facts.organizations[0];
    if (issuer !== undefined) facts.release.organization = issuer.name;
  }
  facts.warnings = warnings;
  return facts;
}
