/** The bench's German text: fixtures/*.txt and ../shared/seeds/*.txt, globbed at run time. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = [
  { dir: join(ROOT, 'fixtures'), seed: false },
  { dir: resolve(ROOT, '../shared/seeds'), seed: true },
];

function txtFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...txtFiles(p));
    else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

/** English fixtures (fixtures/en/…, en_*.txt) are not German text: the bench leaves them out. */
function isEnglish(path) {
  return /(^|[\\/])en[\\/]/u.test(relative(ROOT, path)) || /(^|[\\/])en_[^\\/]*$/u.test(path);
}

/** Every German release file, one document each. */
export function loadDocuments() {
  const files = [];
  for (const { dir, seed } of DIRS) {
    for (const path of txtFiles(dir)) {
      if (isEnglish(path)) continue;
      const text = readFileSync(path, 'utf8');
      if (text.trim().length > 0) files.push({ path, name: relative(ROOT, path), seed, text });
    }
  }
  if (files.length === 0) throw new Error('bench: no .txt releases in fixtures/ or ../shared/seeds/');
  return { files, docs: files.map((f) => f.text) };
}

/** The documents repeated in order until they hold at least `chars` characters. */
export function repeatTo(docs, chars) {
  const out = [];
  let n = 0;
  while (n < chars) {
    for (const d of docs) {
      out.push(d);
      n += d.length;
      if (n >= chars) break;
    }
  }
  return out;
}

/** One large release: `chars` characters of the documents, blank lines between them. */
export function bigInput(docs, chars) {
  const parts = [];
  let n = 0;
  while (n < chars) {
    for (const d of docs) {
      parts.push(d);
      n += d.length + 2;
      if (n >= chars) break;
    }
  }
  return parts.join('\n\n').slice(0, chars);
}

export function utf8Bytes(docs) {
  let n = 0;
  for (const d of docs) n += Buffer.byteLength(d, 'utf8');
  return n;
}
