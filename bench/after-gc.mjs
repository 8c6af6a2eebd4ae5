#!/usr/bin/env node
/**
 * What a full GC between documents costs: extract() over the bench corpus for some rounds, then a forced
 * gc() with no document in flight, then more rounds — wall and CPU ms of each round, before and after, and
 * chrono-node's de.parse the same way for scale. CPU above wall is V8 compiling again on its helper thread.
 *
 *   node bench/after-gc.mjs [--mb 2] [--rounds 8] [--gcs 2]      (needs a build; PF_DIST=… for another one)
 *
 * Why it exists (ninth session): V8 reaches an object layout from its class only through a weak transition, so
 * a full GC that finds no object of a per-document class lets its layout die and throws away every optimised
 * function that checks for it. Before engine/keep-alive.ts the first round after a gc() took 3.2× its steady
 * time (then 1.3×, 1.1×, with CPU 10–30 % over wall); `npm run bench` forces a gc() before its paired rounds,
 * and long batch runs meet the same at every major GC. test/engine/keep-alive.test.ts guards it by V8's trace.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, loadDocuments, repeatTo } from './corpus.mjs';
import { timeOnce } from './measure.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const mb = opt('--mb', 2);
const rounds = opt('--rounds', 8);
const gcs = opt('--gcs', 2);
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const dist = resolve(process.env.PF_DIST ?? join(ROOT, 'dist'));
const { extract } = await import(pathToFileURL(join(dist, 'index.js')).href);
const chrono = await import('chrono-node');
const docs = repeatTo(loadDocuments().docs, mb * 1e6);

for (const [name, fn] of [['pressefakten extract', (d) => extract(d)], ['chrono-node de.parse', (d) => chrono.de.parse(d)]]) {
  console.log(`${name}: ms per round of ${docs.length} documents (${mb} MB), wall/CPU`);
  for (let phase = 0; phase <= gcs; phase++) {
    const times = [];
    for (let r = 0; r < rounds; r++) {
      const t = timeOnce(() => { for (const d of docs) fn(d); });
      times.push(`${t.wall.toFixed(0)}/${t.cpu.toFixed(0)}`);
    }
    console.log(`  ${phase === 0 ? 'from the start ' : `after gc() #${phase}  `} ${times.join(' ')}`);
    if (phase < gcs) gc();
  }
}
