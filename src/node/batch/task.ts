/** What the main thread sends a worker, and what comes back. Shared by the worker and the in-thread runner. */
import { extract } from '../../extract.js';
import type { Facts } from '../../facts.js';
import { DecodeError } from '../decode.js';
import { loadDocument, loadText, type LoadedDocument } from '../document.js';
import { tooLongMessage } from './limits.js';

export interface Task {
  seq: number;
  path: string;
  /** File bytes (copied to the worker, so a task retried after a worker died is whole), or the text of a JSONL record. */
  bytes?: Uint8Array;
  text?: string;
  releaseDate?: string;
  includeText: boolean;
  /** Send the Facts object back as well (for the database). */
  wantFacts: boolean;
  /** Texts longer than this (after decoding) are not analysed: error 'too_large' (limits.ts: DEFAULT_MAX_CHARS says why). */
  maxChars: number;
}

export type TaskResult =
  // factsJson: the Facts as a JSON string. Posting a string costs a copy; encoding it to UTF-8 here and
  // transferring the bytes cost 3 times as much (a fresh backing store per message: allocation, page faults).
  // The main thread encodes into one reused buffer, which is cheap (see run.ts's OutputBuffer).
  | { seq: number; ok: true; factsJson: string; textJson?: string; format: string; encoding: string; facts?: Facts }
  | { seq: number; ok: false; code: string; message: string };

/** Decode, convert, extract: one input → its facts as JSON, or an explicit error. Never throws. */
export async function runTask(task: Task): Promise<TaskResult> {
  let doc: LoadedDocument;
  try {
    doc = task.bytes !== undefined ? await loadDocument(task.bytes, task.path, { maxChars: task.maxChars }) : loadText(task.text ?? '', task.path);
  } catch (error) {
    if (error instanceof DecodeError) return { seq: task.seq, ok: false, code: error.code, message: error.message };
    return { seq: task.seq, ok: false, code: 'read_failed', message: error instanceof Error ? error.message : String(error) };
  }
  if (doc.text.length > task.maxChars) {
    return { seq: task.seq, ok: false, code: 'too_large', message: tooLongMessage(doc.text.length, task.maxChars) };
  }
  try {
    const facts = extract(doc.text, task.releaseDate === undefined ? {} : { releaseDate: task.releaseDate });
    if (doc.warnings.length > 0) facts.warnings.unshift(...doc.warnings);
    const result: TaskResult = { seq: task.seq, ok: true, factsJson: JSON.stringify(facts), format: doc.format, encoding: doc.encoding };
    if (task.includeText) result.textJson = JSON.stringify(doc.text);
    if (task.wantFacts) result.facts = facts;
    return result;
  } catch (error) {
    return { seq: task.seq, ok: false, code: 'internal_error', message: error instanceof Error ? error.message : String(error) };
  }
}
