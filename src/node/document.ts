/**
 * One document's bytes → the text that is analysed. The format is read from the bytes (PDF magic, HTML
 * doctype/tag, known binary signatures); a file name only breaks the tie for HTML fragments.
 */
import type { Warning } from '../facts.js';
import { decode, DecodeError, repairMojibake } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { isPdf, pdfToText } from './pdf.js';

export type DocumentFormat = 'text' | 'html' | 'pdf';

export interface LoadedDocument {
  /** The analysed text: every Evidence offset refers to it. */
  text: string;
  format: DocumentFormat;
  encoding: string;
  warnings: Warning[];
}

const SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or DOCX/ODT/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['OLE2 document (DOC/XLS)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

const HTML_NAME = /\.(x?html?|shtml|php|asp)$/iu;

/** Bytes of one release → analysed text. Throws {@link DecodeError} for binary or unreadable content; a PDF stops at maxChars of text (pdf_too_large). */
export async function loadDocument(bytes: Uint8Array, path?: string, options: { maxChars?: number } = {}): Promise<LoadedDocument> {
  if (isPdf(bytes)) {
    const { text, pages } = await pdfToText(bytes, options);
    const warnings: Warning[] = [];
    const repaired = repairMojibake(text);
    if (repaired.count > 0) warnings.push({ code: 'mojibake_repaired', message: `repaired ${repaired.count} UTF-8 sequences that had been read as Latin-1` });
    if (repaired.text.trim().length === 0) warnings.push({ code: 'pdf_no_text', message: `the PDF (${pages} page${pages === 1 ? '' : 's'}) has no text layer (a scan?)` });
    return { text: repaired.text, format: 'pdf', encoding: 'pdf', warnings };
  }
  for (const [name, sig] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) throw new DecodeError('unsupported_format', `${name}, not a text, HTML or PDF file`);
  }
  const decoded = decode(bytes);
  return fromText(decoded.text, decoded.encoding, decoded.warnings, path);
}

/** A text that came as a string (a JSONL field): mojibake repair and HTML detection, no decoding. */
export function loadText(text: string, path?: string): LoadedDocument {
  const warnings: Warning[] = [];
  const repaired = repairMojibake(text);
  if (repaired.count > 0) warnings.push({ code: 'mojibake_repaired', message: `repaired ${repaired.count} UTF-8 sequence${repaired.count === 1 ? '' : 's'} that had been read as Latin-1 (e.g. ${JSON.stringify(repaired.example)})` });
  return fromText(repaired.text, 'utf-8', warnings, path);
}

function fromText(text: string, encoding: string, warnings: Warning[], path?: string): LoadedDocument {
  if (looksLikeHtml(text) || (path !== undefined && HTML_NAME.test(path) && /<[a-z!]/iu.test(text.slice(0, 4096)))) {
    return { text: htmlToText(text), format: 'html', encoding, warnings };
  }
  return { text, format: 'text', encoding, warnings };
}
