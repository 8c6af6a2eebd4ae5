/**
 * Every word in the rule lexicons (src/lexicon/*.ts and *.json), found when the tests run, so
 * lexicons added later feed the property tests without a change here. Strings are collected
 * from whatever a lexicon exports: Sets, Maps (keys and values), arrays, objects, nested.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './releases.js';

const LEXICON_DIR = join(ROOT, 'src/lexicon');
const SKIP_KEYS = new Set(['source', 'note', 'license', 'licence', 'comment', 'description']);

function collect(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 6 || value === null || value === undefined) return;
  if (typeof value === 'string') {
    for (const w of value.split(/\s+/u)) if (w.length > 0 && w.length <= 40) out.add(w);
  } else if (value instanceof Map) {
    for (const [k, v] of value) {
      collect(k, out, depth + 1);
      collect(v, out, depth + 1);
    }
  } else if (value instanceof Set || Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!SKIP_KEYS.has(k)) collect(v, out, depth + 1);
  }
}

export interface LexiconWords {
  files: string[];
  words: string[];
}

export async function lexiconWords(): Promise<LexiconWords> {
  const files = readdirSync(LEXICON_DIR).filter((f) => /\.(ts|json)$/u.test(f) && !f.endsWith('.d.ts') && !f.includes('.test.')).sort();
  const words = new Set<string>();
  for (const f of files) {
    const path = join(LEXICON_DIR, f);
    try {
      if (f.endsWith('.json')) collect(JSON.parse(readFileSync(path, 'utf8')), words);
      else collect(Object.values(await import(pathToFileURL(path).href) as Record<string, unknown>), words);
    } catch {
      // a lexicon another helper is still writing: skip it this run
    }
  }
  return { files, words: [...words].sort() };
}
