/**
 * Text hygiene that keeps offsets: the rules work on a cleaned copy of the input, and
 * `toInput` maps every index of the copy back to the analysed (input) text.
 *
 * - soft hyphen, zero-width characters, BOM, bidi marks: removed
 * - NBSP, narrow NBSP, thin/figure spaces, tabs, control characters (NUL …): one space each
 * - CRLF and lone CR: "\n"
 * - a word split over a line end by a hyphen ("Kommunal-\nverwaltung"): joined
 *   ("Minden-\nLübbecke" keeps its hyphen, loses the line break)
 * Typographic quotes and dashes are kept as they are: rules know them.
 */
export interface NormalizedText {
  /** The cleaned text the tokenizer and rules see. */
  text: string;
  /** `toInput[i]` is the input index of `text[i]`; `toInput[text.length]` is `input.length`. Undefined when identical. */
  toInput: Int32Array | undefined;
}

const KEEP = 0;
const DROP = 1;
const SPACE = 2;
/** Soft hyphen, zero-width, word joiner, BOM, bidi marks: dropped. Controls, tabs, NBSP and other spaces: one space. */
function classify(code: number): number {
  if (code < 0x20) return code === 0x0a || code === 0x0d ? KEEP : SPACE;
  if (code < 0x7f) return KEEP;
  if (code === 0x7f || code === 0xa0) return SPACE;
  if (code === 0xad) return DROP;
  if (code < 0x2000) return KEEP;
  if (code <= 0x200a) return SPACE;
  if (code <= 0x200f) return DROP; // ZWSP, ZWNJ, ZWJ, LRM, RLM
  if (code >= 0x202a && code <= 0x202e) return DROP;
  if (code === 0x202f || code === 0x205f || code === 0x3000) return SPACE;
  if (code === 0x2060 || code === 0xfeff || (code >= 0x2066 && code <= 0x2069)) return DROP;
  return KEEP;
}
const NEEDS_WORK = /[\u00AD\u200B-\u200D\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0009\u000B-\u001F\u007F\u00A0\u2000-\u200A\u202F\u205F\u3000]|-[ \t]*\r?\n/u;

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

export function normalize(input: string): NormalizedText {
  if (!NEEDS_WORK.test(input)) return { text: input, toInput: undefined };
  // Runs of kept characters are copied as slices and their offsets written into a typed array:
  // one pass, no per-character strings (a per-character array was the hot spot: ~1.5 µs a char).
  const n = input.length;
  const map = new Int32Array(n + 1);
  const parts: string[] = [];
  let m = 0; // output length so far
  let span = 0; // start of the pending run of kept input characters
  const flush = (to: number): void => {
    if (to <= span) return;
    parts.push(input.slice(span, to));
    for (let k = span; k < to; k++) map[m++] = k;
  };
  const emit = (ch: string, at: number): void => {
    parts.push(ch);
    map[m++] = at;
  };
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x2d) continue; // printable ASCII other than "-": kept
    if (c === 0x0d) {
      flush(i);
      if (input.charCodeAt(i + 1) !== 0x0a) emit('\n', i); // lone CR → "\n"; CRLF: the "\n" follows
      span = i + 1;
      continue;
    }
    if (c === 0x2d) {
      if (!isLetter(input[i - 1])) continue;
      // "Kommunal-\nverwaltung" → "Kommunalverwaltung"; "Minden-\nLübbecke" → "Minden-Lübbecke"
      let j = i + 1;
      while (j < n && (input[j] === ' ' || input[j] === '\t')) j++;
      if (input[j] === '\r') j++;
      if (input[j] !== '\n') continue;
      let k = j + 1;
      while (k < n && (input[k] === ' ' || input[k] === '\t')) k++;
      if (isLower(input[k])) {
        flush(i);
        span = k;
        i = k - 1;
      } else if (isLetter(input[k])) {
        flush(i + 1); // keeps the "-"
        span = k;
        i = k - 1;
      }
      continue;
    }
    const cls = classify(c);
    if (cls === KEEP) continue;
    flush(i);
    if (cls === SPACE) emit(' ', i);
    span = i + 1;
  }
  flush(n);
  map[m] = n;
  return { text: parts.join(''), toInput: map.subarray(0, m + 1) };
}
