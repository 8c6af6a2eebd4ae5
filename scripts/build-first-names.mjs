#!/usr/bin/env node
/**
 * Builds src/lexicon/first-names.json from the German locales (de, de_AT, de_CH) of the npm
 * package @faker-js/faker (MIT), plus the hand-written list below of first names common among
 * adults in German press releases (faker's lists lean towards baby names of recent years).
 * faker is NOT a dependency of pressefakten: install it in a scratch folder first:
 *
 *   mkdir -p /tmp/geo && cd /tmp/geo && npm init -y && npm install @faker-js/faker@10.6.0
 *   node scripts/build-first-names.mjs /tmp/geo/node_modules
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const modules = process.argv[2] ?? '/tmp/geo/node_modules';
const pkgDir = join(modules, '@faker-js', 'faker');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const faker = await import(pathToFileURL(join(pkgDir, 'dist', 'index.js')).href);

// Written for pressefakten: first names of adults (born 1930–1995) in Germany, Austria and
// Switzerland (Swiss German and Romansh ones last: "Beat", "Flurina"), and international names frequent in business news.
const EXTRA_FEMALE = `Ingrid Ursula Renate Gisela Helga Karin Monika Brigitte Christa Gabriele Sabine Petra Andrea Birgit
Susanne Claudia Martina Heike Anja Silke Kerstin Manuela Nicole Stefanie Tanja Daniela Katrin Kathrin Simone Bettina Cornelia
Dagmar Doris Elke Erika Gerda Gertrud Hannelore Heidi Hildegard Irene Iris Jutta Karola Liselotte Margit Marianne Marion Regina
Rita Rosemarie Roswitha Sigrid Ulrike Ute Uta Waltraud Annegret Angelika Anke Antje Astrid Barbara Beate Bärbel Britta Carola
Christiane Christine Constanze Dorothea Edith Ellen Elfriede Elisabeth Evelyn Friederike Gudrun Hedwig Heidrun Henriette Ilse
Inge Ingeborg Irmgard Jacqueline Judith Karen Kirsten Konstanze Maren Margarete Marlies Mechthild Michaela Nadine Nadja Ramona
Sandra Silvia Sonja Svenja Tatjana Ulla Undine Verena Veronika Vera Viola Wiebke Yvonne Annette Gabi Carmen Patricia Ellen
Annika Janina Kristina Sarah Julia Katharina Anna Maria Lisa Laura Christina Melanie Jessica Jennifer Vanessa Franziska Miriam
Svenja Insa Imke Frauke Gesche Hiltrud Irmtraud Adelheid Annelie Annemarie Brunhilde Gerlinde Gundula Hermine Ilona Isolde
Jana Jasmin Katja Kornelia Lieselotte Magdalena Margot Marita Mareike Nina Olga Paula Rebecca Rebekka Sabrina Saskia Sophie
Stephanie Susann Sylvia Tamara Theresa Therese Ulrike Uschi Wilma Anneliese Hanna Hannah Elena Alexandra Kathrin Nathalie Natalie
Steffi Dorothee Ricarda Malu Katarina Nancy Klara Clara Ayşe Ayse Fatma Emine Hatice Zeynep Elif Katarzyna Agnieszka Marie Ana
Isabel Natalia Irina Swetlana Svetlana Ludmila Galina Daniela Simone Bianca Melanie Nicola Nicole Manuela Corinna Conny Birte
Birgitta Heidemarie Hella Hertha Ilka Inka Inken Jule Karoline Caroline Lydia Marlene Martha Mathilde Meike Nele Rike Silke Sina
Thea Tina Trude Ulrike Vroni Yasmin Yvette Zoe Anja Antonia Beatrix Cäcilia Charlotte Dörte Edda Gesa Gitta Hanne Heike Jenny
Julia Kim Lea Leonie Luise Lina Maike Marina Marlis Melanie Mona Nadia Petra Pia Renate Ronja Ruth Selma Sophia Stefanie Theresia
Flurina Seraina Ladina Mirjam Annina Barbla Corina Fränzi Käthi Trudi`;
const EXTRA_MALE = `Hans Peter Klaus Jürgen Wolfgang Dieter Günter Günther Horst Manfred Gerhard Helmut Heinz Werner Walter Bernd
Uwe Rainer Karl Heinrich Hermann Rolf Frank Thomas Michael Andreas Stefan Stephan Christian Markus Marcus Matthias Martin Joachim
Jörg Dirk Ralf Ralph Holger Torsten Thorsten Carsten Karsten Volker Norbert Siegfried Reinhard Rüdiger Gerd Gert Detlef Detlev
Ulrich Harald Hartmut Herbert Erwin Ernst Friedrich Fritz Georg Gottfried Gustav Helmuth Hubert Johann Josef Joseph Kurt Lothar
Ludwig Otto Reiner Richard Robert Rudolf Theo Theodor Wilfried Wilhelm Willi Willy Achim Axel Bernhard Björn Burkhard Claus
Dietmar Dietrich Eberhard Eckhard Egon Erich Falk Gunnar Guido Hagen Heiko Heiner Helge Henning Ingo Jens Jochen Kai Knut
Konrad Lars Lutz Malte Marco Mario Marko Olaf Ole Oliver Patrick Ralf Reinhold Roland Sascha Sven Swen Timo Tobias Ulf Ullrich
Volkmar Winfried Wolf Wolfram Alexander Daniel David Florian Jan Jens Johannes Jonas Julian Kevin Lukas Marcel Maximilian
Niklas Philipp Sebastian Simon Tim Tom Benjamin Dominik Fabian Felix Hendrik Jakob Jacob Moritz Nils Paul Rene René Robin
Steffen Sören Thilo Till Armin Arne Arnold Berthold Bodo Eckart Edgar Edmund Emil Fred Friedhelm Gregor Hannes Hans-Jürgen
Heinz-Georg Helmar Hinrich Hugo Jost Karl-Heinz Klemens Clemens Konstantin Leo Leonhard Manuel Max Mathias Nikolaus Oskar
Ottmar Raimund Reinhart Roman Rupert Siegmar Ulli Valentin Viktor Waldemar Wendelin Werner Wieland Wilhelm Xaver Elon Mark
Bill Jeff Tim Steve John James William Charles George Donald Joe Barack Emmanuel Vladimir Olaf Friedrich Annalena Robert
Hubertus Cem Boris Horst Armin Hendrik Markus Winfried Reiner Mehmet Ahmet Ali Mustafa Murat Hakan Kemal Yusuf Ibrahim Hasan
Hüseyin Ömer Aleksandr Alexander Sergej Andrzej Piotr Tomasz Giuseppe Luca Giovanni Francesco Jean Pierre François Michel Claude
José Juan Carlos Antonio Luis Pedro Igor Dmitri Wladimir Jacques Karl-Josef Hans-Joachim Hans-Georg Hans-Dieter Hans-Werner
Heinz-Josef Jens-Uwe Klaus-Peter Karl-Heinz Bernd Ewald Ferdinand Franz Friedemann Gebhard Gerold Gernot Gisbert Godehard Hanns
Hartwig Heribert Hinnerk Ingolf Jobst Jupp Kasimir Lorenz Ludger Manfred Meinolf Nikolai Norbert Otmar Reinhold Rochus Sigmund
Thorben Udo Uli Veit Wigbert Wilko Eike Eckhard Erhard Ekkehard Fritz-Otto Sönke Jannik Jannis Jörn Kolja Malte Mats Nico Niko
Pascal Rene Ruben Sandro Silvio Stefan Steffen Sven Thies Tjark Torben Vincent Wolf-Dieter Michael Christoph Christopher Jochen
Beat Fredi Köbi Curdin Andri Flurin Corsin Linard Pirmin Sepp Gion Noldi`;

const female = new Set();
const male = new Set();
for (const loc of ['de', 'de_AT', 'de_CH']) {
  const fn = faker.allLocales[loc].person.first_name;
  for (const n of fn.female ?? []) female.add(n);
  for (const n of fn.male ?? []) male.add(n);
}
for (const n of EXTRA_FEMALE.split(/\s+/u)) if (n) female.add(n);
for (const n of EXTRA_MALE.split(/\s+/u)) if (n) male.add(n);
// Names that are more often a word, a brand or an abbreviation in German texts than a first name.
const DROP = new Set(['Bo', 'Fine', 'Line', 'Joy', 'Sky', 'Beat', 'Lean', 'Can', 'Said', 'Bent', 'Guy', 'Vin', 'Mio', 'Lee', 'Liv', 'Lyn',
  'Luk', 'Lio', 'Flora', 'Nike', 'Ege', 'Efe', 'Sude', 'Neo', 'Odin', 'Jolie', 'Luna', 'Ruby', 'Sam', 'Jay', 'Kay', 'Ian', 'Len']);
for (const n of DROP) { female.delete(n); male.delete(n); }
female.delete('Annalena'); female.add('Annalena');
male.delete('Annalena');
const here = dirname(fileURLToPath(import.meta.url));
const out = {
  source: `@faker-js/faker@${pkg.version} (${pkg.license}) locales de, de_AT, de_CH, plus a hand-written list in scripts/build-first-names.mjs`,
  female: [...female].sort(),
  male: [...male].sort(),
};
const file = join(here, '..', 'src', 'lexicon', 'first-names.json');
writeFileSync(file, JSON.stringify(out) + '\n');
console.log(`${file}: ${out.female.length} female, ${out.male.length} male`);
