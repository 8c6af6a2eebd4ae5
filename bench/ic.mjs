#!/usr/bin/env node
/**
 * The megamorphic inline caches of our code: extract() over the bench corpus in a child process under V8's
 * `--log-ic`, then every IC of dist/ that went megamorphic ("N"), by site, with the property it reads or writes.
 *
 *   node bench/ic.mjs [--mb 1] [--rounds 3]        (needs a build; PF_DIST=… for another one)
 *
 * A megamorphic site reads every object the generic way (a stub-cache probe, no inlined field load), and stays
 * so. Seen and fixed (ninth session): a unit's first char read from token strings of five representations
 * (charCodeAt), and 15 reads at index -1 (`tokens[i - 1]` at the first token): V8 takes "-1" for a property
 * name, and one such read turned the keyed load megamorphic for good. What is left are the facts' own objects
 * (release, figures: a few reads per document).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './corpus.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const mb = opt('--mb', 1);
const rounds = opt('--rounds', 3);
const dist = resolve(process.env.PF_DIST ?? join(ROOT, 'dist'));

const child = `
const { loadDocuments, repeatTo } = await import(${JSON.stringify(join(ROOT, 'bench/corpus.mjs'))});
const { extract } = await import(${JSON.stringify(join(dist, 'index.js'))});
const docs = repeatTo(loadDocuments().docs, ${mb * 1e6});
for (let r = 0; r < ${rounds}; r++) for (const d of docs) extract(d);
`;
// the log goes to the working directory (isolate-….log): a fresh temporary one
const dir = mkdtempSync(join(tmpdir(), 'pf-ic-'));
const r = spawnSync(process.execPath, ['--log-ic', '--input-type=module', '-e', child], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
if (r.status !== 0) {
  console.error(r.stderr.slice(-2000));
  process.exit(1);
}
const logFile = readdirSync(dir).find((f) => f.endsWith('.log'));
if (logFile === undefined) {
  console.error('bench/ic: V8 wrote no log');
  process.exit(1);
}
const lines = readFileSync(join(dir, logFile), 'utf8').split('\n');
rmSync(dir, { recursive: true, force: true });

// code objects by address, in log order (an address is reused after its code dies: the latest before the IC event wins)
const codes = [];
const sites = new Map();
for (const line of lines) {
  const f = line.split(',');
  if (f[0] === 'code-creation') codes.push({ addr: parseInt(f[4], 16), size: Number(f[5]), name: f.slice(6).join(',') });
  else if (f[0].endsWith('IC') && f[6] === 'N') {
    const pc = parseInt(f[1], 16);
    let name;
    for (let k = codes.length - 1; k >= 0; k--) {
      const c = codes[k];
      if (pc >= c.addr && pc < c.addr + c.size) { name = c.name; break; }
    }
    if (name === undefined || !name.includes(dist)) continue;
    const fn = name.replace(/^[^ ]*? ?/u, '').replace(dist + '/', '').replace(/,0x[0-9a-f]+,[~*^]?$/u, '');
    const key = `${f[0].padEnd(12)} ${JSON.stringify(f[8])} in ${fn}, line ${f[3]}`;
    sites.set(key, (sites.get(key) ?? 0) + 1);
  }
}
console.log(`megamorphic inline caches in ${dist} (${mb} MB × ${rounds} rounds): ${sites.size}`);
for (const [k, n] of [...sites].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}× ${k}`);
