#!/usr/bin/env node
/**
 * Output fingerprint for refactoring: runs extract() over every fixture release (German, English,
 * held-out), the seeds, the news sentences, the Duckling corpora (as money/time sentences) and
 * the hostile inputs at 20 kB, and writes or compares the whole JSON output.
 *
 *   node bench/golden.mjs --write /tmp/golden.json     # before a change
 *   node bench/golden.mjs --check /tmp/golden.json     # after: lists every input whose facts changed
 *
 * A speed-up must not change a single fact; a deliberate fix shows up here as a listed change.
 * Needs a build (PF_DIST=… to use another one).
 */
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './corpus.mjs';
import { HOSTILE } from './hostile.mjs';

const args = process.argv.slice(2);
const mode = args[0];
const file = args[1];
if ((mode !== '--write' && mode !== '--check') || file === undefined) {
  console.error('usage: node bench/golden.mjs --write|--check FILE');
  process.exit(2);
}
const dist = process.env.PF_DIST ?? join(ROOT, 'dist');
const { extract } = await import(join(dist, 'index.js'));

function* txtFiles(dir) {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* txtFiles(p);
    else if (e.name.endsWith('.txt')) yield p;
  }
}

/** [name, text, options] for every input. */
function inputs() {
  const list = [];
  const add = (name, text, options = {}) => list.push([name, text, options]);
  for (const dir of [join(ROOT, 'fixtures'), join(ROOT, '../shared/seeds')]) {
    for (const p of txtFiles(dir)) add(relative(ROOT, p), readFileSync(p, 'utf8'));
  }
  const news = join(ROOT, 'fixtures/news-sentences/sentences.json');
  if (existsSync(news)) JSON.parse(readFileSync(news, 'utf8')).forEach((s, k) => add(`news#${k}`, s.text));
  const duck = join(ROOT, '../shared/corpora/duckling-de');
  for (const name of ['numeral', 'ordinal', 'time', 'time.negative', 'time.ranges', 'duration', 'distance', 'volume']) {
    const p = join(duck, `${name}.json`);
    if (!existsSync(p)) continue;
    JSON.parse(readFileSync(p, 'utf8')).forEach((c, k) => {
      add(`duckling/${name}#${k}`, `Lemgo, 16. März 2017 – Am ${c.text} meldete die Firma ${c.text} Euro Umsatz.`);
    });
  }
  for (const [name, make] of Object.entries(HOSTILE)) add(`hostile/${name}`, make(20_000), { language: 'de' });
  return list;
}

const out = {};
for (const [name, text, options] of inputs()) out[name] = JSON.stringify(extract(text, { releaseDate: '2017-03-16', ...options }));

if (mode === '--write') {
  writeFileSync(file, JSON.stringify(out));
  console.log(`golden: ${Object.keys(out).length} inputs written to ${file}`);
} else {
  const old = JSON.parse(readFileSync(file, 'utf8'));
  let changed = 0;
  for (const name of new Set([...Object.keys(old), ...Object.keys(out)])) {
    if (old[name] === out[name]) continue;
    changed++;
    if (changed <= 15) {
      const a = old[name] ?? '(missing)';
      const b = out[name] ?? '(missing)';
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      console.log(`changed: ${name}\n  before …${a.slice(Math.max(0, i - 120), i + 160)}\n  after  …${b.slice(Math.max(0, i - 120), i + 160)}`);
    }
  }
  console.log(`golden: ${Object.keys(out).length} inputs, ${changed} changed`);
  if (changed > 0) process.exitCode = 1;
}
