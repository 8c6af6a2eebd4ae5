/**
 * Reading an input file and naming it by content: a bounded, non-blocking read (never hangs on a FIFO,
 * refuses a file over --max-bytes before reading it) and the content hash that `--resume` matches on.
 * Read errors become explicit codes for the output line.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** The first 32 hex digits of the SHA-256 of a file's bytes or a JSONL line. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}

/** Files up to this size are read synchronously: a few syscalls, no thread-pool round trips (which cost milliseconds on a busy machine). */
const SYNC_READ_LIMIT = 1 << 20;

/**
 * Read a regular file into a buffer of its own,
 * refusing one larger than maxBytes before reading it. Non-blocking open: never hangs on a FIFO.
 */
export async function readBounded(path: string | Buffer, maxBytes: number): Promise<Uint8Array> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
    if (st.size > maxBytes) throw Object.assign(new Error(`${st.size} bytes`), { code: 'ETOOLARGE', size: st.size });
    if (st.size <= SYNC_READ_LIMIT) {
      const buf = new Uint8Array(st.size);
      let got = 0;
      for (let n = -1; got < st.size && n !== 0; got += n) n = readSync(fd, buf, got, st.size - got, got);
      return got === st.size ? buf : buf.slice(0, got);
    }
  } finally {
    closeSync(fd);
  }
  // A large file: read without blocking the event loop, so results keep being collected meanwhile.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const data = await handle.readFile();
    const own = new Uint8Array(data.byteLength);
    own.set(data);
    return own;
  } finally {
    await handle.close();
  }
}

export function readError(error: unknown, maxBytes: number): { code: string; message: string } {
  const e = error as NodeJS.ErrnoException & { size?: number };
  switch (e.code) {
    case 'ENOENT': return { code: 'not_found', message: 'no such file (removed while the batch ran?)' };
    case 'EACCES':
    case 'EPERM': return { code: 'unreadable', message: 'permission denied' };
    case 'EISDIR': return { code: 'is_a_directory', message: 'is a directory' };
    case 'ENOTFILE': return { code: 'not_a_regular_file', message: 'not a regular file: skipped' };
    case 'ETOOLARGE': return { code: 'too_large', message: `the file has ${e.size} bytes, more than the limit of ${maxBytes} (--max-bytes)` };
    default: return { code: 'unreadable', message: e.message };
  }
}
