/** Generated archives for the batch tests (made in a temp dir, never committed). */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makePdf } from '../node/make-pdf.js';
import { expect } from 'vitest';

/** The built CLI (npm test builds it first); PRESSEFAKTEN_BIN points elsewhere while dist/ is shared. */
export const BIN = resolve(process.env.PRESSEFAKTEN_BIN ?? 'dist/cli/main.js');

const ORGS = ['Musterwerk GmbH', 'Nordlicht Energie AG', 'Talblick Logistik GmbH', 'Rheinauen Software eG'];
const PLACES = ['Lemgo', 'Bielefeld', 'Detmold', 'Münster'];
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** A small invented German release, different for every i. */
export function release(i: number): string {
  const org = ORGS[i % ORGS.length]!;
  const year = 2000 + (i % 20);
  return `${PLACES[i % PLACES.length]}, ${1 + (i % 28)}. ${MONTHS[i % 12]} ${year} – Die ${org} hat im Jahr ${year - 1} rund ${10 + (i % 50)},${i % 10} Mio. Euro umgesetzt.\n\n` +
    `Das Unternehmen beschäftigt ${100 + i} Mitarbeiter und will bis Ende ${year + 1} weitere ${5 + (i % 40)} Stellen schaffen. ` +
    `„Wir sind zufrieden“, sagte Geschäftsführerin Anna Beispiel (Nr. ${i}).\n`;
}

export function cp1252(text: string): Buffer {
  const map: Record<string, number> = { '„': 0x84, '“': 0x93, '–': 0x96, '€': 0x80, '”': 0x94 };
  return Buffer.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}

export interface Expected {
  /** path relative to the archive → 'facts' or the error code */
  [path: string]: string;
}

/**
 * The junk archive of the issue: UTF-8, BOM, Windows-1252, ISO-8859-15, UTF-16, mojibake, HTML, PDF, JSONL,
 * empty files, a binary file, a PNG, an optional 10 MB file, a dangling symlink, a folder named x.txt,
 * a FIFO and a symlink loop. Returns what each input must give.
 */
export function junkArchive(dir: string, options: { big?: boolean } = {}): Expected {
  mkdirSync(join(dir, 'alt/tief'), { recursive: true });
  const w = (p: string, data: string | Buffer): void => writeFileSync(join(dir, p), data);
  w('utf8.txt', release(1));
  w('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(release(2))]));
  w('alt/win1252.txt', cp1252(release(3)));
  w('alt/latin9.txt', Buffer.from([...'Größe: 5 '].map((c) => c.charCodeAt(0)).concat([0xa4])));
  w('alt/utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(release(4), 'utf16le')]));
  w('alt/utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(release(5), 'utf16le').swap16()]));
  w('alt/tief/mojibake.txt', Buffer.from(Buffer.from(release(6), 'utf8').toString('latin1'), 'utf8'));
  w('seite.html', `<!DOCTYPE html><html><head><title>T</title><script>var x = "Skript";</script></head><body><nav>Navigation</nav><h1>Meldung</h1><p>${release(7).replace(/\n+/gu, '</p><p>')}</p><footer>Fußzeile</footer></body></html>`);
  w('bericht.pdf', makePdf(['Lemgo, 16. M\xe4rz 2017 - Die Musterwerk GmbH erzielte', 'rund 40 Mio. Euro Umsatz.']));
  w('meldungen.jsonl', [
    JSON.stringify({ id: 'pm-1', text: release(8), quelle: 'ots', releaseDate: '2019-05-02' }),
    '',
    JSON.stringify({ id: 'pm-2', titel: 'ohne Text' }),
    '{"id": "pm-3", "text": "abgebrochen',
    JSON.stringify({ id: 'pm-4', text: 'MÃ¤rz 2018: Die Firma wÃ¤chst.' }),
  ].join('\n') + '\n');
  w('leer.txt', '');
  w('erwartet.expected.json', '{"years": []}'); // the scorer's expectation file: ignored and counted in the summary
  w('notiz.json', '{"hinweis": "kein Text"}'); // any other file is read: accounted for, whatever it holds
  w('.DS_Store', Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
  w('nur-leerzeichen.txt', '  \n\n ');
  w('daten.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  w('bild.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
  symlinkSync('gibt-es-nicht.txt', join(dir, 'kaputt.txt'));
  symlinkSync('..', join(dir, 'alt/tief/schleife'));
  mkdirSync(join(dir, 'ordner.txt'));
  execFileSync('mkfifo', [join(dir, 'rohr.fifo')]);
  const expected: Expected = {
    'utf8.txt': 'facts', 'bom.txt': 'facts', 'alt/win1252.txt': 'facts', 'alt/latin9.txt': 'facts',
    'alt/utf16le.txt': 'facts', 'alt/utf16be.txt': 'facts', 'alt/tief/mojibake.txt': 'facts', 'seite.html': 'facts',
    'bericht.pdf': 'facts', 'meldungen.jsonl:1': 'facts', 'meldungen.jsonl:3': 'missing_text', 'meldungen.jsonl:4': 'invalid_json',
    'meldungen.jsonl:5': 'facts', 'leer.txt': 'facts', 'nur-leerzeichen.txt': 'facts', 'daten.bin': 'binary',
    'bild.png': 'unsupported_format', '.DS_Store': 'binary', 'notiz.json': 'facts', 'kaputt.txt': 'dangling_symlink', 'alt/tief/schleife': 'symlink_loop',
    'ordner.txt': 'is_a_directory', 'rohr.fifo': 'not_a_regular_file',
  };
  if (options.big === true) {
    // 10 MB: a few sentences in a sea of blank lines (a bad PDF export), so the test stays fast.
    const chunk = `${release(9)}${'\n'.repeat(10_000 - Buffer.byteLength(release(9)))}`;
    w('gross.txt', chunk.repeat(1000));
    expected['gross.txt'] = 'facts';
  }
  return expected;
}

/** n plain releases as files, in folders of 50. */
export function plainArchive(dir: string, n: number, offset = 0): void {
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `band-${String(Math.floor(i / 50)).padStart(2, '0')}`);
    if (i % 50 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `pm-${String(i).padStart(4, '0')}.txt`), release(i + offset));
  }
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI. */
/** Every worker of --jobs N starts at once, so small test archives run on several workers too. */
export const TEST_ENV = { ...process.env, PRESSEFAKTEN_EXTRA_WORKERS_AFTER_MS: '0' };

export function run(args: string[], options: { input?: string; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: TEST_ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', fail);
    child.on('close', (code) => ok({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export interface OutLine {
  id: string;
  path: string;
  hash?: string;
  text?: string;
  facts?: { warnings: { code: string }[]; language: string; [k: string]: unknown };
  error?: { code: string; message: string };
  [k: string]: unknown;
}

export function parseLines(ndjson: string): OutLine[] {
  if (ndjson === '') return [];
  expect(ndjson.endsWith('\n')).toBe(true);
  return ndjson.slice(0, -1).split('\n').map((l) => JSON.parse(l) as OutLine);
}
