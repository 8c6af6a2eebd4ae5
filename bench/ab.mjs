#!/usr/bin/env node
/**
 * A/B timing of one stage between two builds, interleaved in one process so that both see the
 * same machine load: `node bench/ab.mjs DIST_A DIST_B [--stage extract|tokenize|context|language|release|dates|years|figures|names]
 * [--mb 1] [--rounds 7]`. Prints the median CPU ms per round of each, B's speed-up over A, and the median and range
 * of the per-round ratios (which build goes first alternates round by round).
 * The stages after the context are timed as extract() runs them: per document a fresh context (and the stages
 * before, untimed), then the stage. Why: prebuilt contexts, reused round after round, kept their strings hashed and
 * in cache, and the build timed second looked 1.45–1.6× faster on identical code in the dates stage.
 */
import { loadDocuments, repeatTo } from './corpus.mjs';
import { median } from './measure.mjs';
import { loadDist } from './dist.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const [a, b] = args.filter((x, k) => !x.startsWith('--') && !(k > 0 && args[k - 1].startsWith('--')));
const stage = opt('--stage', 'extract');
const mb = Number(opt('--mb', '1'));
const rounds = Number(opt('--rounds', '7'));

async function load(dist) {
  const { extract, tokenize, makeContext, detectLanguage, findRelease, findDates, findYears, findFigures, findNames } = await loadDist(dist);
  // each stage: the work before it (untimed) and the stage itself, for one document
  const upTo = (text) => {
    const ctx = makeContext(text);
    const anchor = findRelease(ctx).date;
    return { ctx, anchor };
  };
  const stages = {
    extract: { run: (t) => extract(t) },
    tokenize: { run: (t) => tokenize(t) },
    context: { run: (t) => makeContext(t) },
    language: { prepare: (t) => makeContext(t), run: (ctx) => detectLanguage(ctx.tokens) },
    release: { prepare: (t) => makeContext(t), run: (ctx) => findRelease(ctx) },
    dates: { prepare: upTo, run: (p) => findDates(p.ctx, p.anchor) },
    years: { prepare: (t) => { const p = upTo(t); return { ...p, dates: findDates(p.ctx, p.anchor) }; }, run: (p) => findYears(p.ctx, p.dates, p.anchor) },
    figures: {
      prepare: (t) => { const p = upTo(t); const dates = findDates(p.ctx, p.anchor); return { ...p, years: findYears(p.ctx, dates, p.anchor) }; },
      run: (p) => findFigures(p.ctx, p.years, p.anchor),
    },
    names: { prepare: (t) => makeContext(t), run: (ctx) => findNames(ctx) },
  };
  if (stages[stage] === undefined) throw new Error(`unknown stage ${stage}; one of ${Object.keys(stages).join(', ')}`);
  return stages[stage];
}
const A = await load(a);
const B = await load(b);
const docs = repeatTo(loadDocuments().docs, mb * 1e6);
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
/** One document through one build: the stage's CPU ms (what comes before it untimed). */
const one = (impl, doc) => {
  if (impl.prepare === undefined) { const t0 = cpu(); impl.run(doc); return cpu() - t0; }
  const input = impl.prepare(doc);
  const t0 = cpu();
  impl.run(input);
  return cpu() - t0;
};
/** All documents through one build. */
const pass = (impl) => {
  let t = 0;
  for (const doc of docs) t += one(impl, doc);
  return t;
};
/**
 * One round: all documents through A, then through B, or B first (`aFirst`). Not document by document: the
 * second build to see a document found its words warm in the caches, and the order decided by ±20 %.
 */
const round = (aFirst) => {
  if (aFirst) { const x = pass(A); return [x, pass(B)]; }
  const y = pass(B);
  return [pass(A), y];
};
round(true); round(false); // warm-up
const ta = [];
const tb = [];
const ratios = [];
for (let r = 0; r < rounds; r++) {
  const [x, y] = round(r % 2 === 0);
  ta.push(x);
  tb.push(y);
  ratios.push(x / y);
}
console.log(`${stage}: A ${median(ta).toFixed(1)} ms, B ${median(tb).toFixed(1)} ms per round → B is ${(median(ta) / median(tb)).toFixed(2)}× A; ` +
  `per round ${median(ratios).toFixed(2)}× [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]  (A=${a}, B=${b})`);
