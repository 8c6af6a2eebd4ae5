#!/usr/bin/env node
/**
 * Batch throughput: a few hundred generated German releases, `pressefakten batch` with --jobs 1 and --jobs 2
 * (or the values of --jobs a,b,…), each run timed from start to exit. Reports files/s, MB/s, peak RSS
 * (VmHWM of the whole process, worker threads included) and whether the outputs are byte-identical.
 * --rounds N runs each --jobs value N times, interleaved, and reports the medians (one run on this VM can
 * be 40 % off). --corpus fixtures takes the German fixtures (fixtures/de, fixtures/holdout) cycled to
 * --files instead of generated releases: varied text, so more of the code runs and warms up.
 *
 *   npm run build && node bench/batch.mjs [--files 400] [--jobs 1,2] [--rounds 1] [--corpus generated|fixtures] [--bin dist/cli/main.js]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const files = Number(arg('files', '400'));
const jobsList = arg('jobs', '1,2').split(',').map(Number);
const rounds = Math.max(1, Number(arg('rounds', '1')));
const corpus = arg('corpus', 'generated');
if (corpus !== 'generated' && corpus !== 'fixtures') throw new Error(`--corpus: generated or fixtures, not ${corpus}`);
const bin = arg('bin', process.env.PRESSEFAKTEN_BIN ?? new URL('../dist/cli/main.js', import.meta.url).pathname);

const ORGS = ['Musterwerk', 'Nordlicht Energie', 'Talblick Logistik', 'Rheinauen Software', 'Holzmann Bau', 'Kreiswerke Lippe'];
const FORMS = ['GmbH', 'AG', 'GmbH & Co. KG', 'eG'];
const PLACES = ['Lemgo', 'Bielefeld', 'Detmold', 'Paderborn', 'Münster', 'Kassel', 'Hameln'];
const PEOPLE = ['Anna Beispiel', 'Jörg Mustermann', 'Ellen Vogt', 'Till Sommer', 'Petra Kühn', 'Ömer Yıldız'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** A deterministic pseudo-random release of about 2–5 KB. */
function release(i) {
  let s = i * 2654435761 >>> 0;
  const r = (n) => { s = (s * 1103515245 + 12345) >>> 0; return s % n; };
  const org = `${ORGS[r(ORGS.length)]} ${FORMS[r(FORMS.length)]}`;
  const place = PLACES[r(PLACES.length)];
  const year = 2005 + r(18);
  const person = PEOPLE[r(PEOPLE.length)];
  const lines = [
    `${place}, ${1 + r(28)}. ${MONTHS[r(12)]} ${year} – Die ${org} hat im Geschäftsjahr ${year - 1} einen Umsatz von rund ${10 + r(90)},${r(10)} Mio. Euro erzielt.`,
    '',
  ];
  const paragraphs = 4 + r(6);
  for (let p = 0; p < paragraphs; p++) {
    lines.push(
      `Das Unternehmen beschäftigt inzwischen mehr als ${100 + r(2000)} Mitarbeiterinnen und Mitarbeiter an ${2 + r(9)} Standorten. ` +
      `Im ${1 + r(4)}. Quartal ${year} stieg der Auftragseingang um ${r(30)},${r(10)} Prozent. Bis Ende ${year + 1} sollen ${10 + r(300)} neue Arbeitsplätze entstehen, ` +
      `die Investitionen liegen bei ca. ${1 + r(50)} Mio. €. „Wir sind mit der Entwicklung sehr zufrieden“, sagte ${person}, Geschäftsführerin der ${org}. ` +
      `Die Region mit ihren ${100000 + r(900000)} Einwohnern profitiere davon. Am ${1 + r(28)}.${1 + r(12)}.${year} um ${8 + r(10)}:${10 + r(49)} Uhr beginnt die Hauptversammlung in ${PLACES[r(PLACES.length)]}.`,
      '',
    );
  }
  lines.push('Pressekontakt:', `${org}`, `Tel.: 05261 ${100 + r(800)}-0`, '');
  return lines.join('\n');
}

/** The German fixture releases (not the English ones), in a fixed order. */
function fixtureTexts() {
  const root = new URL('../fixtures/', import.meta.url).pathname;
  const texts = [];
  for (const sub of ['de', 'holdout']) {
    for (const name of readdirSync(join(root, sub)).sort()) if (name.endsWith('.txt')) texts.push(readFileSync(join(root, sub, name), 'utf8'));
  }
  return texts;
}

function runOnce(jobs, dir, out) {
  return new Promise((resolveRun, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, 'batch', dir, '--out', out, '--jobs', String(jobs), '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
      } catch { /* exited */ }
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`batch --jobs ${jobs} exited ${code}: ${stderr}`));
      else resolveRun({ seconds, peak, stderr: stderr.trim() });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'pf-bench-'));
try {
  const archive = join(dir, 'archive');
  mkdirSync(archive);
  let bytes = 0;
  const fixtures = corpus === 'fixtures' ? fixtureTexts() : [];
  for (let i = 0; i < files; i++) {
    const text = corpus === 'fixtures' ? fixtures[i % fixtures.length] : release(i);
    writeFileSync(join(archive, `pm-${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  console.log(`${files} files (${corpus}), ${(bytes / 1e6).toFixed(2)} MB, ${bin}`);
  const runs = new Map(jobsList.map((jobs) => [jobs, []]));
  for (let round = 0; round < rounds; round++) {
    for (const jobs of jobsList) {
      const r = await runOnce(jobs, archive, join(dir, `out-${jobs}.ndjson`));
      runs.get(jobs).push(r);
      if (rounds > 1) console.log(`  round ${round + 1}, jobs ${jobs}: ${r.seconds.toFixed(2)} s`);
    }
  }
  const results = [];
  for (const jobs of jobsList) {
    const out = join(dir, `out-${jobs}.ndjson`);
    const seconds = median(runs.get(jobs).map((r) => r.seconds));
    const peak = Math.max(...runs.get(jobs).map((r) => r.peak));
    const row = { jobs, seconds, filesPerSecond: files / seconds, mbPerSecond: bytes / 1e6 / seconds, peakRssMb: peak / 1e6, outBytes: statSync(out).size };
    results.push({ ...row, out });
    console.log(`jobs ${jobs}: ${rounds > 1 ? 'median ' : ''}${seconds.toFixed(2)} s, ${row.filesPerSecond.toFixed(1)} files/s, ${row.mbPerSecond.toFixed(2)} MB/s, peak RSS ${row.peakRssMb.toFixed(0)} MB`);
  }
  const first = readFileSync(results[0].out);
  const identical = results.every((r) => readFileSync(r.out).equals(first));
  console.log(`outputs byte-identical across jobs: ${identical}`);
  if (results.length >= 2) console.log(`speed-up jobs ${results[1].jobs} over jobs ${results[0].jobs}: ${(results[0].seconds / results[1].seconds).toFixed(2)}×`);
  if (!identical) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
