#!/usr/bin/env node
/**
 * A/B timing of one stage between two builds, interleaved in one process so that both see the
 * same machine load: `node bench/ab.mjs DIST_A DIST_B [--stage tokenize|extract] [--mb 1] [--rounds 7]`.
 * Prints the median CPU ms per round of each and B's speed-up over A.
 */
import { join, resolve } from 'node:path';
import { loadDocuments, repeatTo } from './corpus.mjs';
import { median } from './measure.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const [a, b] = args.filter((x, k) => !x.startsWith('--') && !(k > 0 && args[k - 1].startsWith('--')));
const stage = opt('--stage', 'extract');
const mb = Number(opt('--mb', '1'));
const rounds = Number(opt('--rounds', '7'));

async function load(dist) {
  const d = resolve(dist);
  const { extract } = await import(join(d, 'index.js'));
  const { tokenize } = await import(join(d, 'text/tokens.js'));
  const { makeContext } = await import(join(d, 'engine/context.js'));
  const { findDates } = await import(join(d, 'kinds/dates/index.js'));
  const { findRelease } = await import(join(d, 'kinds/release/index.js'));
  const { detectLanguage } = await import(join(d, 'text/language.js'));
  const stages = {
    extract: (t) => extract(t),
    tokenize: (t) => tokenize(t),
    context: (t) => makeContext(t),
    dates: (t, ctx) => findDates(ctx, '2017-03-16'),
    release: (t, ctx) => findRelease(ctx),
    language: (t, ctx) => detectLanguage(ctx.tokens),
  };
  return { fn: stages[stage], makeContext };
}
const A = await load(a);
const B = await load(b);
const docs = repeatTo(loadDocuments().docs, mb * 1e6);
// stages after the context get prebuilt contexts; the others none (a big retained heap slows every GC)
const needsContext = !['extract', 'tokenize', 'context'].includes(stage);
const ctxA = needsContext ? docs.map((d) => A.makeContext(d)) : [];
const ctxB = needsContext ? docs.map((d) => B.makeContext(d)) : [];
const time = (impl, ctxs) => {
  const c0 = process.cpuUsage();
  for (let k = 0; k < docs.length; k++) impl.fn(docs[k], ctxs[k]);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
time(A, ctxA); time(B, ctxB); // warm-up
const ta = [];
const tb = [];
for (let r = 0; r < rounds; r++) { ta.push(time(A, ctxA)); tb.push(time(B, ctxB)); }
console.log(`${stage}: A ${median(ta).toFixed(1)} ms, B ${median(tb).toFixed(1)} ms per round → B is ${(median(ta) / median(tb)).toFixed(2)}× A  (A=${a}, B=${b})`);
