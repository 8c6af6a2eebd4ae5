/** pressefakten/node: file and byte handling around the pure core. */
import { readFile } from 'node:fs/promises';
import { extract } from '../extract.js';
import type { ExtractOptions } from '../options.js';
import type { Facts } from '../facts.js';
import { decode } from './decode.js';

export { decode } from './decode.js';
export type { Decoded } from './decode.js';

/** Read one release file (any supported encoding) and extract its facts. */
export async function extractFile(path: string, options?: ExtractOptions): Promise<Facts> {
  const bytes = await readFile(path);
  const decoded = decode(bytes);
  const facts = extract(decoded.text, options);
  facts.warnings.unshift(...decoded.warnings);
  return facts;
}
