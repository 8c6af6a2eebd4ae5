import type { Release } from '../../facts.js';
import type { Context } from '../../engine/context.js';

/** The release header: date, time, dateline place, source, title, issuing organisation. */
export function findRelease(ctx: Context): Release {
  void ctx;
  return { evidence: [] };
}
