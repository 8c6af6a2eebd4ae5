/**
 * Dates that only wink-nlp's entity recognizer finds reliably: bare seasons and month parts
 * ("in the summer", "in the fall", "mid-March", "the end of June"), where "fall", "spring"
 * and "March" are as often verbs or nouns. Our rules leave those words alone; wink's DATE
 * entity decides that they are dates, and we resolve them against the release date.
 */
import type { DateFact } from '../facts.js';
import type { Context, Located } from '../engine/context.js';
import { EN_MONTHS, EN_SEASONS } from './lexicon.js';
import { winkEntities } from './nlp.js';

const MONTH_PART = /^(?:(?:in|by|until|since|during|from) )?(?:the )?(early|mid|late|end of|beginning of|start of|middle of)[- ]?(?:the )?([a-z]+)\.?$/u;
const SEASON = /^(?:(?:in|by|until|since|during|from|this|next|last) )?(?:the )?(spring|summer|autumn|fall|winter)$/u;
const MODIFIER: Record<string, 'start' | 'mid' | 'end'> = {
  early: 'start', 'beginning of': 'start', 'start of': 'start', mid: 'mid', 'middle of': 'mid', late: 'end', 'end of': 'end',
};

export function winkDateFallback(ctx: Context, anchor: string | undefined, known: readonly Located<DateFact>[], maxChars = 100_000): Located<DateFact>[] {
  if (anchor === undefined || ctx.text.length > maxChars) return [];
  const anchorYear = Number(anchor.slice(0, 4));
  const taken = known.map((d) => [ctx.tokens[d.first]!.start, ctx.tokens[d.last - 1]!.end] as const);
  const out: Located<DateFact>[] = [];
  for (const e of winkEntities(ctx.text)) {
    if (e.type !== 'DATE') continue;
    if (taken.some(([a, b]) => a < e.end && e.start < b)) continue;
    const v = e.value.toLowerCase();
    let fact: Omit<DateFact, 'text' | 'start' | 'end'> | undefined;
    let core = e.value;
    const mp = MONTH_PART.exec(v);
    const month = mp === null ? undefined : EN_MONTHS.get(mp[2]!);
    if (mp !== null && month !== undefined && mp[2]!.length >= 3) {
      fact = { value: `${anchorYear}-${String(month).padStart(2, '0')}`, precision: 'month', modifier: MODIFIER[mp[1]!]!, relative: true, rule: 'dates/wink-month-part' };
      core = e.value.slice(v.indexOf(mp[1]!));
    }
    const se = fact === undefined ? SEASON.exec(v) : null;
    if (se !== null) {
      const shift = v.startsWith('next ') ? 1 : v.startsWith('last ') ? -1 : 0;
      fact = { value: `${anchorYear + shift}-${EN_SEASONS.get(se[1]!)!}`, precision: 'season', relative: true, rule: 'dates/wink-season' };
      core = e.value.slice(v.lastIndexOf(se[1]!));
    }
    if (fact === undefined) continue;
    const start = e.end - core.length;
    const first = ctx.tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last >= 0 && last < ctx.tokens.length && ctx.tokens[last]!.end <= e.end) last++;
    if (first < 0 || last <= first) continue;
    out.push({ fact: { ...ctx.evidenceOfChars(start, e.end), ...fact }, first, last });
  }
  return out;
}
