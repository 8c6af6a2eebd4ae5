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

/**
 * Paired rounds: A and B alternate (A B B A A B …, so a steady drift of the machine's speed cancels),
 * and each pair gives one ratio B cpu ÷ A cpu. Returns the median ratio and the median CPU ms of each.
 * Why: on a shared VM the speed of the whole machine drifts by tens of percent within a minute, so two
 * libraries timed a minute apart can be compared with the wrong machine; a pair is timed within a second.
 */
export function pairedRounds(fnA, fnB, rounds) {
  const ratios = [];
  const as = [];
  const bs = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0 ? fnA : fnB;
    const second = r % 2 === 0 ? fnB : fnA;
    const x = timeOnce(first).cpu;
    const y = timeOnce(second).cpu;
    const a = r % 2 === 0 ? x : y;
    const b = r % 2 === 0 ? y : x;
    as.push(a);
    bs.push(b);
    ratios.push(b / a);
  }
  return { ratio: median(ratios), a: median(as), b: median(bs), ratios };
}

export function fmt(x, digits) {
  return Number.isFinite(x) ? x.toFixed(digits) : String(x);
}

export function load() {
  return loadavg().map((x) => x.toFixed(2)).join(' ');
}
