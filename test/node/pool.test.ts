/**
 * The worker pool when a worker dies: the input that killed it fails explicitly ('worker_crashed'); every
 * other input that worker held (a worker answers several at once, so some may be done but unsent) is
 * retried and gets its facts. Runs the built pool (dist/), as the CLI does, with a worker script that
 * exits on an input whose path contains "CRASH".
 */
import { describe, expect, it } from 'vitest';
// dist/ is built before the tests (pretest): the pool starts dist/node/batch/worker.js, as the CLI's does.
import { WorkerPool } from '../../dist/node/batch/pool.js';

interface Result { seq: number; ok: boolean; code?: string; factsJson?: string }

const text = (i: number): string => `Lemgo, ${1 + (i % 28)}. März 2017 – Die Musterwerk GmbH beschäftigt ${100 + i} Mitarbeiter.`;

describe('worker pool: a worker that dies', () => {
  for (const jobs of [1, 2]) {
    it(`fails the input that killed it and retries the others it held (${jobs} workers)`, async () => {
      const pool = new WorkerPool(jobs, { url: new URL('./crashing-worker.mjs', import.meta.url), extraWorkersAfterMs: 0 });
      try {
        const paths = Array.from({ length: 40 }, (_, i) => (i === 5 || i === 23 ? `doc-${i}-CRASH.txt` : `doc-${i}.txt`));
        const results: Result[] = await Promise.all(
          paths.map((path, seq) => pool.run({ seq, path, text: text(seq), includeText: false, wantFacts: false })),
        );
        expect(results.map((r) => r.seq)).toEqual(paths.map((_, i) => i));
        expect(results.filter((r) => !r.ok).map((r) => [r.seq, r.code])).toEqual([[5, 'worker_crashed'], [23, 'worker_crashed']]);
        for (const r of results.filter((r) => r.ok)) {
          const facts = JSON.parse(r.factsJson!) as { headcounts: { count: number }[] };
          expect(facts.headcounts.map((h) => h.count)).toEqual([100 + r.seq]);
        }
        expect(pool.started).toBe(jobs);
      } finally {
        await pool.close();
      }
    }, 60_000);
  }

  it('starts a second worker at once when the first holds a large input and more inputs wait', async () => {
    const pool = new WorkerPool(2, { extraWorkersAfterMs: 600_000 });
    try {
      // 5 MiB of blank lines first (a bad export: quick to analyse, but large), then ordinary releases
      const big = pool.run({ seq: 0, path: 'dump.txt', text: '\n'.repeat(5 * 1024 * 1024), includeText: false, wantFacts: false, maxChars: 16 * 1024 * 1024 });
      const small = Array.from({ length: 40 }, (_, k) => pool.run({ seq: k + 1, path: `doc-${k}.txt`, text: text(k), includeText: false, wantFacts: false, maxChars: 16 * 1024 * 1024 }));
      const results: Result[] = await Promise.all([big, ...small]);
      expect(results.every((r) => r.ok)).toBe(true);
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('starts a second worker only when the run lasts (a short run is done by one)', async () => {
    const pool = new WorkerPool(2);
    try {
      const results: Result[] = await Promise.all(
        Array.from({ length: 40 }, (_, seq) => pool.run({ seq, path: `doc-${seq}.txt`, text: text(seq), includeText: false, wantFacts: false })),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      expect(pool.started).toBe(1);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
