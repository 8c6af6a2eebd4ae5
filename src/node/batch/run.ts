/**
 * The batch runner: inputs → worker threads → NDJSON (and SQLite), one line per input, in input order.
 *
 * Memory stays flat: inputs are enumerated lazily, at most `window` inputs are in flight (read, queued,
 * processing or waiting for their turn to be written), and stdout back-pressure pauses the reading.
 * Crash safety: lines are written whole, several at a time in one write call, the database is committed
 * before the lines it covers are written, so after kill -9 `--resume` finds every written line whole (a
 * torn tail is cut).
 */
import { closeSync, existsSync, openSync, realpathSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { enumerate, type Input } from './inputs.js';
import { DEPTH, WorkerPool } from './pool.js';
import { loadResume, resumeKey } from './resume.js';
import { inShard, type Shard } from './shard.js';
import { FactsDb, type DocumentRow } from './sqlite.js';
import { readBounded, readError, sha256 } from './read.js';
import type { Task, TaskResult } from './task.js';
import { DEFAULT_MAX_CHARS, tooLongMessage } from './limits.js';
import { LOCK_SUFFIX, lockOutput } from './lock.js';

export interface BatchOptions {
  inputs: string[];
  /** NDJSON output file; standard output when undefined. */
  out?: string;
  db?: string;
  /** Worker threads (default: the machine's cores). */
  jobs?: number;
  resume?: boolean;
  shard?: Shard;
  releaseDate?: string;
  /** Put the analysed text in each line, so offsets can be checked. */
  includeText?: boolean;
  /** In folders, also take code, configuration and hidden files (by default they are counted as ignored). */
  allFiles?: boolean;
  /** Files larger than this are not read (error 'too_large'). Default 64 MiB. */
  maxBytes?: number;
  /** Texts longer than this after decoding are not analysed (error 'too_large'). Default DEFAULT_MAX_CHARS (16 Mi). */
  maxChars?: number;
  stdin?: Readable;
  stdout?: Writable;
  onProgress?: (progress: BatchProgress) => void;
}

export interface BatchProgress {
  /** Inputs written (or skipped) so far. */
  done: number;
  /** Inputs found so far; final once `counting` is false. */
  total: number;
  counting: boolean;
  failed: number;
  skipped: number;
  bytes: number;
}

export interface BatchSummary {
  inputs: number;
  ok: number;
  failed: number;
  /** Skipped because `--resume` found them in the output already. */
  skipped: number;
  /** Error lines already in the output that `--resume` kept: the finished output holds failed + failedEarlier errors. */
  failedEarlier: number;
  /** Error code → count. */
  errors: Record<string, number>;
  bytes: number;
  seconds: number;
  jobs: number;
  /** Workers that were started (at most jobs: the second and later only on runs that last; see pool.ts). */
  workers: number;
  /** Bytes of a torn last line removed from the output before resuming. */
  truncated: number;
  /** Files met in folders that are not releases (code, configuration, hidden), by kind: not in the output. */
  ignored: Record<string, number>;
}

/** Keys of an output line: a JSONL field with one of these names goes under "fields" instead. */
const OUTPUT_KEYS = new Set(['id', 'path', 'hash', 'decoded', 'text', 'facts', 'error', 'fields']);

interface Outcome {
  skipped: boolean;
  /** The output line in parts (joined only as UTF-8 bytes, in the output buffer), newline included. */
  line?: string[];
  error?: string;
  bytes: number;
  doc?: DocumentRow;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** The real path of the folder a file is (or will be) in, or undefined when it cannot be resolved. */
function realFolderOf(path: string): string | undefined {
  try {
    return realpathSync(dirname(resolve(path)));
  } catch {
    return undefined;
  }
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The most workers a batch starts: twice the cores. The work is CPU-bound, so more only add warm-ups and
 * memory (each worker is a V8 of its own with inputs queued): `--jobs 1000` took 9 GB and did not finish.
 */
export function maxJobs(): number {
  return 2 * defaultJobs();
}

/** Run a batch. Resolves with the summary once every input has its line; rejects when the output or the database cannot be written (the lines written stay whole). */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = process.hrtime.bigint();
  const jobs = Math.min(maxJobs(), Math.max(1, Math.floor(options.jobs ?? defaultJobs())));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const includeText = options.includeText === true;
  const summary: BatchSummary = { inputs: 0, ok: 0, failed: 0, skipped: 0, failedEarlier: 0, errors: {}, bytes: 0, seconds: 0, jobs, workers: 0, truncated: 0, ignored: {} };

  // The batch's own files are never inputs: by the path given and by the real path of their folder (an input
  // folder reached through a symlink met its own output and read it back, growing it without end)
  const exclude = new Set<string>();
  for (const p of [options.out, options.db]) {
    if (p === undefined) continue;
    const realDir = realFolderOf(p);
    for (const suffix of ['', '-wal', '-shm', '-journal', LOCK_SUFFIX]) {
      exclude.add(resolve(p + suffix));
      if (realDir !== undefined) exclude.add(join(realDir, basename(p) + suffix));
    }
  }
  // A file named as an input and as the output would be emptied before it is read
  for (const arg of options.inputs) {
    if (arg === '-') continue;
    let real: string;
    try {
      real = realpathSync(arg);
    } catch {
      continue;
    }
    if (exclude.has(real) || exclude.has(resolve(arg))) throw new Error(`${arg} is an input and also the output (--out/--db): it would be overwritten before it is read`);
  }

  // one run per output file (before --resume reads and cuts it); a lock left by an error before the run
  // proper is this process's own and is taken over by its next run
  const unlock = options.out === undefined ? undefined : lockOutput(options.out);
  let done = new Map<string, number>();
  if (options.resume === true) {
    if (options.out === undefined) throw new Error('--resume needs --out: there is no earlier output to resume on standard output');
    if (existsSync(options.out)) {
      const state = await loadResume(options.out);
      done = state.done;
      summary.failedEarlier = state.failed;
      summary.truncated = state.truncated;
    }
  }

  const db = options.db === undefined ? undefined : new FactsDb(options.db);
  const outFd = options.out === undefined ? undefined : openSync(options.out, options.resume === true ? 'a' : 'w');
  const stdout = options.stdout ?? process.stdout;
  const pool = new WorkerPool(jobs);

  // Inputs being read or analysed at most `window`; finished ones waiting for their turn (an earlier input is still
  // being analysed: a 10 MB dump) up to WAITING_MAX lines and WAITING_MAX_BYTES, so the other workers go on meanwhile
  const window = Math.max(16, jobs * DEPTH + 16);
  const ready = new Map<number, Outcome>();
  let waitingBytes = 0;
  let nextSeq = 0;
  let nextWrite = 0;
  let counting = true;
  let blocked = false;
  let wake: (() => void) | undefined;
  const output = new OutputBuffer();
  let pendingLines = 0;
  const pendingDocs: DocumentRow[] = [];
  let flushTimer: NodeJS.Timeout | undefined;

  // With a progress display, a second, cheap walk over the same inputs finds the total (JSONL lines are
  // counted, not parsed; stdin cannot be counted ahead). It runs beside the work and only sets a number.
  let counted: number | undefined;
  if (options.onProgress !== undefined && !options.inputs.includes('-')) {
    void (async () => {
      let n = 0;
      for await (const input of enumerate(options.inputs, { exclude, allFiles: options.allFiles === true, countOnly: true })) {
        if (input.kind === 'ignored') continue;
        if (input.kind === 'count') n += options.shard === undefined ? input.lines : Math.round(input.lines / options.shard.count);
        else if (inShard(input.id, options.shard)) n++;
      }
      counted = n;
    })().catch(() => undefined);
  }
  const progress = (): void => {
    const total = counting ? Math.max(counted ?? 0, summary.inputs) : summary.inputs;
    options.onProgress?.({ done: nextWrite, total, counting: counting && counted === undefined, failed: summary.failed, skipped: summary.skipped, bytes: summary.bytes });
  };

  /**
   * The first error writing the output or the database (a full disk, a reader that closed the pipe): the run
   * stops and runBatch rejects with it, after the workers are shut down; what was written stays whole lines.
   */
  let outputError: NodeJS.ErrnoException | undefined;
  let failedTarget = '';
  const failOutput = (error: unknown, target = options.out ?? 'standard output'): void => {
    if (outputError === undefined) {
      outputError = error instanceof Error ? error : new Error(String(error));
      failedTarget = target;
    }
    wake?.();
  };
  const onStdoutError = (error: Error): void => failOutput(error, 'standard output');
  stdout.on('error', onStdoutError);

  /** Writes what the output buffer holds: whole lines, in one write call. */
  const writeOut = (): void => {
    const bytes = output.take();
    if (outputError !== undefined) return;
    try {
      if (outFd !== undefined) {
        let off = 0;
        while (off < bytes.length) off += writeSync(outFd, bytes, off, bytes.length - off);
      } else if (!stdout.write(Buffer.from(bytes))) { // a copy: the stream keeps it, the buffer is reused
        blocked = true;
        stdout.once('drain', () => {
          blocked = false;
          wake?.();
        });
      }
    } catch (error) {
      failOutput(error);
    }
  };

  const flush = (): void => {
    if (flushTimer !== undefined) {
      clearTimeout(flushTimer);
      flushTimer = undefined;
    }
    if (db !== undefined && pendingDocs.length > 0 && outputError === undefined) {
      try {
        db.write(pendingDocs.splice(0));
      } catch (error) {
        failOutput(error, options.db);
      }
    }
    if (pendingLines > 0) writeOut();
    pendingLines = 0;
  };

  const drain = (): void => {
    let wrote = false;
    for (let o = ready.get(nextWrite); o !== undefined; o = ready.get(nextWrite)) {
      ready.delete(nextWrite);
      waitingBytes -= lineLength(o);
      nextWrite++;
      wrote = true;
      summary.bytes += o.bytes;
      if (o.skipped) {
        summary.skipped++;
        continue;
      }
      if (o.error !== undefined) {
        summary.failed++;
        summary.errors[o.error] = (summary.errors[o.error] ?? 0) + 1;
      } else summary.ok++;
      for (const part of o.line!) output.add(part);
      if (db !== undefined) {
        pendingLines++;
        pendingDocs.push(o.doc!);
      }
    }
    // One write for the lines ready now: a kill leaves whole lines (or one torn tail that --resume cuts).
    // With a database, the lines wait until their documents are committed.
    if (db === undefined) {
      if (wrote) writeOut();
    } else {
      if (pendingLines >= 64) flush();
      else if (pendingLines > 0 && flushTimer === undefined) flushTimer = setTimeout(flush, 250);
    }
    if (wrote) {
      progress();
      wake?.();
    }
  };

  const baseTask = { includeText, wantFacts: db !== undefined, maxChars: options.maxChars ?? DEFAULT_MAX_CHARS };
  const process1 = async (input: Exclude<Input, { kind: 'ignored' | 'count' }>, seq: number): Promise<Outcome> => {
    if (input.kind === 'error') {
      const hash = input.line === undefined ? undefined : sha256(input.line);
      if (take(done, input.id, hash)) return { skipped: true, bytes: 0 };
      return failure(input, hash, input.code, input.message, undefined);
    }
    if (input.kind === 'file') return processFile(input, seq);
    const hash = sha256(input.line);
    const bytes = Buffer.byteLength(input.line);
    if (take(done, input.id, hash)) return { skipped: true, bytes: 0 };
    // refused here, not after a copy of it to a worker (a 64 MB line was copied, then refused there)
    if (input.text.length > baseTask.maxChars) return failure(input, hash, 'too_large', tooLongMessage(input.text.length, baseTask.maxChars), input.fields, bytes);
    const task: Task = { seq, path: input.path, text: input.text, ...baseTask };
    const releaseDate = input.releaseDate ?? options.releaseDate;
    if (releaseDate !== undefined) task.releaseDate = releaseDate;
    const result = await pool.run(task);
    const fields = input.kind === 'record' ? input.fields : undefined;
    if (!result.ok) return failure(input, hash, result.code, result.message, fields, bytes);
    return success(input, hash, result, fields, bytes);
  };

  /** A file: read and hashed here (beside the workers' extraction: with one worker this uses the second core). */
  const processFile = async (input: Extract<Input, { kind: 'file' }>, seq: number): Promise<Outcome> => {
    let data: Uint8Array;
    try {
      data = await readBounded(input.fsPath ?? input.path, maxBytes);
    } catch (error) {
      const { code, message } = readError(error, maxBytes);
      if (take(done, input.id, undefined)) return { skipped: true, bytes: 0 };
      return failure(input, undefined, code, message, undefined);
    }
    const hash = sha256(data);
    const bytes = data.byteLength;
    if (take(done, input.id, hash)) return { skipped: true, bytes: 0 };
    const task: Task = { seq, path: input.path, bytes: data, ...baseTask };
    if (options.releaseDate !== undefined) task.releaseDate = options.releaseDate;
    const result = await pool.run(task);
    if (!result.ok) return failure(input, hash, result.code, result.message, undefined, bytes);
    return success(input, hash, result, undefined, bytes);
  };

  const success = (input: Exclude<Input, { kind: 'ignored' | 'count' }>, hash: string, result: Extract<TaskResult, { ok: true }>, fields: Record<string, unknown> | undefined, bytes: number): Outcome => {
    let before = head(input, hash, fields) + `,"decoded":{"format":"${result.format}","encoding":"${result.encoding}"}`;
    if (result.textJson !== undefined) before += `,"text":${result.textJson}`;
    before += ',"facts":';
    const outcome: Outcome = { skipped: false, line: [before, result.factsJson, '}\n'], bytes };
    if (db !== undefined) {
      const doc: DocumentRow = { id: input.id, path: input.path, hash, format: result.format, encoding: result.encoding };
      if (fields !== undefined) doc.fields = fields;
      if (result.textJson !== undefined) doc.text = JSON.parse(result.textJson) as string;
      if (result.facts !== undefined) doc.facts = result.facts;
      outcome.doc = doc;
    }
    return outcome;
  };

  const failure = (input: Exclude<Input, { kind: 'ignored' | 'count' }>, hash: string | undefined, code: string, message: string, fields: Record<string, unknown> | undefined, bytes = 0): Outcome => {
    const error = { code, message };
    const outcome: Outcome = { skipped: false, line: [head(input, hash, fields) + `,"error":${JSON.stringify(error)}}\n`], error: code, bytes };
    if (db !== undefined) {
      const doc: DocumentRow = { id: input.id, path: input.path, error };
      if (hash !== undefined) doc.hash = hash;
      if (fields !== undefined) doc.fields = fields;
      outcome.doc = doc;
    }
    return outcome;
  };

  const inflight = new Set<Promise<void>>();
  try {
    const enumOptions: { exclude: Set<string>; stdin?: Readable; allFiles: boolean } = { exclude, allFiles: options.allFiles === true };
    if (options.stdin !== undefined) enumOptions.stdin = options.stdin;
    for await (const input of enumerate(options.inputs, enumOptions)) {
      if (input.kind === 'count') continue;
      if (input.kind === 'ignored') {
        summary.ignored[input.reason] = (summary.ignored[input.reason] ?? 0) + 1;
        continue;
      }
      if (!inShard(input.id, options.shard)) continue;
      summary.inputs++;
      const seq = nextSeq++;
      const p: Promise<void> = process1(input, seq)
        .catch((error: unknown): Outcome => failure(input, undefined, 'internal_error', error instanceof Error ? error.message : String(error), undefined))
        .then((outcome) => {
          ready.set(seq, outcome);
          waitingBytes += lineLength(outcome);
          inflight.delete(p);
          drain();
          wake?.(); // room for another input even when nothing could be written yet
        });
      inflight.add(p);
      if (summary.inputs % 16 === 1) progress();
      while ((inflight.size >= window || ready.size >= WAITING_MAX || waitingBytes >= WAITING_MAX_BYTES || blocked) && outputError === undefined) {
        await new Promise<void>((ok) => { wake = ok; });
        wake = undefined;
      }
      if (outputError !== undefined) break;
    }
    counting = false;
    progress();
    while (inflight.size > 0 && outputError === undefined) await Promise.race(inflight);
    drain();
    flush();
    while (blocked && outputError === undefined) await new Promise<void>((ok) => { wake = ok; });
  } finally {
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    summary.workers = pool.started;
    stdout.off('error', onStdoutError);
    await pool.close();
    if (outFd !== undefined) closeSync(outFd);
    try {
      db?.close();
    } catch (error) {
      failOutput(error, options.db);
    }
    unlock?.();
  }
  if (outputError !== undefined) {
    const where = outputError.code === 'EPIPE' ? `${failedTarget} was closed by its reader` : `cannot write ${failedTarget}: ${outputError.message}`;
    const after = options.out === undefined ? '' : ', the output holds whole lines (--resume goes on from there)';
    throw Object.assign(new Error(`${where}; stopped after ${nextWrite} of ${summary.inputs} inputs${after}`), { code: outputError.code });
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  progress();
  return summary;
}

/**
 * Output lines as UTF-8 in one reused buffer. Why: joining a line's parts as strings, then encoding, made
 * big flat copies (often large objects, a fresh memory mapping each) and a fresh Buffer per line: about a
 * fifth of the main thread's time in `perf`, and the unmapping interrupted the workers too.
 */
class OutputBuffer {
  private buffer = Buffer.allocUnsafe(INITIAL_OUTPUT);
  private used = 0;

  add(text: string): void {
    const worst = text.length * 3; // UTF-8 bytes per UTF-16 unit: at most 3
    if (this.used + worst > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.used + worst));
      this.buffer.copy(bigger, 0, 0, this.used);
      this.buffer = bigger;
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** The bytes added since the last take; valid until the next add. */
  take(): Buffer {
    const bytes = this.buffer.subarray(0, this.used);
    this.used = 0;
    if (this.buffer.length > MAX_KEPT_OUTPUT) this.buffer = Buffer.allocUnsafe(INITIAL_OUTPUT); // after a huge line
    return bytes;
  }
}

/** Finished lines kept waiting for an earlier input at most (see runBatch's window). */
const WAITING_MAX = 4096;
const WAITING_MAX_BYTES = 32 * 1024 * 1024;

/** The characters of an outcome's line (a measure of the memory it holds). */
function lineLength(o: Outcome): number {
  let n = 0;
  for (const part of o.line ?? []) n += part.length;
  return n;
}

const INITIAL_OUTPUT = 1 << 18;
const MAX_KEPT_OUTPUT = 1 << 22;
/** `{"id":…,"path":…,"hash":…` plus a JSONL record's own fields (kept as they are). */
function head(input: Input, hash: string | undefined, fields: Record<string, unknown> | undefined): string {
  let s = `{"id":${JSON.stringify(input.id)},"path":${JSON.stringify(input.path)}`;
  if (hash !== undefined) s += `,"hash":"${hash}"`;
  if (fields !== undefined) {
    let clashing: Record<string, unknown> | undefined;
    for (const key of Object.keys(fields)) {
      if (OUTPUT_KEYS.has(key)) (clashing ??= {})[key] = fields[key];
      else s += `,${JSON.stringify(key)}:${JSON.stringify(fields[key])}`;
    }
    if (clashing !== undefined) s += `,"fields":${JSON.stringify(clashing)}`;
  }
  return s;
}

/** Was (id, hash) in the earlier output? Takes one occurrence. */
function take(done: Map<string, number>, id: string, hash: string | undefined): boolean {
  if (done.size === 0) return false;
  const key = resumeKey(id, hash);
  const n = done.get(key);
  if (n === undefined) return false;
  if (n <= 1) done.delete(key);
  else done.set(key, n - 1);
  return true;
}

