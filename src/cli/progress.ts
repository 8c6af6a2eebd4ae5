/** A progress bar on stderr when it is a terminal (done/total, files/s, ETA, failures); nothing otherwise. */
import cliProgress from 'cli-progress';
import type { BatchProgress } from '../node/batch/run.js';

export interface ProgressView {
  update(p: BatchProgress): void;
  stop(): void;
}

export function progressView(enabled: boolean): ProgressView {
  if (!enabled) return { update() {}, stop() {} };
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total}{more} | {rate} files/s | ETA {left} | {failed} failed',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      fps: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  let startedBar = false;
  return {
    update(p) {
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? p.done / seconds : 0;
      const eta = rate > 0 && !p.counting ? formatSeconds((p.total - p.done) / rate) : p.counting ? '…' : '–';
      const payload = { rate: rate.toFixed(1), left: eta, failed: p.failed, more: p.counting ? '+' : '' };
      if (!startedBar) {
        bar.start(Math.max(p.total, 1), p.done, payload);
        startedBar = true;
      }
      bar.setTotal(Math.max(p.total, 1));
      bar.update(p.done, payload);
    },
    stop() {
      if (startedBar) bar.stop();
    },
  };
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '–';
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = t % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}
