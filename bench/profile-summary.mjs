#!/usr/bin/env node
/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per file,
 * top N, as shares of the sampled time.
 *   node bench/profile-summary.mjs PROFILE.cpuprofile [--top 25] [--filter dist/]
 */
import { readFileSync } from 'node:fs';

export function summarise(profile, { top = 25, filter } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
  }
  let total = 0;
  const fn = new Map();
  const file = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    if (cf.functionName === '(idle)') continue; // waiting is not work: shares are of busy time
    total += us;
    const url = (cf.url || `(${cf.functionName || 'program'})`).replace(/^file:\/\//u, '');
    const short = url.includes('/node_modules/') ? url.replace(/^.*\/node_modules\//u, 'node_modules/') : url.replace(/^.*\/(dist|src)\//u, '$1/');
    const key = `${cf.functionName || '(anonymous)'}  ${short}:${cf.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    file.set(short, (file.get(short) ?? 0) + us);
  }
  const rows = (m) => [...m].filter(([k]) => filter === undefined || k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([k, us]) => `${(100 * us / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
  return [`busy time sampled: ${(total / 1000).toFixed(0)} ms (idle left out)`, '', 'self time by function:', ...rows(fn), '', 'self time by file:', ...rows(file)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--'));
  const top = Number(args[args.indexOf('--top') + 1]) || 25;
  const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : undefined;
  console.log(summarise(JSON.parse(readFileSync(path, 'utf8')), { top, filter }));
}
