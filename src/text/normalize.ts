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
  const out: string[] = [];
  const map: number[] = [];
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const ch = input[i]!;
    if (ch === '\r') {
      if (input[i + 1] === '\n') continue; // CRLF: the "\n" follows
      out.push('\n');
      map.push(i);
      continue;
    }
    if (ch === '-' && isLetter(input[i - 1])) {
      // "Kommunal-\nverwaltung" → "Kommunalverwaltung"; "Minden-\nLübbecke" → "Minden-Lübbecke"
      let j = i + 1;
      while (j < n && (input[j] === ' ' || input[j] === '\t')) j++;
      if (input[j] === '\r') j++;
      if (input[j] === '\n') {
        let k = j + 1;
        while (k < n && (input[k] === ' ' || input[k] === '\t')) k++;
        if (isLower(input[k])) {
          i = k - 1;
          continue;
        }
        if (isLetter(input[k])) {
          out.push('-');
          map.push(i);
          i = k - 1;
          continue;
        }
      }
    }
    const cls = classify(input.charCodeAt(i));
    if (cls === DROP) continue;
    if (cls === SPACE) {
      out.push(' ');
      map.push(i);
      continue;
    }
    out.push(ch);
    map.push(i);
  }
  map.push(n);
  return { text: out.join(''), toInput: Int32Array.from(map) };
}
