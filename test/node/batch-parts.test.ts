import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumerate, globToRegExp, type Input } from '../../src/node/batch/inputs.js';
import { truncateTornTail } from '../../src/node/batch/resume.js';
import { inShard, parseShard, shardOf } from '../../src/node/batch/shard.js';
import { runTask } from '../../src/node/batch/task.js';
import { readLines } from '../../src/node/batch/lines.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pf-inputs-'));
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  mkdirSync(join(dir, 'c'));
  writeFileSync(join(dir, 'a/one.txt'), 'eins');
  writeFileSync(join(dir, 'a/b/two.html'), '<p>zwei</p>');
  writeFileSync(join(dir, 'c/three.txt'), 'drei');
  writeFileSync(join(dir, 'a/recs.jsonl'), '{"id":"r1","text":"x","source":"dpa","date":"2017-03-16T08:00:00Z"}\n\n{"text":"y"}\n{"id":"r3"}\n[1]\n{broken\n');
  symlinkSync('..', join(dir, 'a/b/up'));        // loop
  symlinkSync('../c', join(dir, 'a/alias'));     // a folder walked twice
  symlinkSync('missing.txt', join(dir, 'a/gone.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function all(args: string[], stdin?: Readable): Promise<Input[]> {
  const out: Input[] = [];
  for await (const input of enumerate(args, stdin === undefined ? {} : { stdin })) out.push(input);
  return out;
}

const summary = (inputs: Input[]): string[] => inputs.map((i) => `${i.kind === 'error' ? i.code : i.kind} ${i.path.slice(dir.length + 1)}${i.kind === 'record' ? ` ${i.id}` : ''}`);

describe('enumerate', () => {
  it('walks folders in code-point order; symlink loops, aliases and dangling links are explicit', async () => {
    expect(summary(await all([dir]))).toEqual([
      'file a/alias/three.txt',
      'file a/b/two.html',
      'symlink_loop a/b/up',
      'dangling_symlink a/gone.txt',
      'file a/one.txt',
      'record a/recs.jsonl:1 r1',
      `record a/recs.jsonl:3 ${dir}/a/recs.jsonl:3`,
      'missing_text a/recs.jsonl:4',
      'invalid_record a/recs.jsonl:5',
      'invalid_json a/recs.jsonl:6',
      'duplicate_folder c',
    ]);
  });
  it('keeps JSONL fields and takes the date as the anchor', async () => {
    const [rec] = (await all([join(dir, 'a/recs.jsonl')])) as Extract<Input, { kind: 'record' }>[];
    expect(rec).toMatchObject({ id: 'r1', text: 'x', fields: { source: 'dpa', date: '2017-03-16T08:00:00Z' }, releaseDate: '2017-03-16' });
  });
  it('matches globs with the same walker', async () => {
    expect(summary(await all([`${dir}/**/*.txt`]))).toEqual(['file a/alias/three.txt', 'dangling_symlink a/gone.txt', 'file a/one.txt']);
    expect(summary(await all([`${dir}/*/*.{txt,html}`]))).toEqual(['dangling_symlink a/gone.txt', 'file a/one.txt', 'file c/three.txt']);
    expect(summary(await all([`${dir}/nothing/*.txt`]))).toEqual([`no_match ${'nothing/*.txt'}`]);
  });
  it('matches a glob whose static part has "..", "." or doubled slashes', async () => {
    expect(summary(await all([`${dir}/a/../c/*.txt`]))).toEqual(['file c/three.txt']);
    expect(summary(await all([`${dir}//c/./*.txt`]))).toEqual(['file c/three.txt']);
  });
  it('makes a malformed glob an error input of its own, and goes on with the other inputs', async () => {
    expect(summary(await all([`${dir}/[z-a]*.txt`, join(dir, 'c')]))).toEqual(['invalid_glob [z-a]*.txt', 'file c/three.txt']);
  });
  it('keeps a JSONL field named __proto__ as a field', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"p1","text":"a","__proto__":{"x":1},"quelle":"dpa"}\n')]);
    const [rec] = await all(['-'], stdin);
    expect(rec?.kind === 'record' ? JSON.stringify(rec.fields) : '').toBe('{"__proto__":{"x":1},"quelle":"dpa"}');
  });
  it("reports a second '-' instead of reading nothing for it", async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"a"}\n')]);
    expect((await all(['-', '-'], stdin)).map((i) => `${i.kind === 'error' ? i.code : i.id}`)).toEqual(['s1', 'stdin_twice']);
  });
  it('reads NDJSON from stdin', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"a"}\n{"id":'), Buffer.from('"s2","text":"b"}')]);
    expect((await all(['-'], stdin)).map((i) => `${i.id} ${i.path}`)).toEqual(['s1 -:1', 's2 -:2']);
  });
  it('reports a missing path', async () => {
    expect(summary(await all([join(dir, 'nope.txt')]))).toEqual(['not_found nope.txt']);
  });
});

describe('glob escapes', () => {
  let g: string;
  beforeAll(() => {
    g = mkdtempSync(join(tmpdir(), 'pf-escapes-'));
    mkdirSync(join(g, 'a*b'));
    mkdirSync(join(g, 'aXb'));
    writeFileSync(join(g, 'Bericht [2019].txt'), 'x');
    writeFileSync(join(g, 'Bericht 1.txt'), 'x');
    writeFileSync(join(g, 'a*b/x.txt'), 'x');
    writeFileSync(join(g, 'aXb/x.txt'), 'x');
  });
  afterAll(() => rmSync(g, { recursive: true, force: true }));
  const names = (inputs: Input[]): string[] => inputs.map((i) => `${i.kind === 'error' ? i.code : i.kind} ${i.path.slice(g.length + 1)}`);
  it('takes a backslash-escaped bracket literally ("[2019]" unescaped would match "Bericht 1.txt")', async () => {
    expect(names(await all([`${g}/*\\[2019\\].txt`]))).toEqual(['file Bericht [2019].txt']);
    expect(names(await all([`${g}/*[2019].txt`]))).toEqual(['file Bericht 1.txt']);
  });
  it('reads a pattern whose glob characters are all escaped as the path it names', async () => {
    expect(names(await all([`${g}/Bericht \\[2019\\].txt`]))).toEqual(['file Bericht [2019].txt']);
  });
  it('keeps an escaped star in the static part of a pattern literal', async () => {
    expect(names(await all([`${g}/a\\*b/*.txt`]))).toEqual(['file a*b/x.txt']);
  });
});

describe('globToRegExp', () => {
  const CASES: [string, string, boolean][] = [
    ['a/**/*.txt', 'a/x.txt', true], ['a/**/*.txt', 'a/b/c/x.txt', true], ['a/*.txt', 'a/b/x.txt', false],
    ['a/?.txt', 'a/x.txt', true], ['a/[xy].txt', 'a/z.txt', false], ['a/[!xy].txt', 'a/z.txt', true],
    ['a/*.{txt,html}', 'a/x.html', true], ['a/**', 'a/b/c', true], ['a.b/*.txt', 'aXb/x.txt', false],
    ['a/\\*.txt', 'a/*.txt', true], ['a/\\*.txt', 'a/x.txt', false], ['a/x\\{1,2\\}.txt', 'a/x{1,2}.txt', true],
  ];
  for (const [glob, path, expected] of CASES) it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => expect(globToRegExp(glob).test(path)).toBe(expected));
});

describe('shard', () => {
  it('parses i/n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'x', '1/2/3']) expect(parseShard(bad)).toBeUndefined();
  });
  it('partitions: every id is in exactly one of n shards, and shards are roughly even', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `archiv/${i}.txt`);
    const sizes = [0, 0, 0];
    for (const id of ids) {
      const hits = [1, 2, 3].filter((i) => inShard(id, { index: i, count: 3 }));
      expect(hits).toEqual([shardOf(id, 3)]);
      sizes[hits[0]! - 1]!++;
    }
    for (const n of sizes) expect(n).toBeGreaterThan(850);
  });
});

describe('truncateTornTail', () => {
  const CASES: [string, string, string][] = [
    ['whole lines stay', '{"a":1}\n{"b":2}\n', '{"a":1}\n{"b":2}\n'],
    ['a torn last line is cut', '{"a":1}\n{"b":2}\n{"c":', '{"a":1}\n{"b":2}\n'],
    ['a complete line without newline is cut', '{"a":1}\n{"b":2}', '{"a":1}\n'],
    ['an unparseable last line is cut', '{"a":1}\n{"b":\n', '{"a":1}\n'],
    ['empty', '', ''],
  ];
  for (const [name, before, after] of CASES) {
    it(name, () => {
      const file = join(dir, 'torn.ndjson');
      writeFileSync(file, before);
      expect(truncateTornTail(file)).toBe(Buffer.byteLength(before) - Buffer.byteLength(after));
      expect(readFileSync(file, 'utf8')).toBe(after);
    });
  }
});

describe('runTask: the text-length limit (--max-chars)', () => {
  const release = 'Lemgo, 16. März 2017 – Die Musterwerk GmbH erzielte 2016 rund 40 Mio. Euro Umsatz.';
  const base = { seq: 7, path: 'x.txt', includeText: false, wantFacts: false };
  it('analyses a text at the limit', async () => {
    const r = await runTask({ ...base, text: release, maxChars: release.length });
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.parse(r.factsJson).money[0].amount).toBe(40_000_000);
  });
  it('refuses a longer one, from a JSONL record or from file bytes, with the reason', async () => {
    for (const input of [{ text: release }, { bytes: new TextEncoder().encode(release) }]) {
      const r = await runTask({ ...base, ...input, maxChars: release.length - 1 });
      expect(r).toMatchObject({ seq: 7, ok: false, code: 'too_large' });
      if (!r.ok) expect(r.message).toContain(`the text has ${release.length} characters, more than the limit of ${release.length - 1} (--max-chars)`);
    }
  });
  it('counts the decoded text, not the bytes: an HTML page of long markup and a short text passes', async () => {
    const html = `<html><head><style>${'p{}'.repeat(500)}</style></head><body><p>${release}</p></body></html>`;
    const r = await runTask({ ...base, path: 'x.html', bytes: new TextEncoder().encode(html), maxChars: release.length + 10 });
    expect(r.ok).toBe(true);
  });
});

describe('readLines', () => {
  const lines = async (chunks: (string | Uint8Array)[]): Promise<string[]> => {
    const out: string[] = [];
    for await (const { line } of readLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))))) out.push(line);
    return out;
  };
  it('joins lines across chunks, CRLF split between chunks, and keeps empty lines and a last line without newline', async () => {
    expect(await lines(['a\r', '\nb', 'c\n\n', 'd'])).toEqual(['a', 'bc', '', 'd']);
  });
  it('keeps a UTF-8 character whose bytes are split between chunks', async () => {
    const bytes = Buffer.from('März\nÖl\n');
    expect(await lines([bytes.subarray(0, 2), bytes.subarray(2, 7), bytes.subarray(7)])).toEqual(['März', 'Öl']);
  });
  it('reads a line of 4 MB that arrives in 64 KB chunks, and the line after it', async () => {
    const long = 'x'.repeat(4 << 20);
    const all = Buffer.from(`${long}\nnext\n`);
    const chunks: Uint8Array[] = [];
    for (let k = 0; k < all.length; k += 1 << 16) chunks.push(all.subarray(k, k + (1 << 16)));
    const got = await lines(chunks);
    expect(got.length).toBe(2);
    expect(got[0]!.length).toBe(long.length);
    expect(got[1]).toBe('next');
  });
});
