/**
 * Where extract()'s time goes, stage by stage (CPU-free wall time per stage, summed over the
 * bench corpus after a warm-up). `node bench/stages.mjs [--mb 2] [--rounds 3]`; needs a build.
 */
import { loadDocuments, repeatTo, utf8Bytes } from './corpus.mjs';
import { loadDist } from './dist.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const mb = opt('--mb', 2);
const rounds = opt('--rounds', 3);
const dist = process.env.PF_DIST ?? new URL('../dist/', import.meta.url).pathname;
const {
  normalize, tokenize, splitSentences, findBlocks, makeContext, detectLanguage, findRelease, findDates, findYears, findFigures,
  buildUnits, findOrganizationSpans, organizationFacts, findPersons, findLocationSpans, locationFacts, findQuotes,
} = await loadDist(dist);

const { docs } = loadDocuments();
const corpus = repeatTo(docs, mb * 1e6);
const bytes = utf8Bytes(corpus);
const totals = new Map();
let t = 0;
const lap = (name) => { const n = performance.now(); totals.set(name, (totals.get(name) ?? 0) + n - t); t = n; };

function one(text) {
  t = performance.now();
  const n = normalize(text); lap('normalize');
  const toks = tokenize(n.text); lap('tokenize');
  const s = splitSentences(n.text, toks); lap('sentences');
  findBlocks(toks); lap('blocks');
  const ctx = makeContext(text); lap('makeContext (all of the above again)');
  detectLanguage(ctx.tokens); lap('language');
  const release = findRelease(ctx); lap('release');
  const dates = findDates(ctx, release.date); lap('dates');
  const years = findYears(ctx, dates, release.date); lap('years');
  findFigures(ctx, years, release.date); lap('figures');
  const units = buildUnits(ctx); lap('names: units');
  const orgSpans = findOrganizationSpans(ctx, units); lap('names: organizations');
  const orgMask = new Uint8Array(units.length);
  for (const o of orgSpans) if (o.tokFirst === undefined) orgMask.fill(1, o.first, o.last);
  const people = findPersons(ctx, units, orgMask, orgSpans); lap('names: persons');
  const mask = new Uint8Array(units.length);
  for (let k = 0; k < units.length; k++) mask[k] = orgMask[k] | people.mask[k];
  const locSpans = findLocationSpans(ctx, units, mask); lap('names: locations');
  findQuotes(ctx, units, people); lap('names: quotes');
  organizationFacts(ctx, units, orgSpans); locationFacts(ctx, units, locSpans); lap('names: facts');
  void s;
}

for (const d of corpus) one(d); // warm-up
totals.clear();
for (let r = 0; r < rounds; r++) for (const d of corpus) one(d);
let sum = 0;
for (const [k, v] of totals) if (!k.startsWith('makeContext')) sum += v;
console.log(`${(bytes / 1e6).toFixed(2)} MB × ${rounds} rounds; ms per round (share of the stages, makeContext excluded from the sum)`);
for (const [k, v] of totals) console.log(`${(v / rounds).toFixed(1).padStart(8)} ms  ${k.startsWith('makeContext') ? '   ' : (100 * v / sum).toFixed(1).padStart(5) + '%'}  ${k}`);
console.log(`${(sum / rounds).toFixed(1).padStart(8)} ms  total → ${(bytes / 1e6 / (sum / rounds / 1000)).toFixed(2)} MB/s`);
