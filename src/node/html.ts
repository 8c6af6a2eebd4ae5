/**
 * HTML → text with a real HTML parser (htmlparser2): scripts, styles, navigation, page header and footer,
 * forms and the document head are dropped; paragraphs, headings, list items and table rows become their own
 * lines (a blank line between blocks); entities are decoded; runs of white space collapse to one space.
 * A <header> inside <article>/<main> is the article's own header (its headline) and is kept.
 */
import { Parser } from 'htmlparser2';

/** Elements whose whole content is dropped. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea',
  'svg', 'math', 'iframe', 'object', 'canvas', 'head', 'menu', 'dialog',
]);
/** Elements that stand on lines of their own, with a blank line around them. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre',
  'ul', 'ol', 'dl', 'table', 'figure', 'figcaption', 'address', 'hr', 'body', 'html', 'center', 'fieldset',
]);
/** Elements that end a line. */
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'caption']);
/** Cells: a tab-like gap between them. */
const CELL = new Set(['td', 'th']);

/** The visible text of an HTML page, one block per paragraph. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let dropDepth = 0;
  let articleDepth = 0;
  let preDepth = 0;
  /** Pending break before the next text: 0 none, 1 line, 2 paragraph. */
  let pending = 0;
  let lineHasText = false;
  const stack: string[] = [];

  const brk = (n: number): void => {
    if (n > pending) pending = n;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        stack.push(name);
        if (dropDepth > 0) {
          if (DROP.has(name) || name === 'header') dropDepth++;
          return;
        }
        if (DROP.has(name) || (name === 'header' && articleDepth === 0)) {
          dropDepth = 1;
          return;
        }
        if (name === 'article' || name === 'main') articleDepth++;
        if (name === 'pre') preDepth++;
        if (BLOCK.has(name)) brk(2);
        else if (LINE.has(name)) brk(1);
        else if (CELL.has(name) && lineHasText) out.push(' ');
      },
      ontext(raw) {
        if (dropDepth > 0) return;
        const text = preDepth > 0 ? raw : raw.replace(/[ \t\n\r\f\v]+/gu, ' ');
        if (text.length === 0) return;
        if (!lineHasText && preDepth === 0) {
          const trimmed = text.trimStart();
          if (trimmed.length === 0) return;
          flush();
          out.push(trimmed);
        } else {
          if (pending > 0) {
            const trimmed = text.trimStart();
            if (trimmed.length === 0) return;
            flush();
            out.push(trimmed);
          } else out.push(text);
        }
        lineHasText = true;
      },
      onclosetag(name) {
        // htmlparser2 closes implied tags itself; keep our stack in step with it.
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
        if (dropDepth > 0) {
          if (DROP.has(name) || name === 'header') dropDepth--;
          return;
        }
        if (name === 'article' || name === 'main') articleDepth = Math.max(0, articleDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK.has(name)) brk(2);
        else if (LINE.has(name)) brk(1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );

  function flush(): void {
    if (pending > 0 && out.length > 0) {
      // Drop trailing spaces of the line we end.
      const last = out.length - 1;
      out[last] = trimSpaces(out[last]!);
      out.push(pending === 2 ? '\n\n' : '\n');
    }
    pending = 0;
    lineHasText = false;
  }

  parser.write(html);
  parser.end();
  if (out.length > 0) out[out.length - 1] = trimSpaces(out[out.length - 1]!);
  return out.join('');
}

/** Does this text look like an HTML document (not merely contain a tag)? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  if (head.startsWith('<?xml') && head.includes('<html')) return true;
  if (head.startsWith('<!--') || head.startsWith('<head') || head.startsWith('<body')) return /<(html|head|body|p|div)[\s>]/u.test(head);
  return false;
}

/** Drop trailing spaces (a loop, not a regex: `/ +$/` backtracks on long runs of spaces). */
function trimSpaces(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  return s.slice(0, e);
}
