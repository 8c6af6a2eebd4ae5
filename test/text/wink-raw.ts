/**
 * Test helper: raw tokens the old way, from wink-nlp's English tokenizer (readDoc with an
 * empty pipe), offsets found by walking the text. Kept so that the scanner (src/text/scan.ts)
 * can be compared with what the German layer was built on.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../../src/text/tokens.js';
import { typeOf } from '../../src/text/scan.js';

// wink grows its vocabulary with every new word and never frees it; a fresh instance every
// so often keeps memory flat over large archives (STYLE: observed ~270 B per distinct word).
const RECYCLE_AFTER_CHARS = 64 * 1024 * 1024;
let nlp: ReturnType<typeof winkNLP> | undefined;
let charsSinceRecycle = 0;

function winkValues(text: string): string[] {
  if (nlp === undefined || charsSinceRecycle > RECYCLE_AFTER_CHARS) {
    nlp = winkNLP(model, []);
    charsSinceRecycle = 0;
  }
  charsSinceRecycle += text.length;
  return nlp.readDoc(text).tokens().out() as string[];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11;
}

/**
 * A run of non-space characters longer than this is not given to wink: wink's time on one new
 * token grows with the square of its length (a 10 000-character word takes ~0.5 s, a 1 MB one
 * hours). Such runs (URLs, base64, garbage) are split by character class instead: linear.
 */
const MAX_WINK_RUN = 256;

/** [start, end) of the runs of non-space characters longer than MAX_WINK_RUN, in order. */
function longRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const n = text.length;
  let runStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i === n || isSpace(text.charCodeAt(i))) {
      if (i - runStart > MAX_WINK_RUN) runs.push([runStart, i]);
      runStart = i + 1;
    }
  }
  return runs;
}

/** 0 letter, 1 digit, 2 anything else (one token per character; surrogate pairs kept whole). */
function charClass(code: number): number {
  if (code >= 48 && code <= 57) return 1;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 0;
  if (code < 128) return 2;
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase() ? 0 : 2;
}

/**
 * A long run split into letter runs, digit runs and single other characters; no piece longer
 * than MAX_WINK_RUN, so rules that look inside a token never see a megabyte-long one.
 */
function splitLongRun(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    let j = i + 1;
    if (cls === 2) {
      if (c >= 0xd800 && c <= 0xdbff && j < end) {
        const d = text.charCodeAt(j);
        if (d >= 0xdc00 && d <= 0xdfff) j++;
      }
    } else {
      const stop = Math.min(end, i + MAX_WINK_RUN);
      while (j < stop && charClass(text.charCodeAt(j)) === cls) j++;
    }
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

/** Raw tokens with offsets. Whatever wink returns, offsets are found in `text` itself. */
export function winkRawTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const n = text.length;
  const place = (raw: string): void => {
    // Line-break tokens ("\n", "\n\n", "\t") carry no value of their own: we count breaks while skipping.
    if (raw.length === 0 || (raw.charCodeAt(0) <= 32 && raw.trim() === '')) return;
    let breaks = 0;
    let spaced = false;
    while (pos < n && isSpace(text.charCodeAt(pos))) {
      if (text.charCodeAt(pos) === 10) breaks++;
      spaced = true;
      pos++;
    }
    let start = pos;
    if (!text.startsWith(raw, pos)) {
      // wink rewrote or skipped something: look a little ahead, never far (linear overall).
      const window = text.slice(pos, pos + 256);
      const k = window.indexOf(raw);
      if (k < 0) return;
      start = pos + k;
    }
    const end = start + raw.length;
    const type = typeOf(raw);
    tokens.push({ value: raw, lower: raw.toLowerCase(), type, start, end, spaceBefore: spaced || start > pos, newlineBefore: breaks > 0, breaks, abbreviation: false, joined: false });
    pos = end;
  };
  const runs = longRuns(text);
  if (runs.length === 0) {
    for (const raw of winkValues(text)) place(raw);
    return tokens;
  }
  // wink reads the text between the long runs; the long runs are split here
  let from = 0;
  for (const [start, end] of runs) {
    if (start > from) for (const raw of winkValues(text.slice(from, start))) place(raw);
    for (const raw of splitLongRun(text, start, end)) place(raw);
    from = end;
  }
  if (from < n) for (const raw of winkValues(text.slice(from))) place(raw);
  return tokens;
}

