/**
 * One batch per output file: `<out>.lock` holds the writer's process id while it runs. Two runs into the
 * same --out interleaved their lines and one overwrote the other's; now the second is refused. A lock left
 * by a run that was killed (its process is gone) is taken over, so kill -9 and --resume still just work.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export const LOCK_SUFFIX = '.lock';

/** Takes the lock of `out`; throws when a live process holds it. Returns the function that releases it. */
export function lockOutput(out: string): () => void {
  const path = out + LOCK_SUFFIX;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readOr(path, ''));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new Error(`another batch (process ${holder}) is writing ${out}; wait for it, or remove ${path} if that is wrong`);
      }
      rmSync(path, { force: true }); // left by a run that is gone
    }
  }
  throw new Error(`cannot take the lock ${path}`);
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return fallback;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
