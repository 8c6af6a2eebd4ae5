#!/usr/bin/env node
/**
 * `npm run bench`: pressefakten side by side with the libraries SPEC §4 names, in one process
 * and one run, over the same German text (fixtures/**\/*.txt minus English ones, and
 * ../shared/seeds/*.txt, repeated to a few MB), one document per call as a user would call it.
 * Not a test: it prints MB/s, ratios, PASS/FAIL per bar, cold start, peak memory, and the
 * linearity checks (1 MB vs 10 MB of release text; 100 kB vs 1 MB of each hostile input).
 *
 * Throughput is measured in CPU time of this process (user + system) as well as wall time:
 * on a shared, busy machine wall time says more about the neighbours than about the code.
 * Ratios and bars use CPU time. The two bars that are close (wink-nlp's bare tokenizer, chrono-node)
 * are measured once more in paired rounds, pressefakten and the peer alternating (measure.mjs
 * pairedRounds), and judged on those: this VM's speed drifts by tens of percent between
 * measurements a minute apart (the same build's MB/s differed 40 % between two runs).
 *
 *   node bench/compare.mjs                      # everything (`npm run bench` builds dist/ first)
 *   node bench/compare.mjs --only pressefakten  # just pressefakten (bench/profile.mjs uses it)
 *   node bench/compare.mjs --mb 1 --rounds 3    # smaller and quicker
 *   node bench/compare.mjs --skip-hostile       # without the hostile-input linearity table
 *   node bench/compare.mjs --skip-linearity     # without the 1 MB / 10 MB check
 *   PF_DIST=/some/dist node bench/compare.mjs   # a dist built elsewhere (default: ./dist)
 *   node bench/compare.mjs --strict             # exit 1 when a bar fails
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ROOT, loadDocuments, repeatTo, bigInput, utf8Bytes } from './corpus.mjs';
import { HOSTILE } from './hostile.mjs';
import { median, pairedRounds, timeOnce, timeRounds, fmt, load } from './measure.mjs';

const args = parseArgs(process.argv.slice(2));
const DIST = resolve(process.env.PF_DIST ?? resolve(ROOT, 'dist'));
const TARGET_MB = Number(args.mb ?? 2);
const ROUNDS = Number(args.rounds ?? 5);
const ONLY = args.only; // 'pressefakten' to profile it alone
const COMPROMISE_CAP = Number(args['compromise-kb'] ?? 192) * 1024; // compromise runs at ~0.1–0.2 MB/s
const LIB_BUDGET_MS = Number(args['budget-s'] ?? 20) * 1000; // per library: stop adding rounds after this

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

if (!existsSync(resolve(DIST, 'index.js'))) {
  console.error(`bench: ${DIST}/index.js is missing; run \`npm run build\` (or \`npm run bench\`)`);
  process.exit(2);
}

const sources = loadDocuments();
const docs = repeatTo(sources.docs, TARGET_MB * 1e6);
const docBytes = utf8Bytes(docs);
const dirs = [...new Set(sources.files.map((f) => dirname(f.name)))];
console.log(`pressefakten bench · node ${process.version} · ${new Date().toISOString()} · load average ${load()}`);
console.log(`corpus: ${sources.files.length} German release file(s) from ${dirs.join(', ')}, ` +
  `repeated to ${docs.length} documents, ${fmt(docBytes / 1e6, 2)} MB UTF-8, median document ${fmt(median(docs.map((d) => d.length)) / 1024, 1)} KB`);
console.log(`rounds: median of up to ${ROUNDS} after a warm-up; MB/s in CPU time (wall time in brackets); dist: ${relative(ROOT, DIST) || '.'}\n`);

/** Runs fn over every document per round; returns MB/s (CPU) of the median round. */
function bench(name, fn, input = docs, rounds = ROUNDS) {
  gc();
  const bytes = utf8Bytes(input);
  const warm = input.slice(0, Math.max(3, Math.ceil(input.length / 10)));
  for (let w = 0; w < 2; w++) for (const d of warm) fn(d);
  const t = timeRounds(() => { for (const d of input) fn(d); }, rounds, LIB_BUDGET_MS);
  const mbps = bytes / 1e6 / (t.cpu / 1000);
  const wallMbps = bytes / 1e6 / (t.wall / 1000);
  console.log(`${name.padEnd(34)} ${fmt(mbps, 2).padStart(8)} MB/s  (${fmt(wallMbps, 2)})   ${fmt(bytes / 1e6, 2)} MB, ${t.rounds} rounds, median ${fmt(t.cpu, 0)} ms CPU`);
  return mbps;
}

// ---- pressefakten first; its peak memory is read after its 10 MB input, before compromise and the wink pipeline load ----
const { extract } = await import(pathToFileURL(resolve(DIST, 'index.js')).href);
const pf = bench('pressefakten extract', (d) => extract(d));

// ---- the two close bars in paired rounds (pressefakten and the peer alternate, each pair within a second or
// so): the machine's speed drifts between measurements a minute apart. Before the hostile inputs, whose
// random words would fill pressefakten's word caches with junk that no archive of releases puts there ----
const PAIRED_ROUNDS = Number(args['paired-rounds'] ?? 7);
if (ONLY !== 'pressefakten') console.log(`\npaired rounds (${PAIRED_ROUNDS} pairs, alternating order; ratio = their CPU ÷ pressefakten's CPU, median of the pairs):`);
const paired = {};
const winkNLP = ONLY === 'pressefakten' ? undefined : (await import('wink-nlp')).default;
const model = ONLY === 'pressefakten' ? undefined : (await import('wink-eng-lite-web-model')).default;
const bare = winkNLP?.(model, []);
const chrono = ONLY === 'pressefakten' ? undefined : await import('chrono-node');
if (ONLY !== 'pressefakten') for (const [label, fn] of [['wink-nlp bare tokenizer', (d) => bare.readDoc(d)], ['chrono-node German', (d) => chrono.de.parse(d)]]) {
  // gc() first, then the warm-up: two untimed pairs. A forced full GC throws away compiled code and caches, and
  // the rounds after it re-warm (the first round after it: pressefakten, with more code to compile, 5× its steady
  // time, chrono 1.7×; the second still 1.3×). With the gc() between warm-up and pairs, as before, the first two
  // pairs of every run measured that, not the libraries
  gc();
  for (let w = 0; w < 2; w++) { for (const d of docs) fn(d); for (const d of docs) extract(d); }
  const p = pairedRounds(() => { for (const d of docs) extract(d); }, () => { for (const d of docs) fn(d); }, PAIRED_ROUNDS);
  paired[label] = p.ratio;
  console.log(`  vs ${label.padEnd(26)} ratio ${fmt(p.ratio, 2)}   (pressefakten median ${fmt(p.a, 0)} ms, theirs ${fmt(p.b, 0)} ms CPU; pairs ${p.ratios.map((r) => fmt(r, 2)).join(' ')})`);
}

// linearity: one 1 MB and one 10 MB input, time ratio should be ≈ 10. After the paired rounds: the 10 MB input
// grows the heap to ≈ 600 MB, and every round after it paid for marking that heap on V8's helper threads (CPU time
// of the process): paired 0.60× chrono after it, 0.70× without it, same build, minutes apart.
let linearity = Number.NaN;
if (!args['skip-linearity']) {
gc();
const oneMB = bigInput(sources.docs, 1e6);
const tenMB = bigInput(sources.docs, 10e6);
extract(oneMB); // warm
const t1 = timeRounds(() => extract(oneMB), 3, 1);
gc();
const t10 = timeRounds(() => extract(tenMB), 1, 1);
linearity = t10.cpu / t1.cpu;
console.log(`linearity: 1 MB in ${fmt(t1.cpu, 0)} ms CPU (${fmt(t1.wall, 0)} wall), 10 MB in ${fmt(t10.cpu, 0)} ms CPU (${fmt(t10.wall, 0)} wall), ratio ${fmt(linearity, 2)} (≈10 is linear)`);
}
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`peak RSS after pressefakten's 10 MB input (wink-nlp's tokenizer and chrono-node loaded for the pairs): ${fmt(rss, 0)} MB`);

// hostile inputs: 100 kB and 1 MB of each, CPU-time ratio should be ≈ 10
const hostile = [];
if (!args['skip-hostile']) {
  console.log('\nhostile inputs, 100 kB → 1 MB, medians of three runs (ratio ≈ 10 is linear):');
  for (const [name, make] of Object.entries(HOSTILE)) {
    const small = make(100_000);
    const large = make(1_000_000);
    extract(small); // warm (and the first sight of its words for wink)
    // medians of three: one run of 20–100 ms is easily 40 % off on this VM (per character, 100 kB, 300 kB, 1 MB
    // and 3 MB of each input measured the same when taken as medians of three; single runs gave ratios up to 23)
    const a = median([0, 1, 2].map(() => timeOnce(() => extract(small)).cpu));
    gc();
    const b = median([0, 1, 2].map(() => timeOnce(() => extract(large)).cpu));
    const ratio = b / Math.max(a, 0.5);
    // Above 20, one more point: 3 MB. Between 100 kB and 1 MB some inputs cross a memory cliff (the tokens no
    // longer fit V8's young generation and are copied to the old one; "ca. ca. …": 250 ns per character at
    // 100 kB, 830 at 1 MB, 820 at 3 MB). A cliff is paid once; an algorithm worse than linear keeps growing,
    // so 1 MB → 3 MB tells them apart (≈ 3 is linear, 9 would be quadratic).
    let beyond = Number.NaN;
    if (ratio > 20) {
      gc();
      const c = timeOnce(() => extract(make(3_000_000))).cpu;
      beyond = c / b;
    }
    hostile.push([name, ratio, b, beyond]);
    console.log(`  ${name.padEnd(28)} 100 kB ${fmt(a, 0).padStart(6)} ms   1 MB ${fmt(b, 0).padStart(7)} ms   ratio ${fmt(ratio, 1).padStart(5)}   ${fmt(1 / (b / 1000), 2)} MB/s` +
      (Number.isNaN(beyond) ? '' : `   (over 20: 1 MB → 3 MB ratio ${fmt(beyond, 1)}, ≈ 3 is linear)`));
  }
}

if (ONLY === 'pressefakten') process.exit(0);

// ---- the others, on the same documents ----
console.log('');
const wbare = bench('wink-nlp bare tokenizer (readDoc)', (d) => bare.readDoc(d));
const full = winkNLP(model);
const wfull = bench('wink-nlp default pipeline', (d) => full.readDoc(d));
const chr = bench('chrono-node German (de.parse)', (d) => chrono.de.parse(d));
const capped = capDocs(docs, COMPROMISE_CAP);
const nlp = (await import('compromise')).default;
const comp = bench('compromise nlp(text).json()', (d) => nlp(d).json(), capped, 3);
const deNlp = (await import('de-compromise')).default;
const decomp = bench('de-compromise nlp(text).json()', (d) => deNlp(d).json(), capped, 3);
console.log(`(compromise and de-compromise run on the first ${capped.length} documents, ${fmt(utf8Bytes(capped) / 1e6, 2)} MB)`);


// ---- cold start of the CLI on one file: wall time, and the child's CPU time via the shell's `times` ----
const cli = resolve(DIST, 'cli/main.js');
const seedFile = sources.files.find((f) => f.seed)?.path ?? sources.files[0].path;
const coldWall = [];
const coldCpu = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const r = spawnSync('/bin/sh', ['-c', '"$0" "$1" extract "$2" > /dev/null && times', process.execPath, cli, seedFile], { encoding: 'utf8' });
  coldWall.push(performance.now() - t0);
  if (r.status !== 0) { console.log(`cold start: exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}`); break; }
  const child = r.stdout.trim().split('\n').pop().match(/(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/u);
  if (child) coldCpu.push((Number(child[1]) * 60 + Number(child[2]) + Number(child[3]) * 60 + Number(child[4])) * 1000);
}
const coldMs = median(coldWall);
const coldCpuMs = coldCpu.length > 0 ? median(coldCpu) : Number.NaN;
const peak = process.resourceUsage().maxRSS / 1024;

console.log('\nratios (pressefakten MB/s ÷ theirs, CPU time, each measured on its own above):');
const info = [
  ['wink-nlp bare tokenizer', wbare], ['wink-nlp default pipeline', wfull], ['chrono-node German', chr],
  ['compromise', comp], ['de-compromise', decomp],
];
for (const [label, theirs] of info) console.log(`      vs ${label.padEnd(28)} ${fmt(pf / theirs, 2)}`);
console.log('\nbars (SPEC §4):');
// the close bars use the paired ratios (see above); compromise is 10–20× away from its bar either way
const bars = [
  ['≥ 0.5× wink-nlp bare tokenizer', paired['wink-nlp bare tokenizer'], 0.5],
  ['≥ 10× compromise', pf / comp, 10],
  ['≥ 1× chrono-node German', paired['chrono-node German'], 1],
];
let failed = 0;
for (const [label, ratio, bar] of bars) {
  const ok = ratio >= bar;
  if (!ok) failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(34)} ratio ${fmt(ratio, 2)}`);
}
// cold start: CPU time of the child when the shell reports it (the wall time on a busy machine waits for the neighbours)
const coldOk = (Number.isFinite(coldCpuMs) ? coldCpuMs : coldMs) < 1000;
const linOk = linearity >= 5 && linearity <= 15;
const hostileBad = hostile.filter(([, ratio, , beyond]) => ratio > 20 && !(beyond <= 4.5));
if (!coldOk) failed++;
if (!linOk) failed++;
if (hostileBad.length > 0) failed++;
console.log(`${coldOk ? 'PASS' : 'FAIL'}  cold start < 1 s                   median ${fmt(coldCpuMs, 0)} ms CPU, ${fmt(coldMs, 0)} ms wall (node dist/cli/main.js extract ${relative(ROOT, seedFile)}, ${coldWall.length} runs)`);
console.log(`${linOk ? 'PASS' : 'FAIL'}  linear time (10 MB ÷ 1 MB ≈ 10)    ratio ${fmt(linearity, 2)}`);
if (hostile.length > 0) console.log(`${hostileBad.length === 0 ? 'PASS' : 'FAIL'}  hostile inputs linear (1 MB ÷ 100 kB ≤ 20, or 3 MB ÷ 1 MB ≤ 4.5)${hostileBad.length > 0 ? ': ' + hostileBad.map(([n, r, , c]) => `${n} ${fmt(r, 1)}${Number.isNaN(c) ? '' : ` then ${fmt(c, 1)}`}`).join(', ') : ''}`);
console.log(`info  peak RSS of the whole bench process: ${fmt(peak, 0)} MB (pressefakten part: ${fmt(rss, 0)} MB); load average ${load()}`);
if (args.strict && failed > 0) process.exit(1);

function capDocs(list, maxChars) {
  const out = [];
  let n = 0;
  for (const d of list) {
    if (n + d.length > maxChars && out.length > 0) break;
    out.push(d);
    n += d.length;
  }
  return out;
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const key = a.slice(2);
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) { out[key] = next; i++; } else out[key] = true;
  }
  return out;
}
