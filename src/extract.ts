/**
 * The pipeline, top to bottom, in the order SPEC §2 describes it:
 * hygiene → tokens → sentences → release header → dates → years → figures → names → Facts.
 */
import { emptyFacts, type Facts, type Warning } from './facts.js';
import { checkOptions, type ExtractOptions } from './options.js';
import { makeContext } from './engine/context.js';
import { detectLanguage } from './text/language.js';
import { findRelease } from './kinds/release/index.js';
import { findDates } from './kinds/dates/index.js';
import { findYears } from './kinds/years/index.js';
import { findFigures } from './kinds/figures.js';
import { findNames } from './kinds/names.js';
import { extractEnglish } from './english/index.js';

/**
 * Facts from one German press release. Pure, synchronous, deterministic; never throws.
 * @example
 * extract('Lemgo, 16. März 2017 – Die krz GmbH erzielte 2016 rund 40 Mio. Euro Umsatz.')
 * // → { release: { date: '2017-03-16', place: 'Lemgo', … }, money: [{ amount: 40000000, currency: 'EUR', qualifier: 'approx', … }], … }
 */
export function extract(text: string, options?: ExtractOptions): Facts {
  const warnings: Warning[] = [];
  if (typeof text !== 'string') {
    const facts = emptyFacts();
    facts.warnings.push({ code: 'invalid_input', message: `text must be a string, got ${text === null ? 'null' : typeof text}` });
    return facts;
  }
  const opts = checkOptions(options, warnings);
  if (text.trim().length === 0) {
    const facts = emptyFacts();
    facts.warnings.push(...warnings, { code: 'empty_input', message: 'the text is empty' });
    return facts;
  }
  try {
    return run(text, opts, warnings);
  } catch (error) {
    // A bug of ours must not cost the caller the record: empty facts and a warning instead.
    const facts = emptyFacts();
    facts.warnings.push(...warnings, { code: 'internal_error', message: error instanceof Error ? error.message : String(error) });
    return facts;
  }
}

function run(text: string, opts: ExtractOptions, warnings: Warning[]): Facts {
  const ctx = makeContext(text);
  const language = opts.language ?? detectLanguage(ctx.tokens);
  if (language === 'en') return extractEnglish(ctx, opts, warnings);
  const facts = emptyFacts(language);
  if (language !== 'de') warnings.push({ code: language === 'und' ? 'unknown_language' : 'not_german', message: `the text does not look German (detected: ${language}); German rules applied anyway` });

  facts.release = findRelease(ctx);
  const anchor = opts.releaseDate ?? facts.release.date; // SPEC: the option wins over the text
  const dates = findDates(ctx, anchor);
  const years = findYears(ctx, dates, anchor);
  facts.dates = dates.map((d) => d.fact);
  facts.years = years.map((y) => y.fact);
  Object.assign(facts, findFigures(ctx, years, anchor));
  Object.assign(facts, findNames(ctx));
  const issuer = releaseOrganization(facts);
  if (issuer !== undefined && facts.release.organization === undefined) facts.release.organization = issuer;
  facts.warnings = warnings;
  return facts;
}

/**
 * The organisation a release is from or about: the one named most often (at least twice),
 * the first named on a tie; else a company with a legal form named in the lead paragraph.
 * A single passing mention elsewhere is not enough (precision first).
 */
function releaseOrganization(facts: Facts): string | undefined {
  let best: { name: string; count: number; first: number } | undefined;
  for (const org of facts.organizations) {
    // "CDU-Fraktionsvorsitzenden", "SPD-Kandidatin": a party named as a person's affiliation is not what the release is about
    if (org.rule === 'organizations/acronym-compound') continue;
    const count = org.mentions.length;
    const first = org.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
    if (count < 2) continue;
    if (best === undefined || count > best.count || (count === best.count && first < best.first)) best = { name: org.name, count, first };
  }
  if (best !== undefined) return best.name;
  return facts.organizations.find((org) => org.legalForm !== undefined && (org.mentions[0]?.start ?? Infinity) < LEAD_LENGTH)?.name;
}

/** Characters counted as the lead of a release (title, dateline and first paragraph). */
const LEAD_LENGTH = 600;
