/** pressefakten/node: file and byte handling around the pure core, and the batch runner. */
import { readFile } from 'node:fs/promises';
import { extract } from '../extract.js';
import type { ExtractOptions } from '../options.js';
import type { Facts } from '../facts.js';
import { loadDocument } from './document.js';

export { decode, DecodeError, repairMojibake } from './decode.js';
export type { Decoded } from './decode.js';
export { htmlToText, looksLikeHtml } from './html.js';
export { pdfToText, isPdf } from './pdf.js';
export { loadDocument, loadText } from './document.js';
export type { LoadedDocument, DocumentFormat } from './document.js';
export { runBatch, defaultJobs } from './batch/run.js';
export type { BatchOptions, BatchProgress, BatchSummary } from './batch/run.js';
export { parseShard, shardOf } from './batch/shard.js';
export type { Shard } from './batch/shard.js';

/** Facts of one document's bytes (text in any supported encoding, HTML or PDF); decoding warnings come first. */
export async function extractBytes(bytes: Uint8Array, options?: ExtractOptions & { path?: string }): Promise<Facts & { text: string }> {
  const doc = await loadDocument(bytes, options?.path);
  const facts = extract(doc.text, options);
  facts.warnings.unshift(...doc.warnings);
  return Object.assign(facts, { text: doc.text });
}

/**
 * Read one release file (text in any supported encoding, HTML or PDF) and extract its facts.
 * Offsets refer to the analysed text (after decoding and HTML/PDF-to-text), returned as `text`.
 */
export async function extractFile(path: string, options?: ExtractOptions): Promise<Facts & { text: string }> {
  return extractBytes(await readFile(path), { ...options, path });
}
