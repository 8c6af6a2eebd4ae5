/**
 * Bytes → text. (Minimal for now: UTF-8 with or without BOM, UTF-16 with BOM.)
 */
import type { Warning } from '../facts.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: Warning[];
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [] };
}
