#!/usr/bin/env node
/**
 * Profile pressefakten's part of the bench: runs `node --cpu-prof bench/compare.mjs --only
 * pressefakten` and prints the top functions and files by self time.
 *   node bench/profile.mjs [--mb 1] [--top 30] [--hostile] [--linearity] [--keep]    (PF_DIST as for compare.mjs)
 * By default only the per-document throughput part is profiled (what users call).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarise } from './profile-summary.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const dir = mkdtempSync(join(tmpdir(), 'pf-prof-'));
const benchArgs = ['--only', 'pressefakten', '--mb', opt('--mb', '1'), '--rounds', '3'];
if (!argv.includes('--hostile')) benchArgs.push('--skip-hostile');
if (!argv.includes('--linearity')) benchArgs.push('--skip-linearity');
const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, join(here, 'compare.mjs'), ...benchArgs], { stdio: ['ignore', 'inherit', 'inherit'] });
if (r.status !== 0) process.exit(r.status ?? 1);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
console.log('\n' + summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')), { top: Number(opt('--top', '30')) }));
if (argv.includes('--keep')) console.log(`\nprofile kept: ${join(dir, file)}`);
else rmSync(dir, { recursive: true, force: true });
