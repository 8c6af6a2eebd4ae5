import type { DateFact } from '../../facts.js';
import type { Context, Located } from '../../engine/context.js';

/** Calendar dates, months, seasons, quarters, halves; relative ones resolved against `anchor` (YYYY-MM-DD). */
export function findDates(ctx: Context, anchor: string | undefined): Located<DateFact>[] {
  void ctx; void anchor;
  return [];
}
