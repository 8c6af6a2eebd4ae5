#!/usr/bin/env node
/**
 * Bytes allocated per stage (deterministic, unlike timings on a shared machine): each stage runs
 * over the bench corpus in a child process with --trace-gc-nvp, and the "allocated" counts of the
 * GCs are summed. Less garbage means fewer young-generation GCs, whose helper threads compete
 * with a second batch worker on 2 cores.
 *
 *   node bench/alloc.mjs [--mb 2] [--stages tokenize,context,release,dates,years,figures,names,extract]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const mb = Number(opt('--mb', '2'));
const stages = opt('--stages', 'tokenize,context,release,dates,years,figures,names,extract').split(',');
const dist = process.env.PF_DIST ?? join(ROOT, 'dist');

const child = (stage) => `
const dist = ${JSON.stringify(dist)};
const { loadDocuments, repeatTo } = await import(${JSON.stringify(join(ROOT, 'bench/corpus.mjs'))});
const { extract } = await import(dist + '/index.js');
const { tokenize } = await import(dist + '/text/tokens.js');
const { makeContext } = await import(dist + '/engine/context.js');
const { findRelease } = await import(dist + '/kinds/release/index.js');
const { findDates } = await import(dist + '/kinds/dates/index.js');
const { findYears } = await import(dist + '/kinds/years/index.js');
const { findFigures } = await import(dist + '/kinds/figures.js');
const { findNames } = await import(dist + '/kinds/names.js');
const docs = repeatTo(loadDocuments().docs, ${mb * 1e6});
const ctxs = docs.map((d) => makeContext(d));
const pre = ctxs.map((ctx) => { const r = findRelease(ctx); const dates = findDates(ctx, r.date); return { r, dates, years: findYears(ctx, dates, r.date) }; });
const run = {
  tokenize: (k) => tokenize(docs[k]),
  context: (k) => makeContext(docs[k]),
  release: (k) => findRelease(ctxs[k]),
  dates: (k) => findDates(ctxs[k], pre[k].r.date),
  years: (k) => findYears(ctxs[k], pre[k].dates, pre[k].r.date),
  figures: (k) => findFigures(ctxs[k], pre[k].years, pre[k].r.date),
  names: (k) => findNames(ctxs[k]),
  extract: (k) => extract(docs[k]),
}[${JSON.stringify(stage)}];
for (let k = 0; k < docs.length; k++) run(k);
globalThis.gc();
console.log('ALLOC-START');
for (let r = 0; r < 3; r++) for (let k = 0; k < docs.length; k++) run(k);
globalThis.gc();
`;
console.log(`MB allocated per MB of text (${mb} MB corpus, 3 rounds)`);
for (const stage of stages) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--trace-gc-nvp', '--input-type=module', '-e', child(stage)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = r.stdout.slice(r.stdout.indexOf('ALLOC-START'));
  let bytes = 0;
  for (const m of out.matchAll(/ allocated=(\d+)/gu)) bytes += Number(m[1]);
  if (r.status !== 0) console.error(r.stderr.slice(-1500));
  console.log(`${(bytes / 1e6 / 3 / mb).toFixed(1).padStart(8)}  ${stage}`);
}
