/** Timing helpers for the bench: wall time and this process's CPU time (user + system). */
import { loadavg } from 'node:os';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One timed call: { wall, cpu } in ms. CPU time is what counts on a busy machine. */
export function timeOnce(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * Times fn for up to maxRounds rounds; stops early once budgetMs (wall) is spent, but not
 * before minRounds. Returns the median wall and median CPU ms and the number of rounds.
 */
export function timeRounds(fn, maxRounds, budgetMs, minRounds = Math.min(3, maxRounds)) {
  const walls = [];
  const cpus = [];
  const start = performance.now();
  for (let r = 0; r < maxRounds; r++) {
    const { wall, cpu } = timeOnce(fn);
    walls.push(wall);
    cpus.push(cpu);
    if (walls.length >= minRounds && performance.now() - start > budgetMs) break;
  }
  return { wall: median(walls), cpu: median(cpus), rounds: walls.length };
}

export function fmt(x, digits) {
  return Number.isFinite(x) ? x.toFixed(digits) : String(x);
}

export function load() {
  return loadavg().map((x) => x.toFixed(2)).join(' ');
}
