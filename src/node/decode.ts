/**
 * Bytes → text, detected from the bytes (never guessed from a file name):
 * - UTF-8 with or without BOM; UTF-16 LE/BE with BOM (and without BOM when the NUL pattern is unmistakable);
 * - Windows-1252 / ISO-8859-1 / ISO-8859-15 for old archives: bytes 0x80–0x9F mean Windows-1252,
 *   a 0xA4 byte with none of those means ISO-8859-15 (€; "¤" is never meant in German text);
 * - files that mix UTF-8 with single Windows-1252 bytes: each invalid byte is read as Windows-1252;
 * - repair of UTF-8 that was once read as Latin-1/Windows-1252 ("MÃ¤rz" → "März", "â€ž" → "„").
 * Every repair or non-UTF-8 decoding leaves a warning, so a reader knows the text was not taken as is.
 * Binary content (NUL bytes, control characters) is refused with a {@link DecodeError}.
 */
import type { Warning } from '../facts.js';

export interface Decoded {
  text: string;
  /** 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1' | 'iso-8859-15' | 'utf-8+windows-1252' */
  encoding: string;
  bom: boolean;
  warnings: Warning[];
}

/** A refusal to decode, with a stable code ('binary'). */
export class DecodeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Windows-1252 characters of bytes 0x80–0x9F (undefined bytes map to the C1 control of the same number). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
/** Character → Windows-1252 byte, for characters that are not the byte itself. */
const CP1252_BYTE = new Map<number, number>(CP1252_HIGH.map((cp, i) => [cp, 0x80 + i]));
/** ISO-8859-15 differs from Latin-1 in eight places. */
const ISO885915_DIFF = new Map<number, number>([[0xa4, 0x20ac], [0xa6, 0x160], [0xa8, 0x161], [0xb4, 0x17d], [0xb8, 0x17e], [0xbc, 0x152], [0xbd, 0x153], [0xbe, 0x178]]);

/** Single-byte decoding by table (Node's TextDecoder reads 'windows-1252' as plain Latin-1). */
function decodeSingleByte(bytes: Uint8Array, encoding: 'windows-1252' | 'iso-8859-1' | 'iso-8859-15'): string {
  const CHUNK = 8192;
  let out = '';
  const codes = new Array<number>(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      let c = b;
      if (encoding === 'iso-8859-15') c = ISO885915_DIFF.get(b) ?? b;
      else if (b >= 0x80 && b <= 0x9f && encoding === 'windows-1252') c = CP1252_HIGH[b - 0x80]!;
      codes[i - start] = c;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Decode bytes, detecting the encoding. Throws {@link DecodeError} for binary content. */
export function decode(input: Uint8Array): Decoded {
  const bytes = input;
  const warnings: Warning[] = [];
  let text: string;
  let encoding: string;
  let bom = false;

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    ({ text, encoding } = decodeUtf8(bytes.subarray(3), warnings));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    bom = true;
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    bom = true;
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16 !== undefined) {
      text = new TextDecoder(utf16).decode(bytes);
      encoding = utf16;
      warnings.push({ code: 'utf16_without_bom', message: `decoded as ${encoding.toUpperCase()} without a byte order mark (detected from the NUL pattern)` });
    } else {
      refuseBinary(bytes);
      ({ text, encoding } = decodeUtf8(bytes, warnings));
    }
  }
  if (encoding.startsWith('utf-16')) refuseBinaryText(text);
  const repaired = repairMojibake(text);
  if (repaired.count > 0) {
    text = repaired.text;
    warnings.push({ code: 'mojibake_repaired', message: `repaired ${repaired.count} UTF-8 sequence${repaired.count === 1 ? '' : 's'} that had been read as Latin-1 (e.g. ${JSON.stringify(repaired.example)})` });
  }
  return { text, encoding, bom, warnings };
}

/** UTF-8 if valid; otherwise a legacy single-byte encoding, or UTF-8 with stray Windows-1252 bytes. */
function decodeUtf8(bytes: Uint8Array, warnings: Warning[]): { text: string; encoding: string } {
  try {
    return { text: utf8Fatal.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: see below
  }
  const stats = utf8Stats(bytes);
  if (stats.valid === 0) {
    // No multi-byte sequence at all: a single-byte legacy encoding.
    let c1 = false;
    let a4 = false;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b >= 0x80 && b <= 0x9f) { c1 = true; break; }
      if (b === 0xa4) a4 = true;
    }
    const encoding = c1 ? 'windows-1252' : a4 ? 'iso-8859-15' : 'iso-8859-1';
    const text = decodeSingleByte(bytes, encoding);
    warnings.push({ code: 'legacy_encoding', message: `decoded as ${encoding.toUpperCase()} (detected: not valid UTF-8${c1 ? ', bytes 0x80–0x9F present' : a4 ? ', 0xA4 read as €' : ''})` });
    return { text, encoding };
  }
  if (stats.invalid <= stats.valid) {
    // Mostly UTF-8 with a few stray single bytes (files edited with two editors): read each stray byte as Windows-1252.
    warnings.push({ code: 'mixed_encoding', message: `valid UTF-8 mixed with ${stats.invalid} byte${stats.invalid === 1 ? '' : 's'} that are not; those were read as Windows-1252` });
    return { text: decodeMixed(bytes), encoding: 'utf-8+windows-1252' };
  }
  warnings.push({ code: 'invalid_utf8', message: `${stats.invalid} invalid UTF-8 byte${stats.invalid === 1 ? '' : 's'} replaced by U+FFFD` });
  return { text: utf8Lenient.decode(bytes), encoding: 'utf-8' };
}

/** Length of the valid UTF-8 sequence starting at i (≥2), or 0. */
function utf8SeqLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) n = 2;
  else if (b >= 0xe0 && b <= 0xef) { n = 3; if (b === 0xe0) lo = 0xa0; if (b === 0xed) hi = 0x9f; }
  else if (b >= 0xf0 && b <= 0xf4) { n = 4; if (b === 0xf0) lo = 0x90; if (b === 0xf4) hi = 0x8f; }
  else return 0;
  if (i + n > bytes.length) return 0;
  const b1 = bytes[i + 1]!;
  if (b1 < lo || b1 > hi) return 0;
  for (let k = 2; k < n; k++) {
    const c = bytes[i + k]!;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return n;
}

function utf8Stats(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) { i++; continue; }
    const n = utf8SeqLength(bytes, i);
    if (n > 0) { valid++; i += n; } else { invalid++; i++; }
  }
  return { valid, invalid };
}

function decodeMixed(bytes: Uint8Array): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) { i++; continue; }
    const n = utf8SeqLength(bytes, i);
    if (n > 0) { i += n; continue; }
    out += utf8Fatal.decode(bytes.subarray(runStart, i)) + decodeSingleByte(bytes.subarray(i, i + 1), 'windows-1252');
    i++;
    runStart = i;
  }
  return out + utf8Fatal.decode(bytes.subarray(runStart));
}

/** 'utf-16le' | 'utf-16be' when the first 4 KB show NULs in every other byte (ASCII-heavy text), else undefined. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** NUL bytes or many control bytes in the first 64 KB mean binary, not text. */
function refuseBinary(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) throw new DecodeError('binary', 'binary content (NUL bytes), not text');
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0x1a && b !== 0x1b) control++;
  }
  if (control > 0 && control > n * 0.01) throw new DecodeError('binary', `binary content (${control} control bytes in the first ${n}), not text`);
}

function refuseBinaryText(text: string): void {
  const n = Math.min(text.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new DecodeError('binary', 'binary content (NUL characters), not text');
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 0 && control > n * 0.01) throw new DecodeError('binary', 'binary content (control characters), not text');
}

const LOWER = /^\p{Ll}$/u;
const MOJIBAKE_HINT = /[\u00c2-\u00c5\u00e2]/u;

/**
 * Repair UTF-8 sequences that were decoded as Windows-1252 or Latin-1 ("MÃ¤rz" → "März"), twice over at most
 * (double mojibake). Only lead characters Â Ã Ä Å â are considered, and a repair must give a Latin letter or
 * sign (U+0080–U+024F) or typographic punctuation/currency (U+2000–U+20CF, ™), so German text such as
 * "Fluß“" or "Ä–" is left alone. Linear in the text's length.
 */
export function repairMojibake(text: string): { text: string; count: number; example?: string } {
  let count = 0;
  let example: string | undefined;
  for (let round = 0; round < 2 && MOJIBAKE_HINT.test(text); round++) {
    let out = '';
    let last = 0;
    let changed = 0;
    for (let i = 0; i < text.length; i++) {
      const lead = text.charCodeAt(i);
      const need = lead >= 0xc2 && lead <= 0xc5 ? 1 : lead === 0xe2 ? 2 : 0;
      if (need === 0 || i + need >= text.length) continue;
      // Ä, Å (Latin Extended letters such as ć, š) only after a lower-case letter: "KÄ–" stays as written.
      if ((lead === 0xc4 || lead === 0xc5) && (i === 0 || !LOWER.test(text[i - 1]!))) continue;
      const seq = [lead];
      let ok = true;
      for (let k = 1; k <= need; k++) {
        const b = byteOf(text.charCodeAt(i + k));
        if (b < 0x80 || b > 0xbf) { ok = false; break; }
        seq.push(b);
      }
      if (!ok) continue;
      let cp: number;
      if (need === 1) cp = ((lead & 0x1f) << 6) | (seq[1]! & 0x3f);
      else {
        cp = ((lead & 0x0f) << 12) | ((seq[1]! & 0x3f) << 6) | (seq[2]! & 0x3f);
      }
      const plausible = need === 1 ? cp >= 0x80 && cp <= 0x24f : (cp >= 0x2000 && cp <= 0x20cf) || cp === 0x2122;
      if (!plausible) continue;
      const repaired = String.fromCharCode(cp);
      if (example === undefined) example = `${text.slice(i, i + need + 1)} → ${repaired}`;
      out += text.slice(last, i) + repaired;
      i += need;
      last = i + 1;
      changed++;
    }
    if (changed === 0) break;
    text = out + text.slice(last);
    count += changed;
  }
  return example === undefined ? { text, count } : { text, count, example };
}

/** The byte a character stands for in Windows-1252/Latin-1, or -1. */
function byteOf(c: number): number {
  if (c <= 0xff) return c;
  return CP1252_BYTE.get(c) ?? -1;
}
