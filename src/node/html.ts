/**
 * HTML → text with a real HTML parser (htmlparser2): scripts, styles, navigation, page header and footer,
 * forms and the document head are dropped; paragraphs, headings, list items and table rows become their own
 * lines (a blank line between blocks); entities are decoded; runs of white space collapse to one space.
 * A <header> inside <article>/<main> is the article's own header (its headline) and is kept.
 */
import { Parser } from 'htmlparser2';
import { DecodeError } from './decode.js';

/**
 * The deepest element nesting converted (htmlparser2's open-element stack, exactly). Real pages nest < 200
 * deep; sloppy old pages with unclosed <font>/<td> reach a few thousand. Why a limit: htmlparser2 keeps its
 * stack in an array it grows with unshift, so every start tag costs the depth: '<b>' × 100k took 1.8–3 s,
 * × 400k 49 s.
 */
export const MAX_HTML_DEPTH = 5000;
/**
 * Bound on htmlparser2's stack work, so that converting stays linear in the input: every tag costs up to the
 * current depth (unshift on a start tag, a search of the stack on an end tag; an end tag that matches nothing
 * searches all of it: at depth 5,000, 700k unmatched '</i>' (2.8 MB) took 2.8 s). The work is counted per
 * chunk as (tags in the chunk) × (deepest nesting during it), an upper bound, and may be
 * {@link HTML_STACK_WORK_BASE} plus {@link HTML_STACK_WORK_PER_CHAR} per character read so far: a tag every
 * 4 characters 200 deep stays under it (real pages have a tag every 20–50 characters and nest < 200 deep);
 * the flood above is refused after ~80 KB.
 */
export const HTML_STACK_WORK_BASE = 1e8;
export const HTML_STACK_WORK_PER_CHAR = 50;
/** Parse in chunks of about this many characters, each cut just before a '<', so the work can be checked. */
const CHUNK = 1 << 16;

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
  /** htmlparser2's stack depth: every open tag is pushed (void ones are closed at once), every close pops one. */
  let depth = 0;
  let chunkMaxDepth = 0;

  const brk = (n: number): void => {
    if (n > pending) pending = n;
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (++depth > chunkMaxDepth) {
          chunkMaxDepth = depth;
          if (depth > MAX_HTML_DEPTH) throw tooDeep(`elements nested more than ${MAX_HTML_DEPTH} deep (the limit)`);
        }
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
        // htmlparser2 closes implied tags itself, one event each.
        if (depth > 0) depth--;
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

  // Chunks end just before a '<' (text is then emitted at the same place as in one write), so the output is
  // the same as for one write; between chunks the stack work is checked.
  let work = 0;
  for (let start = 0; start < html.length; ) {
    let end = start + CHUNK < html.length ? html.indexOf('<', start + CHUNK) : -1;
    if (end < 0) end = html.length;
    chunkMaxDepth = depth;
    parser.write(html.slice(start, end));
    work += countTags(html, start, end) * chunkMaxDepth;
    const allowed = HTML_STACK_WORK_BASE + HTML_STACK_WORK_PER_CHAR * end;
    if (work > allowed) {
      throw tooDeep(`after ${end} of ${html.length} characters, tags × nesting depth (up to ${chunkMaxDepth} deep) add up to ${work}, more than the limit of ${allowed} (${HTML_STACK_WORK_BASE} + ${HTML_STACK_WORK_PER_CHAR} per character)`);
    }
    start = end;
  }
  parser.end();
  if (out.length > 0) out[out.length - 1] = trimSpaces(out[out.length - 1]!);
  return out.join('');
}

function tooDeep(what: string): DecodeError {
  return new DecodeError('html_too_deep', `the HTML is too deeply nested to convert in bounded time: ${what}`);
}

/** The number of '<' in html[start, end): an upper bound on the tags there. */
function countTags(html: string, start: number, end: number): number {
  let n = 0;
  for (let i = html.indexOf('<', start); i >= 0 && i < end; i = html.indexOf('<', i + 1)) n++;
  return n;
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
