import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../src/node/html.js';
import { isPdf, pdfToText } from '../../src/node/pdf.js';
import { loadDocument, loadText } from '../../src/node/document.js';
import { extractBytes } from '../../src/node/index.js';
import { makePdf } from './make-pdf.js';

const PAGE = `<!DOCTYPE html>
<html><head><title>Seitentitel</title><style>p { color: red }</style><script>var umsatz = "99 Mio. Euro";</script></head>
<body>
<header><a href="/">Startseite</a> Menü</header>
<nav><ul><li>Presse</li><li>Kontakt</li></ul></nav>
<article>
  <header><h1>Musterwerk&nbsp;GmbH w&auml;chst</h1></header>
  <p>Lemgo, 16. M&auml;rz 2017 &ndash; Die Musterwerk GmbH erzielte
     rund 40&nbsp;Mio. Euro Umsatz.</p>
  <h2>Ausblick</h2>
  <p>&bdquo;Wir sind zufrieden&ldquo;, sagte<br>Anna Beispiel.</p>
  <ul><li>eins</li><li>zwei</li></ul>
  <script>track("x")</script>
</article>
<aside>Das könnte Sie auch interessieren</aside>
<footer>Impressum &copy; 2017</footer>
</body></html>`;

describe('htmlToText', () => {
  const text = htmlToText(PAGE);
  it('keeps headings and paragraphs as blocks, line breaks as lines', () => {
    expect(text).toBe('Musterwerk\u00a0GmbH wächst\n\nLemgo, 16. März 2017 – Die Musterwerk GmbH erzielte rund 40\u00a0Mio. Euro Umsatz.\n\nAusblick\n\n„Wir sind zufrieden“, sagte\nAnna Beispiel.\n\neins\nzwei');
  });
  for (const dropped of ['Seitentitel', 'color', '99 Mio', 'Startseite', 'Kontakt', 'track', 'interessieren', 'Impressum']) {
    it(`drops ${dropped}`, () => expect(text).not.toContain(dropped));
  }
  it('recognises HTML documents, not text with a tag in it', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('  <html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('Die Firma <Muster> GmbH')).toBe(false);
  });
});

describe('pdf', () => {
  it('reads the text layer of a hand-written PDF', async () => {
    const pdf = makePdf(['Lemgo, 16. M\xe4rz 2017 - Die Musterwerk GmbH', 'erzielte rund 40 Mio. Euro Umsatz.']);
    expect(isPdf(pdf)).toBe(true);
    const { text, pages } = await pdfToText(pdf);
    expect(pages).toBe(1);
    expect(text).toBe('Lemgo, 16. März 2017 - Die Musterwerk GmbH\nerzielte rund 40 Mio. Euro Umsatz.');
  });
  it('refuses a broken PDF with pdf_invalid', async () => {
    await expect(loadDocument(Buffer.from('%PDF-1.4\ngarbage only'))).rejects.toMatchObject({ code: 'pdf_invalid' });
  });
});

describe('loadDocument', () => {
  it('detects the format from the bytes', async () => {
    expect((await loadDocument(Buffer.from(PAGE), 'page.txt')).format).toBe('html');
    expect((await loadDocument(makePdf(['Hallo']), 'x.txt')).format).toBe('pdf');
    expect((await loadDocument(Buffer.from('Hallo <b>Welt</b>'), 'x.txt')).format).toBe('text');
    expect((await loadDocument(Buffer.from('<p>Hallo <b>Welt</b></p>'), 'x.htm'))).toMatchObject({ format: 'html', text: 'Hallo Welt' });
  });
  it('refuses known binary formats explicitly', async () => {
    await expect(loadDocument(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).rejects.toMatchObject({ code: 'unsupported_format' });
  });
  it('repairs mojibake in a JSONL text field', () => {
    expect(loadText('MÃ¤rz')).toMatchObject({ text: 'März', warnings: [{ code: 'mojibake_repaired' }] });
  });
  it('offsets refer to the analysed text, returned as text', async () => {
    const facts = await extractBytes(Buffer.from(PAGE), { path: 'p.html' });
    expect(facts.text).toBe(htmlToText(PAGE));
    for (const y of facts.years) expect(facts.text.slice(y.start, y.end)).toBe(y.text);
  });
});
