// A batch worker that dies on an input whose path contains "CRASH", after the real worker has done the
// work of the inputs before it (and holds their results unsent): what a fatal error in a worker looks like.
import { parentPort } from 'node:worker_threads';
import '../../dist/node/batch/worker.js';

parentPort.on('message', (task) => {
  if (task.path.includes('CRASH')) process.exit(3);
});
