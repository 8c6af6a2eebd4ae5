#!/usr/bin/env node
/**
 * The tokenizer alone: pressefakten's tokenize() (scan.ts + German layer) and scan() against
 * wink-nlp's bare readDoc, on the bench's German documents repeated to ~2 MB, one call per
 * document, MB/s in CPU time (wall time in brackets). Reads a build given by PF_DIST
 * (default /tmp/pf-tok: `npx tsc -p tsconfig.json --outDir /tmp/pf-tok`, then link
 * /tmp/pf-tok/node_modules to ./node_modules if the build imports packages).
 *
 *   node bench/tokenizer.mjs [--mb 2] [--rounds 7]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDocuments, repeatTo, utf8Bytes } from './corpus.mjs';
import { timeRounds, fmt, load } from './measure.mjs';

const argv = process.argv.slice(2);
const arg = (name, dflt) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? Number(argv[i + 1]) : dflt; };
const DIST = resolve(process.env.PF_DIST ?? '/tmp/pf-tok');
const MB = arg('mb', 2);
const ROUNDS = arg('rounds', 7);
if (!existsSync(resolve(DIST, 'text/tokens.js'))) {
  console.error(`bench/tokenizer: ${DIST}/text/tokens.js is missing; build with npx tsc -p tsconfig.json --outDir ${DIST}`);
  process.exit(2);
}
const docs = repeatTo(loadDocuments().docs, MB * 1e6);
const bytes = utf8Bytes(docs);

function bench(name, fn) {
  for (let w = 0; w < 2; w++) for (const d of docs.slice(0, 20)) fn(d);
  const t = timeRounds(() => { for (const d of docs) fn(d); }, ROUNDS, 15_000);
  const mbps = bytes / 1e6 / (t.cpu / 1000);
  console.log(`${name.padEnd(36)} ${fmt(mbps, 2).padStart(8)} MB/s  (${fmt(bytes / 1e6 / (t.wall / 1000), 2)})  ${t.rounds} rounds`);
  return mbps;
}

console.log(`tokenizer bench · ${docs.length} documents, ${fmt(bytes / 1e6, 2)} MB · dist ${DIST} · load ${load()}`);
const { tokenize } = await import(pathToFileURL(resolve(DIST, 'text/tokens.js')).href);
const scanMod = resolve(DIST, 'text/scan.js');
const pfTok = bench('pressefakten tokenize()', (d) => tokenize(d));
if (existsSync(scanMod)) {
  const { scan } = await import(pathToFileURL(scanMod).href);
  bench('pressefakten scan() (raw tokens)', (d) => scan(d));
}
const winkNLP = (await import('wink-nlp')).default;
const model = (await import('wink-eng-lite-web-model')).default;
const bare = winkNLP(model, []);
const wink = bench('wink-nlp bare tokenizer (readDoc)', (d) => bare.readDoc(d));
console.log(`tokenize() ÷ wink readDoc: ${fmt(pfTok / wink, 2)}×`);
