/**
 * Inputs built to hang the converters: each must give an explicit DecodeError (or the right text), fast.
 * The bombs are generated here, just over the limits, so the tests stay small.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText, MAX_HTML_DEPTH } from '../../src/node/html.js';
import { MAX_PDF_CONTENT_BYTES, pdfToText } from '../../src/node/pdf.js';
import { loadDocument } from '../../src/node/document.js';
import { makeFlatePdf } from './make-pdf.js';

describe('HTML nesting bomb', () => {
  it('refuses elements nested deeper than the limit with html_too_deep', () => {
    const bomb = '<html><body>' + '<b>'.repeat(MAX_HTML_DEPTH + 10) + 'Text';
    expect(() => htmlToText(bomb)).toThrow(expect.objectContaining({ code: 'html_too_deep' }));
  });
  it('refuses it through loadDocument, with the limit in the message', async () => {
    const bomb = Buffer.from('<html><body>' + '<div>'.repeat(MAX_HTML_DEPTH + 1) + 'Text');
    await expect(loadDocument(bomb, 'x.html')).rejects.toMatchObject({ code: 'html_too_deep', message: expect.stringContaining(String(MAX_HTML_DEPTH)) });
  });
  it('refuses a flood of unmatched end tags under a deep stack (each searches the whole stack)', () => {
    const bomb = '<html><body>' + '<b>'.repeat(MAX_HTML_DEPTH - 10) + 'x' + '</i>'.repeat(100_000);
    expect(() => htmlToText(bomb)).toThrow(expect.objectContaining({ code: 'html_too_deep' }));
  });
  it('converts nesting up to the limit', () => {
    const html = '<html><body><p>' + '<b>'.repeat(MAX_HTML_DEPTH - 10) + 'Tief' + '</b>'.repeat(MAX_HTML_DEPTH - 10) + '</p><p>Ende</p>';
    expect(htmlToText(html)).toBe('Tief\n\nEnde');
  });
  it('counts void and implicitly closed elements as htmlparser2 does (no false refusal)', () => {
    const n = MAX_HTML_DEPTH * 2;
    const html = '<html><body><ul>' + '<li>Punkt<br><img src=x>'.repeat(n) + '</ul>' + '<p>Absatz'.repeat(n);
    const text = htmlToText(html);
    expect(text.startsWith('Punkt\nPunkt\n')).toBe(true);
    expect(text.endsWith('Absatz\n\nAbsatz')).toBe(true);
  });
  it('gives the same text for a page longer than a parse chunk as the page pieces do', () => {
    // Chunks are cut before a '<': text with runs of white space on either side must come out the same.
    const para = '<p>Die   Musterwerk&nbsp;GmbH  <b> erzielte </b>  rund 40 Mio. Euro &amp; mehr  </p>\n';
    const page = '<html><body>' + para.repeat(3000) + '</body></html>';
    const one = htmlToText('<html><body>' + para + '</body></html>');
    expect(htmlToText(page)).toBe(Array.from({ length: 3000 }, () => one).join('\n\n'));
  });
});

/** A PDF whose pages each carry a FlateDecode content stream (Helvetica as F1). */
const page = (ops: string): string => `BT\n/F1 12 Tf\n14 TL\n72 720 Td\n${ops}ET\n`;

describe('PDF operator bomb', () => {
  const OP = '(Berlin 5 Mitarbeiter) Tj T*\n';
  it('refuses content streams that decompress to more than the limit with pdf_too_large', async () => {
    const ops = Math.ceil(MAX_PDF_CONTENT_BYTES / OP.length / 2) + 1000;
    const pdf = makeFlatePdf([page(OP.repeat(ops)), page(OP.repeat(ops))]);
    expect(pdf.length).toBeLessThan(MAX_PDF_CONTENT_BYTES / 100);
    await expect(pdfToText(pdf)).rejects.toMatchObject({ code: 'pdf_too_large', message: expect.stringContaining(String(MAX_PDF_CONTENT_BYTES)) });
    await expect(loadDocument(pdf)).rejects.toMatchObject({ code: 'pdf_too_large' });
  });
  it('refuses a single stream over the limit without inflating all of it', async () => {
    const pdf = makeFlatePdf([page('q Q\n'.repeat(MAX_PDF_CONTENT_BYTES / 4 + 16))]);
    await expect(pdfToText(pdf)).rejects.toMatchObject({ code: 'pdf_too_large' });
  });
  it('refuses a text longer than maxChars with pdf_too_large', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => `(Zeile ${i} Berlin 5 Mitarbeiter) Tj T*\n`).join('');
    const pdf = makeFlatePdf(Array.from({ length: 5 }, () => page(lines)));
    expect((await pdfToText(pdf)).text).toContain('Zeile 39 Berlin 5 Mitarbeiter');
    await expect(pdfToText(pdf, { maxChars: 2000 })).rejects.toMatchObject({ code: 'pdf_too_large', message: expect.stringContaining('2000') });
  });
  it('reads a FlateDecode PDF under the limits as before', async () => {
    const pdf = makeFlatePdf([page('(Lemgo, 16. M\xe4rz 2017) Tj T*\n(Umsatz 40 Mio. Euro) Tj T*\n'), page('(Seite zwei) Tj\n')]);
    expect(await pdfToText(pdf)).toEqual({ text: 'Lemgo, 16. März 2017\nUmsatz 40 Mio. Euro\n\nSeite zwei', pages: 2 });
  });
});
