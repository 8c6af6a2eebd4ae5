/**
 * Percentages: "40 %", "40%", "40 Prozent", "drei Prozentpunkte", "0,5 %-Punkte". The figure
 * pass in ../figures.ts reads the number and the range; this file reads the unit after it.
 */
import type { PercentageFact } from '../../facts.js';
import type { Token } from '../../text/tokens.js';
import { PERCENT_WORDS, PERCENTAGE_POINT_WORDS } from '../../lexicon/figure-nouns.js';

export interface PercentUnit {
  unit: PercentageFact['unit'];
  last: number;
}

export function percentAfter(tokens: readonly Token[], u: number): PercentUnit | undefined {
  const t = tokens[u];
  if (t === undefined || t.newlineBefore) return undefined;
  if (PERCENTAGE_POINT_WORDS.has(t.lower)) return { unit: 'percentage_points', last: u + 1 };
  if (!PERCENT_WORDS.has(t.lower)) return undefined;
  // "%-Punkte", "Prozent-Punkte"
  const h = tokens[u + 1];
  const p = tokens[u + 2];
  if (h !== undefined && p !== undefined && h.value === '-' && !h.spaceBefore && !p.spaceBefore && (p.lower === 'punkte' || p.lower === 'punkten' || p.lower === 'punkt')) {
    return { unit: 'percentage_points', last: u + 3 };
  }
  // "Prozent Punkte" is rare; a glued compound ("Prozentsatz") is not a unit at all
  return { unit: 'percent', last: u + 1 };
}
