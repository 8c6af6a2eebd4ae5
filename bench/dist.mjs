/**
 * The pipeline's functions from one build (a dist/ directory), for the bench scripts that time or count the
 * stages one by one (ab.mjs, stages.mjs, icount.mjs, warmth.mjs). Each call of loadDist gets that build's own
 * module instances, so two builds can run side by side in one process.
 */
import { join, resolve } from 'node:path';

export async function loadDist(dist) {
  const d = resolve(dist);
  const imp = (path) => import(join(d, path));
  const [index, normalize, tokens, sentences, blocks, context, language, release, dates, years, figures, names, units, orgs, persons, locations, quotes] =
    await Promise.all([
      'index.js', 'text/normalize.js', 'text/tokens.js', 'text/sentences.js', 'text/blocks.js', 'engine/context.js', 'text/language.js',
      'kinds/release/index.js', 'kinds/dates/index.js', 'kinds/years/index.js', 'kinds/figures.js', 'kinds/names.js', 'kinds/persons/units.js',
      'kinds/organizations/index.js', 'kinds/persons/index.js', 'kinds/locations/index.js', 'kinds/quotes/index.js',
    ].map(imp));
  return {
    extract: index.extract,
    normalize: normalize.normalize,
    tokenize: tokens.tokenize,
    splitSentences: sentences.splitSentences,
    findBlocks: blocks.findBlocks,
    makeContext: context.makeContext,
    detectLanguage: language.detectLanguage,
    findRelease: release.findRelease,
    findDates: dates.findDates,
    findYears: years.findYears,
    findFigures: figures.findFigures,
    findNames: names.findNames,
    buildUnits: units.buildUnits,
    findOrganizationSpans: orgs.findOrganizationSpans,
    organizationFacts: orgs.organizationFacts,
    findPersons: persons.findPersons,
    findLocationSpans: locations.findLocationSpans,
    locationFacts: locations.locationFacts,
    findQuotes: quotes.findQuotes,
  };
}
