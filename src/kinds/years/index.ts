import type { DateFact, YearFact } from '../../facts.js';
import type { Context, Located } from '../../engine/context.js';

/** Year mentions, inside dates or alone, and relative ones ("in diesem Jahr") resolved against `anchor`. */
export function findYears(ctx: Context, dates: readonly Located<DateFact>[], anchor: string | undefined): Located<YearFact>[] {
  void ctx; void dates; void anchor;
  return [];
}
