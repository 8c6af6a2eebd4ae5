#!/usr/bin/env node
/**
 * What warming up costs: runs extract() over the bench corpus in a child process with V8's
 * --trace-opt and sums TurboFan's compile time per function (background thread time, the part
 * that competes with a second batch worker on a 2-core machine), and counts deoptimisations.
 *
 *   node bench/jit.mjs [--docs 1000] [--top 25]        (needs a build; PF_DIST=… for another one;
 *   PF_NODE_FLAGS='--max-inlined-bytecode-size-cumulative=300' to try V8 flags)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const docs = opt('--docs', 1000);
const top = opt('--top', 25);
const dist = process.env.PF_DIST ?? join(ROOT, 'dist');

// the documents of the bench corpus in turn, `docs` of them (the bench's repeatTo() counts characters)
const script = `
import { loadDocuments } from ${JSON.stringify(join(ROOT, 'bench/corpus.mjs'))};
const { extract } = await import(${JSON.stringify(join(dist, 'index.js'))});
const { docs } = loadDocuments();
const list = [];
for (let k = 0; list.length < ${docs}; k++) list.push(docs[k % docs.length]);
const t = performance.now();
for (const d of list) JSON.stringify(extract(d));
console.error('JIT-RUN ' + (performance.now() - t).toFixed(0));
`;
const extraFlags = (process.env.PF_NODE_FLAGS ?? '').split(' ').filter(Boolean); // e.g. PF_NODE_FLAGS='--max-inlined-bytecode-size-cumulative=300'
const r = spawnSync(process.execPath, [...extraFlags, '--trace-opt', '--trace-deopt', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 28 });
const text = r.stdout + r.stderr;
const byFn = new Map();
let total = 0;
for (const m of text.matchAll(/completed compiling 0x[0-9a-f]+ <JSFunction ([^ >(]*)[^>]*> \(target TURBOFAN\) - took [0-9.]+, ([0-9.]+), [0-9.]+ ms/gu)) {
  const name = m[1] === '' ? '(anonymous)' : m[1];
  const ms = Number(m[2]);
  total += ms;
  const e = byFn.get(name) ?? { ms: 0, n: 0 };
  e.ms += ms; e.n++;
  byFn.set(name, e);
}
const deopts = new Map();
for (const m of text.matchAll(/bailout \(kind: ([^,]+), reason: ([^)]+)\): begin\. deoptimizing 0x[0-9a-f]+ <JSFunction ([^ >(]*)/gu)) {
  const key = `${m[3] || '(anonymous)'}: ${m[2]}`;
  deopts.set(key, (deopts.get(key) ?? 0) + 1);
}
const run = /JIT-RUN (\d+)/u.exec(text)?.[1];
console.log(`${docs} documents in ${run ?? '?'} ms; TurboFan compile time ${total.toFixed(0)} ms in ${[...byFn.values()].reduce((a, e) => a + e.n, 0)} compilations`);
for (const [name, e] of [...byFn].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) console.log(`${e.ms.toFixed(1).padStart(8)} ms ${String(e.n).padStart(2)}×  ${name}`);
console.log(`deoptimisations: ${[...deopts.values()].reduce((a, b) => a + b, 0)}`);
for (const [k, n] of [...deopts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${n}× ${k}`);
if (r.status !== 0) { console.error(r.stderr.slice(-2000)); process.exitCode = 1; }
