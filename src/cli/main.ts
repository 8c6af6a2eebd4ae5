#!/usr/bin/env node
/** The `pressefakten` command: argv → core or batch; exit codes; errors as one line on stderr. */
import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { validIsoDate } from '../options.js';
import { DecodeError } from '../node/decode.js';
import { loadDocument } from '../node/document.js';
import { defaultJobs, maxJobs, runBatch, type BatchOptions, type BatchSummary } from '../node/batch/run.js';
import { parseShard, type Shard } from '../node/batch/shard.js';
import { DEFAULT_MAX_CHARS, tooLongMessage } from '../node/batch/limits.js';
import { progressView } from './progress.js';

function releaseDate(value: string): string {
  const d = validIsoDate(value);
  if (d === undefined) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return d;
}

function positiveInt(value: string): number {
  // digits only: Number() also takes "0x2", "1e3" and " 2 "
  const n = /^[0-9]+$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function fileName(value: string): string {
  if (value.trim().length === 0) throw new InvalidArgumentError('expected a file name');
  return value;
}

function shard(value: string): Shard {
  const s = parseShard(value);
  if (s === undefined) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 2/3');
  return s;
}

async function readInput(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function fail(message: string, code = 2): never {
  process.stderr.write(`pressefakten: ${message}\n`);
  process.exit(code);
}

const program = new Command();
program
  .name('pressefakten')
  .description('Facts from German press releases: dates, years, money, headcounts, counts, percentages, people, organisations, places, quotes.')
  .showHelpAfterError()
  // Usage errors exit with 2, so they are told apart from "some input failed" (1).
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program
  .command('extract')
  .description('one release → Facts as JSON on stdout')
  .argument('<file>', "a release file (.txt in any common encoding, .html, .pdf), or '-' for standard input")
  .option('--release-date <YYYY-MM-DD>', 'anchor for relative dates when the text has none', releaseDate)
  .option('--compact', 'one line of JSON instead of indented')
  .option('--include-text', 'add the analysed text as "text" (the text every offset refers to)')
  .addOption(new Option('--max-chars <n>', `refuse a text longer than this after decoding (default ${DEFAULT_MAX_CHARS}: about 1.3 GB of memory)`).argParser(positiveInt))
  .action(async (file: string, opts: { releaseDate?: string; compact?: boolean; includeText?: boolean; maxChars?: number }) => {
    let bytes: Uint8Array;
    try {
      bytes = await readInput(file);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      fail(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}`);
    }
    let doc;
    try {
      doc = await loadDocument(bytes, file === '-' ? undefined : file);
    } catch (error) {
      fail(`cannot read ${file}: ${error instanceof DecodeError ? `${error.code}: ${error.message}` : String(error)}`, 1);
    }
    const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
    if (doc.text.length > maxChars) fail(`cannot analyse ${file}: ${tooLongMessage(doc.text.length, maxChars)}`, 1);
    const { extract } = await import('../extract.js'); // loaded only here: batch loads it in its workers
    const facts = extract(doc.text, opts.releaseDate === undefined ? {} : { releaseDate: opts.releaseDate });
    facts.warnings.unshift(...doc.warnings);
    const out = opts.includeText === true ? { ...facts, text: doc.text } : facts;
    process.stdout.write(JSON.stringify(out, null, opts.compact === true ? undefined : 2) + '\n');
  });

/** What commander hands the batch action: the batch options as typed on the command line, plus the bar switch. */
type BatchCliOptions = Omit<BatchOptions, 'inputs' | 'stdin' | 'stdout' | 'onProgress'> & { progress?: boolean };

program
  .command('batch')
  .description('many releases → one NDJSON line each ({id, path, facts} or {id, path, error}), in input order')
  .argument('<inputs...>', "files, folders (recursive), globs, .jsonl/.ndjson files (one release a line), or '-' for NDJSON on stdin")
  .option('--out <file>', 'write NDJSON here (default: standard output)', fileName)
  .option('--db <file>', 'also write a SQLite database: documents + one table per fact kind', fileName)
  .option('--jobs <n>', `worker threads, at most (default: cores, here ${defaultJobs()}; never more than twice that); the second and later start once the run has lasted 3 s`, positiveInt)
  .option('--resume', 'skip inputs already in --out (same id and content hash); cut a torn last line first')
  .option('--shard <i/n>', 'process only share i of n (stable, by a hash of each input id)', shard)
  .option('--release-date <YYYY-MM-DD>', "anchor for every document (a JSONL record's own releaseDate/date wins)", releaseDate)
  .option('--include-text', 'add the analysed text to every line, so offsets can be checked')
  .addOption(new Option('--max-bytes <n>', 'files larger than this are reported as too_large, not read').argParser(positiveInt))
  .addOption(new Option('--max-chars <n>', `texts longer than this after decoding are reported as too_large, not analysed (default ${DEFAULT_MAX_CHARS}: about 1.3 GB of memory)`).argParser(positiveInt))
  .option('--all-files', 'in folders, also read expectation files (*.expected.json), code (.js, .ts, .py …) and .git/node_modules, which are otherwise ignored and counted')
  .option('--no-progress', 'no progress bar, even on a terminal')
  .action(async (inputs: string[], opts: BatchCliOptions) => {
    if (opts.resume === true && opts.out === undefined) fail('--resume needs --out (standard output cannot be resumed)');
    // The bar goes to stderr on a terminal, unless the NDJSON itself is going to that terminal too.
    const view = progressView(opts.progress !== false && process.stderr.isTTY === true && (opts.out !== undefined || process.stdout.isTTY !== true));
    let summary: BatchSummary;
    try {
      const { progress: _bar, ...batchOptions } = opts;
      if (opts.jobs !== undefined && opts.jobs > maxJobs()) process.stderr.write(`pressefakten: --jobs ${opts.jobs} is more than twice the cores; at most ${maxJobs()} workers run\n`);
      summary = await runBatch({ ...batchOptions, inputs, onProgress: (p) => view.update(p) });
    } catch (error) {
      view.stop();
      // "| head": the reader went away; like other filters, stop without a fuss (128 + SIGPIPE)
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') fail(error instanceof Error ? error.message : String(error), 141);
      fail(error instanceof Error ? error.message : String(error));
    }
    view.stop();
    process.stderr.write(summaryLine(summary) + '\n');
    // non-zero when the finished output holds an error, also one kept from before a --resume
    process.exitCode = summary.failed + summary.failedEarlier > 0 ? 1 : 0;
  });

function summaryLine(s: BatchSummary): string {
  const errors = Object.entries(s.errors).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, n]) => `${code} ${n}`).join(', ');
  const rate = s.seconds > 0 ? ((s.ok + s.failed) / s.seconds).toFixed(1) : '–';
  const mbs = s.seconds > 0 ? (s.bytes / 1e6 / s.seconds).toPrecision(3) : '–';
  const parts = [
    `pressefakten batch: ${s.inputs} input${s.inputs === 1 ? '' : 's'}`,
    `${s.ok} ok`,
    `${s.failed} failed${errors === '' ? '' : ` (${errors})`}`,
  ];
  if (s.skipped > 0) parts.push(`${s.skipped} skipped (already in the output)`);
  if (s.failedEarlier > 0) parts.push(`${s.failedEarlier} failed in an earlier run (their error lines kept in the output)`);
  const ignored = Object.entries(s.ignored).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ignored.length > 0) parts.push(`${ignored.reduce((n, [, k]) => n + k, 0)} files in folders ignored as not releases (${ignored.map(([r, n]) => `${r} ${n}`).join(', ')}; --all-files takes them)`);
  if (s.truncated > 0) parts.push(`torn last line of ${s.truncated} bytes removed`);
  parts.push(`${s.seconds.toFixed(1)} s, ${rate} files/s, ${mbs} MB/s, ${s.workers === s.jobs ? `${s.jobs} job${s.jobs === 1 ? '' : 's'}` : `${s.workers} of ${s.jobs} jobs (more start while inputs wait after the first 3 s, or behind a large input)`}`);
  return parts.join('; ');
}

program.parseAsync(process.argv).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
