/**
 * A batch worker thread: takes tasks, answers results, one task at a time in the order received (the
 * pool keeps a few queued here). The German core keeps no state between calls; the English path's
 * wink/compromise instances are loaded once per worker. Library chatter (pdfjs warnings) goes to stderr, never to stdout, which belongs
 * to the NDJSON output.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './task.js';

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

async function work(): Promise<void> {
  running = true;
  while (queue.length > 0) {
    const task = queue.shift()!;
    const result = await runTask(task);
    port.postMessage([result], result.ok ? [result.factsJson.buffer as ArrayBuffer] : []);
  }
  running = false;
}

port.on('message', (task: Task) => {
  queue.push(task);
  if (!running) void work();
});
