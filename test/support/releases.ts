/**
 * The release files the contract test and the hostile tests read: fixtures/*.txt (any depth)
 * and ../shared/seeds/*.txt, globbed when the tests run, decoded as the CLI decodes them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../../src/node/decode.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Release {
  /** Path relative to the project root. */
  name: string;
  path: string;
  /** The analysed text: the file decoded as `pressefakten extract` decodes it. */
  text: string;
  /** options.releaseDate from a sibling NAME.expected.json, when it has one. */
  releaseDate?: string;
}

function txtFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...txtFiles(p));
    else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

function releaseDateOf(path: string): string | undefined {
  const expected = join(dirname(path), basename(path, '.txt') + '.expected.json');
  if (!existsSync(expected)) return undefined;
  try {
    const e = JSON.parse(readFileSync(expected, 'utf8')) as { releaseDate?: unknown };
    return typeof e.releaseDate === 'string' ? e.releaseDate : undefined;
  } catch {
    return undefined;
  }
}

export function loadReleases(): Release[] {
  const files = [...txtFiles(join(ROOT, 'fixtures')), ...txtFiles(resolve(ROOT, '../shared/seeds'))];
  return files.map((path) => {
    const bytes = readFileSync(path);
    let text: string;
    try {
      text = decode(bytes).text;
    } catch {
      text = bytes.toString('utf8'); // a fixture the decoder refuses is still a string to extract from
    }
    const releaseDate = releaseDateOf(path);
    return { name: relative(ROOT, path), path, text, ...(releaseDate === undefined ? {} : { releaseDate }) };
  });
}
