/**
 * A full GC between documents must not throw away extract()'s optimised code (engine/keep-alive.ts): in a child
 * process (dist/, which `npm test` builds first) extract() warms up over the German and English fixtures, a forced
 * GC runs with no document in flight, and V8's deoptimisation trace after it must show none of our functions dropped
 * for "weak objects" — the reason V8 gives when an object layout that optimised code checks for has died.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keptLayouts } from '../../src/engine/keep-alive.js';
import { extract } from '../../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist/index.js');
const require = createRequire(import.meta.url);

const child = `
const { readdirSync, readFileSync } = await import('node:fs');
const { extract } = await import(${JSON.stringify(dist)});
const read = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(dir + '/' + f, 'utf8'));
const german = read(${JSON.stringify(join(root, 'fixtures/de'))});
const english = read(${JSON.stringify(join(root, 'fixtures/en'))});
// English goes through compromise, ten times slower: fewer rounds make its code hot too
for (let r = 0; r < 60; r++) for (const d of german) extract(d);
for (let r = 0; r < 15; r++) for (const d of english) extract(d);
console.log('=== GC');
globalThis.gc();
for (let r = 0; r < 3; r++) for (const d of [...german, ...english]) extract(d);
console.log('=== END');
`;

describe('keep-alive: object layouts outlive a GC between documents', () => {
  it('holds one sample per pipeline class', () => {
    extract('Berlin, 1. März 2024 – Die Muster GmbH stellt 20 Mitarbeiter ein.');
    const names = keptLayouts().map((o) => o.constructor.name);
    for (const name of ['PackedToken', 'Scanner', 'Match', 'DayPart', 'YearScanner', 'Header', 'Lines']) expect(names).toContain(name);
  });

  it.skipIf(!existsSync(dist))('a forced GC after warm-up deoptimises nothing for "weak objects"', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--trace-opt', '--trace-deopt', '--no-concurrent-recompilation', '--input-type=module', '-e', child], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const out = r.stdout;
    const gcAt = out.indexOf('=== GC');
    expect(gcAt).toBeGreaterThan(0);
    expect(out.indexOf('=== END')).toBeGreaterThan(gcAt);
    // the warm-up optimised the pipeline (else the check below would prove nothing)
    expect(out.slice(0, gcAt)).toMatch(/completed compiling .*<JSFunction buildUnits /u);
    // only our functions and compromise's (English releases): Node's own (its URL code from loading the modules)
    // may be dropped, that is not ours to keep
    const ours = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(root, 'dist', f), 'utf8'))
      .concat(readFileSync(require.resolve('compromise'), 'utf8'))
      .join('\n');
    const dropped = [...out.slice(gcAt).matchAll(/marking dependent code .*?<SharedFunctionInfo ([^>]*)>.*?reason: weak objects/gu)]
      .map((m) => m[1]!)
      .filter((name) => ours.includes(`${name.replace(/^[gs]et /u, '')}(`));
    expect(dropped).toEqual([]);
  }, 120_000);
});
