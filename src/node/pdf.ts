/**
 * PDF → text from its text layer with pdfjs-dist (legacy build, made for Node). Lines are kept as lines,
 * pages are separated by a blank line. A PDF with no text layer (a scan) gives '' and the caller warns.
 */
import { DecodeError } from './decode.js';

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

/** The text layer of a PDF. Throws {@link DecodeError} 'pdf_invalid' when the file cannot be parsed. */
export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
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
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as TextItemLike[]) {
        if (typeof item.str !== 'string') continue;
        text += item.str;
        if (item.hasEOL === true) text += '\n';
      }
      page.cleanup();
      pages.push(text.split('\n').map(trimSpacesAndTabs).join('\n').trim());
    }
    return { text: pages.filter((t) => t.length > 0).join('\n\n'), pages: doc.numPages };
  } catch (error) {
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
