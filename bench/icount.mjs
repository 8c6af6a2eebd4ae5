#!/usr/bin/env node
/**
 * Instructions (and, with --cache-sim, simulated cache misses) per MB of text for one stage, counted by
 * valgrind's cachegrind: steadier than timings on this shared VM, though not exact — two runs of one build
 * differed by 5–15 % (GC and JIT timing, and V8's bimodal steady state), so it shows changes of 10 % and more.
 * Two runs of the same warm-up and a different number of rounds; the difference is the rounds' own cost
 * (start-up, module loading and JIT warm-up cancel out). The warm-up is long (30 rounds of the 0.2 MB corpus):
 * with 3, functions still tiered up during the counted rounds and the counts were 3–4× too high.
 *
 *   node bench/icount.mjs [DIST] [--stage extract|tokenize|context|language|release|dates|years|names|names:units|names:orgs|names:persons|names:locations|figures|chrono]
 *     [--mb 0.2] [--rounds 10,30] [--warm 30] [--cache-sim [--ll 524288,8,64]] [--branch-sim]
 *
 * `--stage chrono` counts chrono-node's German parser on the same documents, for scale.
 * Needs valgrind. V8 runs single-threaded here (no concurrent compilation or marking), so the counts are those of
 * the main thread's work, not of the helpers a normal run uses; cache misses are those of cachegrind's model,
 * not of the real CPU (this VM exposes no hardware counters to `perf`). Cachegrind models two levels; its last level is
 * set to the size of a core's L2 (512 kB, `--ll` to change), so "LL misses" are the misses that go to the shared L3
 * or memory: the expensive ones.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { ROOT } from './corpus.mjs';
import { loadDist } from './dist.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const positional = args.filter((x, k) => !x.startsWith('--') && !(k > 0 && args[k - 1].startsWith('--') && args[k - 1] !== '--cache-sim'));

if (process.env.PF_ICOUNT_CHILD === '1') {
  // the child: warm up, then `rounds` rounds of the stage over the corpus
  const [dist, stage, rounds, mb] = [resolve(positional[0]), opt('--stage', 'extract'), Number(opt('--n', '10')), Number(opt('--mb', '0.2'))];
  const { loadDocuments, repeatTo } = await import(join(ROOT, 'bench/corpus.mjs'));
  const {
    extract, tokenize, makeContext, findNames, findRelease, findDates, findYears, findFigures, detectLanguage,
    buildUnits, findOrganizationSpans, findPersons, findLocationSpans,
  } = await loadDist(dist);
  const docs = repeatTo(loadDocuments().docs, mb * 1e6);
  const chrono = stage === 'chrono' ? await import('chrono-node') : undefined;
  // the stages after the context run on prebuilt contexts (their cost is then the stage alone; warm strings
  // make them a little cheaper than inside extract())
  const prepared = stage === 'names' || stage === 'figures' || stage.startsWith('names:') ? docs.map((d) => {
    const ctx = makeContext(d);
    const anchor = findRelease(ctx).date;
    return { ctx, anchor, years: findYears(ctx, findDates(ctx, anchor), anchor) };
  }) : undefined;
  const run = {
    extract: (k) => extract(docs[k]),
    chrono: (k) => chrono.de.parse(docs[k]),
    tokenize: (k) => tokenize(docs[k]),
    context: (k) => makeContext(docs[k]),
    names: (k) => findNames(prepared[k].ctx),
    // the names stage in parts, each with the parts before it (differences give one part's cost)
    'names:units': (k) => buildUnits(prepared[k].ctx),
    'names:orgs': (k) => { const ctx = prepared[k].ctx; findOrganizationSpans(ctx, buildUnits(ctx)); },
    'names:persons': (k) => {
      const ctx = prepared[k].ctx; const units = buildUnits(ctx); const spans = findOrganizationSpans(ctx, units);
      findPersons(ctx, units, new Uint8Array(units.length), spans);
    },
    'names:locations': (k) => {
      const ctx = prepared[k].ctx; const units = buildUnits(ctx); const spans = findOrganizationSpans(ctx, units);
      const people = findPersons(ctx, units, new Uint8Array(units.length), spans);
      findLocationSpans(ctx, units, people.mask);
    },
    figures: (k) => findFigures(prepared[k].ctx, prepared[k].years, prepared[k].anchor),
    // the early stages as extract() runs them, each on a fresh context with the stages before it (differences give
    // one stage's cost: dates − release, years − dates; language and release each − context)
    language: (k) => detectLanguage(makeContext(docs[k]).tokens),
    release: (k) => findRelease(makeContext(docs[k])),
    dates: (k) => { const ctx = makeContext(docs[k]); findDates(ctx, findRelease(ctx).date); },
    years: (k) => { const ctx = makeContext(docs[k]); const anchor = findRelease(ctx).date; findYears(ctx, findDates(ctx, anchor), anchor); },
  }[stage];
  if (run === undefined) throw new Error(`unknown stage ${stage}`);
  for (let w = 0; w < Number(opt('--warm', '30')); w++) for (let k = 0; k < docs.length; k++) run(k);
  for (let r = 0; r < rounds; r++) for (let k = 0; k < docs.length; k++) run(k);
} else {
  const dist = resolve(positional[0] ?? join(ROOT, 'dist'));
  const stage = opt('--stage', 'extract');
  const mb = Number(opt('--mb', '0.2'));
  const [r1, r2] = opt('--rounds', '10,30').split(',').map(Number);
  const cacheSim = args.includes('--cache-sim');
  const branchSim = args.includes('--branch-sim');
  const self = fileURLToPath(import.meta.url);
  const count = (rounds) => {
    const r = spawnSync('valgrind', ['--tool=cachegrind', ...(cacheSim ? [`--LL=${opt('--ll', '524288,8,64')}`] : []), `--cache-sim=${cacheSim ? 'yes' : 'no'}`, `--branch-sim=${branchSim ? 'yes' : 'no'}`, '--cachegrind-out-file=/dev/null',
      '--smc-check=all-non-file', process.execPath, '--no-concurrent-recompilation', '--no-concurrent-marking', '--single-threaded-gc',
      // fixed seeds: with V8's random string-hash seed, two runs of one build differed by up to 11 % in instructions (892 and 1006 per byte)
      '--hash-seed=1', '--random-seed=1',
      self, dist, '--stage', stage, '--n', String(rounds), '--mb', String(mb), '--warm', opt('--warm', '30')], { encoding: 'utf8', env: { ...process.env, PF_ICOUNT_CHILD: '1' }, maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`valgrind failed: ${r.stderr.slice(-2000)}`);
    const read = (label) => { const m = new RegExp(`${label}\\s*(?:refs|misses)?:\\s+([\\d,]+)`).exec(r.stderr); return m === null ? Number.NaN : Number(m[1].replace(/,/g, '')); };
    return { i: read('I'), d: read('D'), d1: read('D1'), ll: read('LLd'), i1: read('I1'), b: read('Mispredicts'), bc: read('Branches') };
  };
  const a = count(r1);
  const b = count(r2);
  const per = (x, y) => ((y - x) / (r2 - r1) / mb / 1e6);
  console.log(`${stage} ${dist}: ${per(a.i, b.i).toFixed(0)} instructions per byte of text`
    + (cacheSim ? `, ${per(a.d, b.d).toFixed(1)} data refs, ${(per(a.d1, b.d1) * 1000).toFixed(1)} D1 misses and ${(per(a.ll, b.ll) * 1000).toFixed(2)} LL misses per 1000 bytes, ${(per(a.i1, b.i1) * 1000).toFixed(1)} I1 misses per 1000 bytes` : '')
    + (branchSim ? `, ${per(a.bc, b.bc).toFixed(1)} branches and ${(per(a.b, b.b)).toFixed(2)} mispredicted per byte` : ''));
}
