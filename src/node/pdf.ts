/**
 * PDF → text from its text layer with pdfjs-dist (legacy build, made for Node). Lines are kept as lines,
 * pages are separated by a blank line. A PDF with no text layer (a scan) gives '' and the caller warns.
 */
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import { DecodeError } from './decode.js';
import { DEFAULT_MAX_CHARS } from './batch/limits.js';

/**
 * The most bytes the PDF's FlateDecode streams (other than images) may decompress to. Why: pdfjs parses every
 * operator of a page's content stream even when it yields no text (glyphs outside the page are dropped), at
 * 0.15–0.4 µs per decompressed byte here; a 352 KB page with 5 million 'Tj T*' operators (145 MB) took 39 s.
 * 16 MiB is 4–7 s at worst here and far above real releases (a 50-page text report has a few MB of content
 * streams; fonts are included in the count, images are not).
 */
export const MAX_PDF_CONTENT_BYTES = 16 * 1024 * 1024;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

function load(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Does this look like a PDF file ("%PDF-" within the first 1 KB)? */
export function isPdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) - 5;
  for (let i = 0; i <= n; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/**
 * The text layer of a PDF. Throws {@link DecodeError} 'pdf_invalid' when the file cannot be parsed, and
 * 'pdf_too_large' when its streams decompress to more than {@link MAX_PDF_CONTENT_BYTES} or its text is
 * longer than maxChars (default: the batch's --max-chars default).
 */
export async function pdfToText(bytes: Uint8Array, options: { maxChars?: number } = {}): Promise<{ text: string; pages: number }> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  checkContentSize(bytes, MAX_PDF_CONTENT_BYTES);
  const lib = await load();
  // pdfjs takes ownership of (and may detach) the buffer it is given: give it a copy.
  const data = new Uint8Array(bytes);
  let doc;
  try {
    doc = await lib.getDocument({
      data,
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      useWorkerFetch: false,
      stopAtErrors: false,
    }).promise;
  } catch (error) {
    throw new DecodeError('pdf_invalid', `not a readable PDF: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const pages: string[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      // Streamed, so that a text over the limit is given up as soon as it is (getTextContent collects all).
      const reader = page.streamTextContent().getReader();
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const item of (value as { items: TextItemLike[] }).items) {
          if (typeof item.str !== 'string') continue;
          text += item.str;
          chars += item.str.length;
          if (item.hasEOL === true) text += '\n';
        }
        if (chars > maxChars) {
          // No reader.cancel(): pdfjs 4 then still closes the stream and throws an unhandled 'Controller is
          // already closed'. doc.destroy() below ends the page's task.
          throw new DecodeError('pdf_too_large', `the PDF's text is longer than the limit of ${maxChars} characters (reached on page ${p} of ${doc.numPages})`);
        }
      }
      page.cleanup();
      pages.push(text.split('\n').map(trimSpacesAndTabs).join('\n').trim());
    }
    return { text: pages.filter((t) => t.length > 0).join('\n\n'), pages: doc.numPages };
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError('pdf_invalid', `cannot read the PDF's text: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await doc.destroy();
  }
}

/** Drop trailing spaces and tabs of a line (a loop, not a regex: `/[ \t]+\n/` backtracks on long runs). */
function trimSpacesAndTabs(line: string): string {
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 32 || line.charCodeAt(e - 1) === 9)) e--;
  return line.slice(0, e);
}

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/**
 * Refuses a PDF whose FlateDecode streams, images left out, decompress to more than `limit` bytes, before
 * pdfjs parses them: a byte scan for `>> stream … endstream`, each inflated with a cap on its output.
 * Streams it cannot inflate alone (encrypted, other filters first in a chain, broken) are not counted.
 */
function checkContentSize(bytes: Uint8Array, limit: number): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let pos = buf.indexOf(STREAM); pos >= 0; pos = buf.indexOf(STREAM, pos)) {
    // The keyword follows the stream's dictionary ('>>', then white space); 'endstream' does not.
    let k = pos - 1;
    while (k >= 0 && (buf[k] === 0x20 || buf[k] === 0x0a || buf[k] === 0x0d || buf[k] === 0x09)) k--;
    if (k < 1 || buf[k] !== 0x3e || buf[k - 1] !== 0x3e) {
      pos += STREAM.length;
      continue;
    }
    let start = pos + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    let end = buf.indexOf(ENDSTREAM, start);
    if (end < 0) end = buf.length;
    // the dictionary: back to its 'obj', looked for within 4 KB only (a search back to the file's start for
    // every stream would be quadratic on a file of many streams)
    const from = Math.max(0, k - 4096);
    const objAt = buf.subarray(from, k).lastIndexOf('obj');
    const dict = buf.toString('latin1', objAt >= 0 ? from + objAt : from, k + 1);
    if (dict.includes('/FlateDecode') && !/\/Subtype\s*\/Image\b/u.test(dict)) {
      let size = 0;
      try {
        size = inflateSync(buf.subarray(start, end), { maxOutputLength: limit - total + 1, finishFlush: zlibConstants.Z_SYNC_FLUSH }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') size = limit - total + 1;
      }
      total += size;
      if (total > limit) {
        throw new DecodeError('pdf_too_large', `the PDF's streams decompress to more than the limit of ${limit} bytes (text extraction would parse every operator in them)`);
      }
    }
    pos = end + ENDSTREAM.length;
  }
}
