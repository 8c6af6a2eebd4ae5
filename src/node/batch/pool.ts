/**
 * A fixed set of worker threads. Each worker holds a few tasks (DEPTH) so that it never waits for the
 * main thread between two tasks (a message round trip costs about a millisecond on a busy VM). A worker
 * that dies is replaced, and the tasks it held are retried one at a time, each alone on a worker: the one
 * that kills a worker again fails explicitly ('worker_crashed'), the others get their facts. (Which of the
 * held tasks killed it is not known: a worker answers several at once, see worker.ts.)
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './task.js';

interface Pending {
  task: Task;
  /** Bytes (or characters) of input the task carries: a measure of its work. */
  size: number;
  resolve: (result: TaskResult) => void;
  /** It was on a worker that died: it runs alone, and fails if its worker dies again. */
  suspect?: boolean;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, oldest first (it works through them in order). */
  inflight: Pending[];
}

/**
 * More workers start only after this long of work (from the first result) with inputs still waiting. Why:
 * each worker is a fresh V8 that spends 1–2 s of CPU compiling and running cold code before it is fast
 * (docs/batch.md). On the 2-core VM, a second worker started at once made runs of up to ~6 s slower (400
 * fixture releases: 1.54 s against 1.41 s with one), started after 1 s still slower, after 3 s no slower;
 * on 30,000 releases (12 s) it gave 1.13×. The environment variable PRESSEFAKTEN_EXTRA_WORKERS_AFTER_MS sets
 * it (tests use 0, to run several workers on small archives).
 */
export const EXTRA_WORKERS_AFTER_MS = envMs('PRESSEFAKTEN_EXTRA_WORKERS_AFTER_MS') ?? 3000;

/**
 * …or at once when every worker holds this much input (bytes or characters) and more inputs wait: a 10 MB dump
 * keeps a worker busy for seconds (≈ 2.5 MB/s cold), so the inputs behind it are better given to a second worker
 * whose warm-up (1–2 s of CPU) then pays; before, they waited for the dump (and the first result) to start one.
 */
export const EXTRA_WORKER_BACKLOG = 4 * 1024 * 1024;

function envMs(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') return undefined;
  const ms = Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/**
 * Tasks queued at each worker: enough that a worker never waits while the main thread is descheduled, and
 * that it can answer DEPTH / 2 at a time (worker.ts) and still have work while the next ones come.
 */
export const DEPTH = 16;

function workerUrl(): URL {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return js;
  return new URL('./worker.ts', import.meta.url); // running from source under tsx
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  /** Workers started so far, replacements of dead ones not counted. */
  started = 0;
  private readonly url: URL;
  private readonly extraWorkersAfterMs: number;
  /** When the first result came (the first worker had loaded and started working). */
  private firstResultAt: number | undefined;

  /**
   * The first worker starts at once (loading the core takes a while); the others when the run has lasted
   * EXTRA_WORKERS_AFTER_MS and there is work for them, or when every worker holds a large input (EXTRA_WORKER_BACKLOG). Options for tests: another worker script (one that
   * dies on a given input), another delay.
   */
  constructor(readonly size: number, options: { url?: URL; extraWorkersAfterMs?: number } = {}) {
    this.url = options.url ?? workerUrl();
    this.extraWorkersAfterMs = options.extraWorkersAfterMs ?? EXTRA_WORKERS_AFTER_MS;
    this.slots.push(this.spawn());
    this.started = 1;
  }

  /** Run a task on a worker. Its bytes are copied, not transferred: a task retried after its worker died is whole. */
  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, size: task.bytes?.byteLength ?? task.text?.length ?? 0, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.url, { stdout: false, stderr: false });
    const slot: Slot = { worker, inflight: [] };
    worker.on('message', (results: TaskResult[]) => {
      this.firstResultAt ??= performance.now();
      for (const result of results) {
        const at = slot.inflight.findIndex((p) => p.task.seq === result.seq);
        if (at >= 0) slot.inflight.splice(at, 1)[0]!.resolve(result);
      }
      this.pump();
    });
    let dead = false;
    const died = (reason: string): void => {
      if (this.closed || dead) return;
      dead = true;
      const held = slot.inflight;
      slot.inflight = [];
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      const retry: Pending[] = [];
      for (const pending of held) {
        if (pending.suspect === true) pending.resolve({ seq: pending.task.seq, ok: false, code: 'worker_crashed', message: `the worker processing this input died: ${reason}` });
        else retry.push({ ...pending, suspect: true });
      }
      this.queue.unshift(...retry);
      this.pump();
    };
    worker.on('error', (error) => died(error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  private longEnough(): boolean {
    return this.firstResultAt !== undefined && performance.now() - this.firstResultAt >= this.extraWorkersAfterMs;
  }

  /** Does every worker hold at least EXTRA_WORKER_BACKLOG of input? */
  private allLoaded(): boolean {
    for (const slot of this.slots) {
      let held = 0;
      for (const p of slot.inflight) held += p.size;
      if (held < EXTRA_WORKER_BACKLOG) return false;
    }
    return true;
  }

  private pump(): void {
    // Fill the least loaded worker first, so work spreads evenly.
    while (this.queue.length > 0) {
      if (this.slots.length < this.size && this.slots.every((slot) => slot.inflight.length > 0) && (this.longEnough() || this.allLoaded())) {
        this.slots.push(this.spawn());
        this.started++;
      }
      const alone = this.queue[0]!.suspect === true;
      let best: Slot | undefined;
      for (const slot of this.slots) {
        if (slot.inflight[0]?.suspect === true) continue; // a suspect runs alone
        const room = alone ? slot.inflight.length === 0 : slot.inflight.length < DEPTH;
        if (room && (best === undefined || slot.inflight.length < best.inflight.length)) best = slot;
      }
      if (best === undefined) return;
      const pending = this.queue.shift()!;
      best.inflight.push(pending);
      best.worker.postMessage(pending.task);
    }
  }
}
