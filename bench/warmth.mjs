#!/usr/bin/env node
/**
 * What cold data costs, per stage: every document's stages run twice in a row on one context, and the first
 * and second calls are timed apart. The second finds the document's tokens, the Words and lexicon entries its
 * words touch, and the branch history of its path warm; the gap is what the first touch costs. For scale, the
 * same is printed for extract() as a whole and for chrono-node's de.parse.
 *
 *   node bench/warmth.mjs [--mb 2] [--rounds 5]        (needs a build; PF_DIST=… for another one)
 *
 * Seventh→eighth session, on the bench corpus: extract()'s second call ≈ 26 % faster, chrono's ≈ 13 %; the names
 * and figures stages ≈ 2× faster the second time. So the gap to chrono is in the first touch, not in the steps.
 */
import { join, resolve } from 'node:path';
import { ROOT, loadDocuments, repeatTo } from './corpus.mjs';
import { loadDist } from './dist.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const mb = opt('--mb', 2);
const rounds = opt('--rounds', 5);
const dist = resolve(process.env.PF_DIST ?? join(ROOT, 'dist'));
const { extract, makeContext, detectLanguage, findRelease, findDates, findYears, findFigures, findNames } = await loadDist(dist);
const chrono = await import('chrono-node');
const docs = repeatTo(loadDocuments().docs, mb * 1e6);

const names = ['context', 'language', 'release', 'dates', 'years', 'figures', 'names', 'extract()', 'chrono de.parse'];
const first = new Float64Array(names.length);
const second = new Float64Array(names.length);
const now = () => performance.now();
/** Runs f twice, timing each call into slot k (when `timing`); returns the first call's result. */
function twice(k, f, timing) {
  let t = now();
  const r = f();
  if (timing) first[k] += now() - t;
  t = now();
  f();
  if (timing) second[k] += now() - t;
  return r;
}
function stages(d, timing) {
  const ctx = twice(0, () => makeContext(d), timing);
  twice(1, () => detectLanguage(ctx.tokens), timing);
  const anchor = twice(2, () => findRelease(ctx), timing).date;
  const dates = twice(3, () => findDates(ctx, anchor), timing);
  const years = twice(4, () => findYears(ctx, dates, anchor), timing);
  twice(5, () => findFigures(ctx, years, anchor), timing);
  twice(6, () => findNames(ctx), timing);
}
for (let w = 0; w < 3; w++) for (const d of docs) stages(d, false);
for (let r = 0; r < rounds; r++) for (const d of docs) stages(d, true);
for (let w = 0; w < 3; w++) for (const d of docs) { twice(7, () => extract(d), false); twice(8, () => chrono.de.parse(d), false); }
for (let r = 0; r < rounds; r++) for (const d of docs) { twice(7, () => extract(d), true); twice(8, () => chrono.de.parse(d), true); }
console.log(`ms per round of ${docs.length} documents (${mb} MB), each call twice in a row: first, second, and how much faster the second is`);
for (let k = 0; k < names.length; k++) {
  const a = first[k] / rounds;
  const b = second[k] / rounds;
  console.log(`${names[k].padEnd(16)} ${a.toFixed(1).padStart(7)} ${b.toFixed(1).padStart(7)}   ${((1 - b / a) * 100).toFixed(0).padStart(3)} %`);
}
