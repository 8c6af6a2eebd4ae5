/**
 * `pressefakten batch`, run as the built bin on generated archives: every input accounted for, errors
 * explicit, --jobs 1 = --jobs 2 byte for byte, shards partition the whole, kill -9 + --resume loses and
 * duplicates nothing, the SQLite file has a row per document and re-running adds none, stdin→stdout filter.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, TEST_ENV, junkArchive, parseLines, plainArchive, release, run, type Expected, type OutLine } from './archive.js';

let tmp: string;
beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build (or set PRESSEFAKTEN_BIN)`);
  tmp = mkdtempSync(join(tmpdir(), 'pf-batch-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rel = (root: string, line: OutLine): string => line.path.slice(root.length + 1);
const status = (line: OutLine): string => (line.error !== undefined ? line.error.code : 'facts');

/** Every {text, start, end} inside the facts slices the analysed text exactly. */
function checkOffsets(value: unknown, text: string): number {
  let n = 0;
  if (Array.isArray(value)) for (const v of value) n += checkOffsets(v, text);
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
      expect(text.slice(o.start, o.end)).toBe(o.text);
      n++;
    }
    for (const v of Object.values(o)) n += checkOffsets(v, text);
  }
  return n;
}

describe('batch over a junk archive', () => {
  let root: string;
  let expected: Expected;
  let lines: OutLine[];
  let result: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    root = join(tmp, 'junk');
    expected = junkArchive(root, { big: true });
    result = await run(['batch', root, '--jobs', '2', '--out', join(tmp, 'junk.ndjson'), '--db', join(tmp, 'junk.sqlite'), '--include-text', '--release-date', '2017-03-16']);
    lines = parseLines(readFileSync(join(tmp, 'junk.ndjson'), 'utf8'));
  });

  it('accounts for every input exactly once, with the expected outcome', () => {
    const got = Object.fromEntries(lines.map((l) => [rel(root, l), status(l)]));
    expect(got).toEqual(expected);
    expect(lines.length).toBe(Object.keys(expected).length);
  });
  it('says what failed: exit code 1, a summary on stderr, nothing on stdout', () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const failed = Object.values(expected).filter((s) => s !== 'facts').length;
    expect(result.stderr).toContain(`${lines.length} inputs; ${lines.length - failed} ok; ${failed} failed`);
    expect(result.stderr).toContain('1 files in folders ignored as not releases (.expected.json 1;');
  });
  it('gives every error a code and a message', () => {
    for (const l of lines.filter((x) => x.error !== undefined)) expect(l.error!.message.length).toBeGreaterThan(5);
  });
  it('decodes every encoding to the same German text', () => {
    const byPath = new Map(lines.map((l) => [rel(root, l), l]));
    expect(byPath.get('alt/win1252.txt')!.text).toBe(release(3));
    expect(byPath.get('alt/win1252.txt')!.decoded).toEqual({ format: 'text', encoding: 'windows-1252' });
    expect(byPath.get('alt/latin9.txt')!.text).toBe('Größe: 5 €');
    expect(byPath.get('alt/utf16le.txt')!.text).toBe(release(4));
    expect(byPath.get('alt/utf16be.txt')!.text).toBe(release(5));
    expect(byPath.get('bom.txt')!.text).toBe(release(2));
    expect(byPath.get('alt/tief/mojibake.txt')!.text).toBe(release(6));
    expect(byPath.get('alt/tief/mojibake.txt')!.facts!.warnings.map((w) => w.code)).toContain('mojibake_repaired');
    expect(byPath.get('alt/win1252.txt')!.facts!.warnings.map((w) => w.code)).toContain('legacy_encoding');
    expect(byPath.get('meldungen.jsonl:5')!.text).toBe('März 2018: Die Firma wächst.');
    expect(byPath.get('bericht.pdf')!.text).toBe('Lemgo, 16. März 2017 - Die Musterwerk GmbH erzielte\nrund 40 Mio. Euro Umsatz.');
    const html = byPath.get('seite.html')!.text!;
    expect(html.startsWith('Meldung\n\n')).toBe(true);
    for (const gone of ['Skript', 'Navigation', 'Fußzeile', '<p>']) expect(html).not.toContain(gone);
    expect(Buffer.byteLength(byPath.get('gross.txt')!.text!)).toBe(10_000_000);
  });
  it('keeps JSONL fields and ids', () => {
    const rec = lines.find((l) => l.id === 'pm-1')!;
    expect(rec).toMatchObject({ quelle: 'ots', releaseDate: '2019-05-02' });
    expect(lines.find((l) => l.id === 'pm-2')!.error!.code).toBe('missing_text');
  });
  it('evidence offsets refer to the analysed text (--include-text)', () => {
    for (const l of lines) if (l.facts !== undefined) checkOffsets(l.facts, l.text!);
  });
  it('writes a SQLite file with a row per document and a table per fact kind', () => {
    const db = new Database(join(tmp, 'junk.sqlite'), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(lines.length);
      const langs = db.prepare("SELECT count(*) AS n FROM documents WHERE language IS NOT NULL").get() as { n: number };
      expect(langs.n).toBe(lines.filter((l) => l.facts !== undefined).length);
      const errs = db.prepare('SELECT error_code AS code FROM documents WHERE id = ?').get(lines.find((l) => rel(root, l) === 'daten.bin')!.id) as { code: string };
      expect(errs.code).toBe('binary');
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name).sort();
      expect(tables).toEqual(['dates', 'documents', 'headcounts', 'locations', 'money', 'organizations', 'percentages', 'persons', 'quantities', 'quotes', 'warnings', 'years'].sort());
      const cols = (db.prepare('PRAGMA table_info(headcounts)').all() as { name: string }[]).map((c) => c.name);
      expect(cols).toEqual(expect.arrayContaining(['doc_id', 'count', 'kind', 'year', 'organization', 'evidence_text', 'evidence_start', 'evidence_end']));
      const warnings = db.prepare("SELECT count(*) AS n FROM warnings WHERE code = 'mojibake_repaired'").get() as { n: number };
      expect(warnings.n).toBeGreaterThanOrEqual(2);
    } finally {
      db.close();
    }
  });
});

describe('batch determinism, shards, database re-runs', () => {
  let root: string;
  const out = (name: string): string => join(tmp, `mid-${name}.ndjson`);
  beforeAll(async () => {
    root = join(tmp, 'mid');
    junkArchive(root);
    plainArchive(join(root, 'plain'), 60);
  });

  it('--jobs 1 and --jobs 2 give byte-identical output, in input order', { timeout: 120_000 }, async () => {
    const [one, two] = await Promise.all([
      run(['batch', root, '--jobs', '1', '--out', out('j1')]),
      run(['batch', root, '--jobs', '2', '--out', out('j2')]),
    ]);
    expect([one.code, two.code]).toEqual([1, 1]);
    const a = readFileSync(out('j1'));
    expect(a.equals(readFileSync(out('j2')))).toBe(true);
    const paths = parseLines(a.toString()).map((l) => l.path);
    const plain = paths.filter((p) => p.includes('/plain/'));
    expect(plain).toEqual([...plain].sort());
    expect(plain.length).toBe(60);
  });

  it('shards 1/3, 2/3, 3/3 together are exactly the unsharded run', { timeout: 120_000 }, async () => {
    const whole = parseLines(readFileSync(out('j1'), 'utf8'));
    const shards = await Promise.all([1, 2, 3].map(async (i) => {
      const r = await run(['batch', root, '--jobs', '1', '--shard', `${i}/3`]);
      return parseLines(r.stdout);
    }));
    for (const s of shards) expect(s.length).toBeGreaterThan(10);
    const union = shards.flat().map((l) => JSON.stringify(l)).sort();
    expect(union).toEqual(whole.map((l) => JSON.stringify(l)).sort());
    // and each shard keeps the input order
    const order = new Map(whole.map((l, i) => [l.id, i]));
    for (const s of shards) {
      const idx = s.map((l) => order.get(l.id)!);
      expect(idx).toEqual([...idx].sort((x, y) => x - y));
    }
  });

  it('re-running into the same database replaces rows, never duplicates them', { timeout: 120_000 }, async () => {
    const dbPath = join(tmp, 'mid.sqlite');
    const counts = (): Record<string, number> => {
      const db = new Database(dbPath, { readonly: true });
      try {
        return Object.fromEntries(['documents', 'years', 'dates', 'money', 'headcounts', 'warnings', 'persons'].map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
      } finally {
        db.close();
      }
    };
    const some = join(root, 'plain', 'band-00');
    await run(['batch', some, '--db', dbPath, '--out', out('db1'), '--jobs', '1']);
    const first = counts();
    expect(first.documents).toBe(50);
    await run(['batch', some, '--db', dbPath, '--out', out('db2'), '--jobs', '1']);
    expect(counts()).toEqual(first);
  });
});

describe('kill -9 and --resume', () => {
  it('completes a killed run with no record lost or written twice, after cutting a torn last line', { timeout: 180_000 }, async () => {
    const root = join(tmp, 'big');
    const N = 2000;
    // enough inputs that the kill lands mid-way on a fast machine too (150, then 800, were sometimes all done
    // before it landed: lines come out 64 at a time with --db, and warm workers are quick)
    plainArchive(root, N);
    const outFile = join(tmp, 'killed.ndjson');
    const dbFile = join(tmp, 'killed.sqlite');
    const child = spawn(process.execPath, [BIN, 'batch', root, '--jobs', '2', '--out', outFile, '--db', dbFile], { env: TEST_ENV, stdio: 'ignore' });
    // Kill it once some lines are out, but well before the end.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (existsSync(outFile) && statSync(outFile).size > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const partial = readFileSync(outFile, 'utf8').split('\n').filter((l) => l.length > 0).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(N);
    // As if the kill had landed in the middle of a write:
    appendFileSync(outFile, '{"id":"' + join(root, 'band-39/pm-1999.txt') + '","path":"band-0');

    const resumed = await run(['batch', root, '--jobs', '2', '--out', outFile, '--db', dbFile, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/skipped \(already in the output\)/u);
    expect(resumed.stderr).toMatch(/torn last line of \d+ bytes removed/u);
    const lines = parseLines(readFileSync(outFile, 'utf8'));
    const ids = lines.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(N);
    expect(lines.every((l) => l.facts !== undefined)).toBe(true);

    // The same content as a clean run, line for line (order aside: the resumed part comes after).
    const clean = await run(['batch', root, '--jobs', '2']);
    expect(lines.map((l) => JSON.stringify(l)).sort()).toEqual(parseLines(clean.stdout).map((l) => JSON.stringify(l)).sort());
    const db = new Database(dbFile, { readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(N);
    db.close();

    // Resuming a complete output does nothing.
    const again = await run(['batch', root, '--out', outFile, '--resume']);
    expect(again.stderr).toContain(`0 ok; 0 failed; ${N} skipped`);
    expect(readFileSync(outFile, 'utf8').split('\n').length).toBe(N + 1);
  });
});

describe('the batch never reads its own output', () => {
  it('skips the output in an input folder reached through a symlink (it used to read it back without end)', { timeout: 60_000 }, async () => {
    const root = join(tmp, 'own-out');
    mkdirSync(join(root, 'archiv'), { recursive: true });
    for (let k = 0; k < 3; k++) writeFileSync(join(root, 'archiv', `pm-${k}.txt`), release(30 + k));
    symlinkSync('archiv', join(root, 'archiv-link'));
    for (const out of ['zz.ndjson', 'facts.txt']) {
      const r = await run(['batch', join(root, 'archiv-link'), '--jobs', '1', '--out', join(root, 'archiv', out), '--db', join(root, 'archiv', 'f.sqlite')]);
      expect(r.code).toBe(0);
      const ids = parseLines(readFileSync(join(root, 'archiv', out), 'utf8')).map((l) => l.id.split('/').pop());
      expect(ids).toEqual(['pm-0.txt', 'pm-1.txt', 'pm-2.txt']);
      rmSync(join(root, 'archiv', out));
    }
  });

  it('refuses a file named as an input and as --out (exit 2), before emptying it', async () => {
    const root = join(tmp, 'self-out');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'a.txt'), release(40));
    writeFileSync(join(root, 'b.txt'), release(41));
    const r = await run(['batch', join(root, 'a.txt'), join(root, 'b.txt'), '--out', join(root, 'a.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is an input and also the output');
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe(release(40));
  });
});

describe('file names that are not UTF-8', () => {
  it('reads each such file under an id of its own that spells the bytes; a folder so named is an explicit error', async () => {
    const root = join(tmp, 'latin1-names');
    mkdirSync(root, { recursive: true });
    const text = release(50);
    for (const name of [Buffer.from('M\xe4rz.txt', 'latin1'), Buffer.from('bad\xff.txt', 'latin1'), Buffer.from('bad\xfe.txt', 'latin1')]) {
      writeFileSync(Buffer.concat([Buffer.from(root + '/'), name]), text);
    }
    mkdirSync(Buffer.concat([Buffer.from(root + '/'), Buffer.from('Ordner\xe4', 'latin1')]));
    const r = await run(['batch', root, '--jobs', '1']);
    const lines = parseLines(r.stdout);
    expect(lines.map((l) => l.id.slice(root.length + 1))).toEqual(['M\\xe4rz.txt', 'Ordner\\xe4', 'bad\\xfe.txt', 'bad\\xff.txt']);
    expect(lines.filter((l) => l.facts !== undefined).length).toBe(3);
    expect(lines[1]!.error?.code).toBe('undecodable_name');
    expect(r.code).toBe(1);
  });
});

describe('one batch per output file', () => {
  it('refuses an --out that a live batch holds, takes over a lock left by a dead one, and leaves none behind', async () => {
    const root = join(tmp, 'locked');
    plainArchive(root, 3);
    const outFile = join(tmp, 'locked.ndjson');
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      writeFileSync(outFile + '.lock', String(sleeper.pid));
      const refused = await run(['batch', root, '--out', outFile]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`another batch (process ${sleeper.pid}) is writing ${outFile}`);
    } finally {
      sleeper.kill('SIGKILL');
      await new Promise((r) => sleeper.on('close', r));
    }
    // the holder is gone now: its lock is stale
    const ok = await run(['batch', root, '--out', outFile]);
    expect(ok.code).toBe(0);
    expect(parseLines(readFileSync(outFile, 'utf8')).length).toBe(3);
    expect(existsSync(outFile + '.lock')).toBe(false);
  });
});

describe('--max-chars on JSONL records', () => {
  it('refuses a long record as too_large and goes on with the next, with jobs 1 and 2 alike', async () => {
    const input = [JSON.stringify({ id: 'lang', text: release(60).repeat(20) }), JSON.stringify({ id: 'kurz', text: release(61) })].join('\n') + '\n';
    const outs: string[] = [];
    for (const jobs of ['1', '2']) {
      const r = await run(['batch', '-', '--jobs', jobs, '--max-chars', String(release(60).length * 5)], { input });
      expect(r.code).toBe(1);
      const lines = parseLines(r.stdout);
      expect(lines.map((l) => l.error?.code ?? 'facts')).toEqual(['too_large', 'facts']);
      expect(lines[0]!.error?.message).toContain(`the text has ${release(60).length * 20} characters`);
      outs.push(r.stdout);
    }
    expect(outs[0]).toBe(outs[1]);
  });
});

describe('--jobs', () => {
  it('takes digits only, and --out/--db need a name (exit 2, nothing on stdout)', async () => {
    const root = join(tmp, 'usage');
    plainArchive(root, 1);
    for (const args of [['--jobs', '0x2'], ['--jobs', '1e3'], ['--jobs', ' 2'], ['--out', ''], ['--db', '']]) {
      const r = await run(['batch', root, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
  it('starts at most twice the cores, and says so', async () => {
    const root = join(tmp, 'many-jobs');
    plainArchive(root, 5);
    const cap = 2 * availableParallelism();
    const r = await run(['batch', root, '--jobs', '1000', '--out', join(tmp, 'many-jobs.ndjson')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`--jobs 1000 is more than twice the cores; at most ${cap} workers run`);
    expect(r.stderr).toMatch(new RegExp(`(of )?${cap} jobs`, 'u'));
  });
});

describe('when the output cannot be written', () => {
  it('a full disk stops the run with a message and exit 2, not a stack trace', { timeout: 60_000 }, async () => {
    const root = join(tmp, 'full-disk');
    plainArchive(root, 20);
    const r = await run(['batch', root, '--jobs', '1', '--out', '/dev/full']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pressefakten: cannot write \/dev\/full: ENOSPC.*stopped after \d+ of \d+ inputs/mu);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it('a reader that closes the pipe early ends the run quietly with 128 + SIGPIPE', { timeout: 60_000 }, async () => {
    const root = join(tmp, 'closed-pipe');
    plainArchive(root, 150);
    const child = spawn(process.execPath, [BIN, 'batch', root, '--jobs', '1'], { env: TEST_ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    await new Promise<void>((ok) => child.stdout.once('data', () => ok()));
    child.stdout.destroy();
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(141);
    expect(stderr).toMatch(/standard output was closed by its reader; stopped after \d+ of \d+ inputs/u);
    expect(stderr).not.toMatch(/\n\s+at /u);
  });
});

describe('--resume and failures', () => {
  it('exits 1 when the finished output holds an error kept from before, and stands lines that are JSON but no record', async () => {
    const root = join(tmp, 'resume-fail');
    mkdirSync(root, { recursive: true });
    for (let k = 0; k < 4; k++) writeFileSync(join(root, `pm-${k}.txt`), release(20 + k));
    writeFileSync(join(root, 'a-kaputt.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x03]));
    const outFile = join(tmp, 'resume-fail.ndjson');
    const full = await run(['batch', root, '--jobs', '1', '--out', outFile]);
    expect(full.code).toBe(1);
    const lines = readFileSync(outFile, 'utf8').split('\n').filter((l) => l.length > 0);
    expect(JSON.parse(lines[0]!).error.code).toBe('binary');
    // keep the error line and one more, with lines that parse but are no records of ours
    writeFileSync(outFile, [lines[0], 'null', '42', '[1,2]', lines[1]].join('\n') + '\n');
    const resumed = await run(['batch', root, '--jobs', '1', '--out', outFile, '--resume']);
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toContain('3 ok; 0 failed; 2 skipped');
    expect(resumed.stderr).toContain('1 failed in an earlier run');
    const ids = readFileSync(outFile, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as { id: string }).id);
    expect(new Set(ids).size).toBe(5);
  });
});

describe('the filter contract (GNU parallel --pipe, Spark RDD.pipe, Hadoop Streaming)', () => {
  const input = [
    JSON.stringify({ id: 'a', text: release(11) }),
    JSON.stringify({ id: 'b', text: release(12), quelle: 'dpa' }),
    'kein json',
    JSON.stringify({ id: 'c' }),
    JSON.stringify({ text: 'ohne id' }),
  ];

  it('NDJSON in, one NDJSON line out per line in, in order, nothing else on stdout', async () => {
    const r = await run(['batch', '-', '--jobs', '1'], { input: input.join('\n') + '\n' });
    const lines = parseLines(r.stdout);
    expect(lines.map((l) => [l.id, status(l)])).toEqual([['a', 'facts'], ['b', 'facts'], ['-:3', 'invalid_json'], ['c', 'missing_text'], ['-:5', 'facts']]);
    expect(lines[1]!.quelle).toBe('dpa');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('5 inputs');
  });

  it('streams: the answer to the first line comes before stdin is closed', async () => {
    const child = spawn(process.execPath, [BIN, 'batch', '-', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    const first = new Promise<string>((resolveFirst) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        if (stdout.includes('\n')) resolveFirst(stdout);
      });
    });
    child.stdin.write(input[0] + '\n');
    const line = JSON.parse((await first).split('\n')[0]!) as OutLine;
    expect(line.id).toBe('a');
    child.stdin.end(input[1] + '\n');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
    expect(parseLines(stdout).map((l) => l.id)).toEqual(['a', 'b']);
  });
});

describe('extract', () => {
  it('still reads one file, now in any encoding, and --include-text shows the analysed text', async () => {
    const root = join(tmp, 'one');
    junkArchive(root);
    const r = await run(['extract', '--compact', '--include-text', join(root, 'alt/win1252.txt')]);
    expect(r.code).toBe(0);
    const facts = JSON.parse(r.stdout) as { text: string; warnings: { code: string }[]; schemaVersion: number };
    expect(facts.schemaVersion).toBe(1);
    expect(facts.text).toBe(release(3));
    expect(facts.warnings.map((w) => w.code)).toContain('legacy_encoding');
  });

  it('refuses a text over --max-chars with the reason and exit code 1, and analyses it under the limit', async () => {
    const root = join(tmp, 'long');
    junkArchive(root);
    const file = join(root, 'alt/win1252.txt');
    const length = release(3).length;
    const over = await run(['extract', '--max-chars', String(length - 1), file]);
    expect(over.code).toBe(1);
    expect(over.stdout).toBe('');
    expect(over.stderr).toContain(`the text has ${length} characters, more than the limit of ${length - 1} (--max-chars)`);
    const under = await run(['extract', '--compact', '--max-chars', String(length), file]);
    expect(under.code).toBe(0);
    expect(JSON.parse(under.stdout).schemaVersion).toBe(1);
  });
});
