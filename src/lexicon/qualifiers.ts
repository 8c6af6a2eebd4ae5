/**
 * Hedges before a figure, exactly as SPEC §2 lists them. Lower-case.
 * "über" and "gut" count only directly before the number (the matcher checks that).
 */
import type { Qualifier } from '../facts.js';

export const QUALIFIER_WORDS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['ca.', 'approx'], ['ca', 'approx'], ['circa', 'approx'], ['zirka', 'approx'], ['zirka.', 'approx'], ['rund', 'approx'], ['rd.', 'approx'],
  ['etwa', 'approx'], ['ungefähr', 'approx'], ['annähernd', 'approx'], ['schätzungsweise', 'approx'],
  ['über', 'more_than'], ['gut', 'more_than'],
  ['mindestens', 'at_least'], ['wenigstens', 'at_least'], ['mind.', 'at_least'],
  ['unter', 'less_than'],
  ['höchstens', 'at_most'], ['maximal', 'at_most'], ['max.', 'at_most'],
  ['knapp', 'almost'], ['fast', 'almost'], ['nahezu', 'almost'], ['beinahe', 'almost'],
]);

/** Two-word hedges: first word → second word → qualifier ("mehr als", "bis zu"). */
export const QUALIFIER_PAIRS: ReadonlyMap<string, ReadonlyMap<string, Qualifier>> = new Map<string, ReadonlyMap<string, Qualifier>>([
  ['mehr', new Map<string, Qualifier>([['als', 'more_than']])],
  ['weniger', new Map<string, Qualifier>([['als', 'less_than']])],
  ['bis', new Map<string, Qualifier>([['zu', 'at_most']])],
  ['knapp', new Map<string, Qualifier>([['über', 'more_than'], ['unter', 'less_than']])],
  ['gut', new Map<string, Qualifier>([['über', 'more_than']])],
  ['deutlich', new Map<string, Qualifier>([['über', 'more_than'], ['mehr', 'more_than'], ['unter', 'less_than']])],
]);

/** Single words that are hedges only as the second word of a pair (never alone): "mehr" needs "als". */
export const PAIR_ONLY: ReadonlySet<string> = new Set(['mehr', 'weniger', 'bis', 'deutlich']);
