/**
 * A fixed set of worker threads. Each worker holds a few tasks (DEPTH) so that it never waits for the
 * main thread between two tasks (a message round trip costs about a millisecond on a busy VM). A worker
 * that dies is replaced: the task it was working on fails explicitly, the ones queued behind it are retried.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './task.js';

interface Pending {
  task: Task;
  resolve: (result: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, oldest first (it works through them in order). */
  inflight: Pending[];
}

/** Tasks queued at each worker: enough that a worker never waits while the main thread is descheduled. */
export const DEPTH = 8;

function workerUrl(): URL {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return js;
  return new URL('./worker.ts', import.meta.url); // running from source under tsx
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  private readonly url = workerUrl();

  /** The first worker starts at once (loading the core takes a while); the others when there is work for them. */
  constructor(readonly size: number) {
    this.slots.push(this.spawn());
  }

  /** Run a task on a worker. Its bytes are copied, not transferred: a task retried after its worker died is whole. */
  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
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
    worker.on('message', (results: TaskResult[]) => { // always an array (one result today)
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
      const [current, ...behind] = slot.inflight;
      slot.inflight = [];
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.queue.unshift(...behind);
      current?.resolve({ seq: current.task.seq, ok: false, code: 'worker_crashed', message: `the worker processing this input died: ${reason}` });
      this.pump();
    };
    worker.on('error', (error) => died(error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => died(`exit code ${code}`));
    return slot;
  }

  private pump(): void {
    // Fill the least loaded worker first, so work spreads evenly.
    while (this.queue.length > 0) {
      if (this.slots.length < this.size && this.slots.every((slot) => slot.inflight.length > 0)) this.slots.push(this.spawn());
      let best: Slot | undefined;
      for (const slot of this.slots) if (slot.inflight.length < DEPTH && (best === undefined || slot.inflight.length < best.inflight.length)) best = slot;
      if (best === undefined) return;
      const pending = this.queue.shift()!;
      best.inflight.push(pending);
      best.worker.postMessage(pending.task);
    }
  }
}
