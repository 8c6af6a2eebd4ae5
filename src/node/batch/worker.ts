/**
 * A batch worker thread: takes tasks, answers results, one task at a time in the order received (the
 * pool keeps DEPTH queued here). The German core keeps no state between calls; the English path's
 * wink/compromise instances are loaded once per worker. Library chatter (pdfjs warnings) goes to stderr, never to stdout, which belongs
 * to the NDJSON output.
 */
import { parentPort } from 'node:worker_threads';
import { DEPTH } from './pool.js';
import { runTask, type Task, type TaskResult } from './task.js';

const toStderr = (...args: unknown[]): void => {
  process.stderr.write(`pressefakten worker: ${args.map(String).join(' ')}\n`);
};
console.log = toStderr;
console.info = toStderr;
console.warn = toStderr;
console.debug = () => {};

if (parentPort === null) throw new Error('worker.ts must run in a worker thread');
const port = parentPort;
const queue: Task[] = [];
let running = false;

/**
 * Results go back in groups of up to RESULTS_PER_MESSAGE (or fewer when nothing else is queued): each
 * message wakes the main thread, and on a VM that wake-up cost the worker about 40 µs, a tenth of its time
 * when it answered every input on its own.
 */
const RESULTS_PER_MESSAGE = DEPTH / 2;

async function work(): Promise<void> {
  running = true;
  let results: TaskResult[] = [];
  while (queue.length > 0) {
    results.push(await runTask(queue.shift()!));
    // Let tasks that arrived meanwhile in (their messages wait for the event loop), then decide.
    if (queue.length === 0 && results.length < RESULTS_PER_MESSAGE) await new Promise<void>((ok) => setImmediate(ok));
    if (results.length >= RESULTS_PER_MESSAGE || queue.length === 0) {
      port.postMessage(results);
      results = [];
    }
  }
  running = false;
}

port.on('message', (task: Task) => {
  queue.push(task);
  if (!running) void work();
});
