/**
 * `--resume`: what an earlier run already wrote. A torn last line (a run killed mid-write) is cut off
 * first, so the file is whole lines again; then every line's (id, hash) is counted.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, createReadStream } from 'node:fs';
import { readLines } from './lines.js';

export interface ResumeState {
  /** `${id}\t${hash}` → how many lines have it (an input that occurs twice is skipped twice). */
  done: Map<string, number>;
  lines: number;
  /** Lines of the earlier output that are errors ({id, path, error}): inputs that failed before and are skipped now. */
  failed: number;
  /** Bytes cut off the end (a torn last line). */
  truncated: number;
}

export function resumeKey(id: string, hash: string | undefined): string {
  return `${id}\t${hash ?? ''}`;
}

/** Cut the file back to its last complete, parseable line. Returns the number of bytes removed. */
export function truncateTornTail(path: string): number {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    let end = size;
    // Walk back over the tail: drop bytes after the last "\n", then drop complete lines that do not parse.
    for (;;) {
      const nl = lastNewlineBefore(fd, end);
      const lineStart = nl < 0 ? 0 : nl + 1;
      if (lineStart < end) {
        // bytes after the last newline: a torn line
        end = lineStart;
        continue;
      }
      if (end === 0) break;
      const prev = lastNewlineBefore(fd, end - 1);
      const line = readRange(fd, prev + 1, end - 1);
      if (parses(line)) break;
      end = prev + 1;
    }
    if (end < size) ftruncateSync(fd, end);
    return size - end;
  } finally {
    closeSync(fd);
  }
}

function parses(line: string): boolean {
  if (line.trim().length === 0) return true;
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function readRange(fd: number, start: number, end: number): string {
  const buf = Buffer.alloc(Math.max(0, end - start));
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  return buf.toString('utf8');
}

/** Offset of the last "\n" before `end`, or -1. */
function lastNewlineBefore(fd: number, end: number): number {
  const CHUNK = 65536;
  const buf = Buffer.alloc(CHUNK);
  let pos = end;
  while (pos > 0) {
    const start = Math.max(0, pos - CHUNK);
    const n = readSync(fd, buf, 0, pos - start, start);
    for (let i = n - 1; i >= 0; i--) if (buf[i] === 0x0a) return start + i;
    pos = start;
  }
  return -1;
}

/** Read an earlier output: the torn tail is removed, then (id, hash) of every line counted. */
export async function loadResume(path: string): Promise<ResumeState> {
  const truncated = truncateTornTail(path);
  const done = new Map<string, number>();
  let lines = 0;
  let failed = 0;
  for await (const { line } of readLines(createReadStream(path, { highWaterMark: 1 << 20 }))) {
    if (line.length === 0) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    // a line that is JSON but no record of ours ("null", "42", a list) is kept in the file and not counted
    if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
    const { id, hash, error } = record as { id?: unknown; hash?: unknown; error?: unknown };
    if (typeof id !== 'string') continue;
    const key = resumeKey(id, typeof hash === 'string' ? hash : undefined);
    done.set(key, (done.get(key) ?? 0) + 1);
    lines++;
    if (error !== undefined) failed++;
  }
  return { done, lines, failed, truncated };
}
