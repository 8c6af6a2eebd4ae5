/** Small token helpers shared by the English rules. */
import type { Token } from '../text/tokens.js';
import type { Context } from '../engine/context.js';

/** A word that starts with an upper-case letter and has a lower-case letter after it ("Boston", "McAllister"). */
export function isCapWord(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word') return false;
  const c = t.value[0]!;
  if (c === c.toLowerCase() || c.toUpperCase() !== c) return false;
  return t.value.length === 1 ? false : t.value !== t.value.toUpperCase() || t.value.length <= 3;
}

/** A word in capitals only ("BOSTON", "CEO"). */
export function isUpperWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && t.value.length > 1 && t.value === t.value.toUpperCase() && t.value !== t.value.toLowerCase();
}

export function isLowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && t.value === t.value.toLowerCase() && t.value !== t.value.toUpperCase();
}

/** Longest phrase of `map` (space-joined lower-case tokens) that starts at token i. */
export function phraseAt<V>(tokens: readonly Token[], i: number, map: ReadonlyMap<string, V> | ReadonlySet<string>, maxLen = 4): { key: string; value: V | true; last: number } | undefined {
  let best: { key: string; value: V | true; last: number } | undefined;
  let key = '';
  for (let k = 0; k < maxLen && i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    if (k > 0 && t.newlineBefore && t.breaks > 1) break;
    key = k === 0 ? t.lower : `${key} ${t.lower}`;
    if (map.has(key)) best = { key, value: map instanceof Map ? (map.get(key) as V) : true, last: i + k + 1 };
  }
  return best;
}

/** Longest phrase of `map` that ends right before token `end` (exclusive). */
export function phraseBefore<V>(tokens: readonly Token[], end: number, map: ReadonlyMap<string, V> | ReadonlySet<string>, maxLen = 4): { key: string; value: V | true; first: number } | undefined {
  let best: { key: string; value: V | true; first: number } | undefined;
  let key = '';
  for (let k = 1; k <= maxLen && end - k >= 0; k++) {
    const t = tokens[end - k]!;
    key = k === 1 ? t.lower : `${t.lower} ${key}`;
    if (map.has(key)) best = { key, value: map instanceof Map ? (map.get(key) as V) : true, first: end - k };
    if (t.newlineBefore && t.breaks > 1) break;
  }
  return best;
}

/** The sentence's token range for token i. */
export function sentenceRange(ctx: Context, i: number): { first: number; last: number } {
  const s = ctx.sentences[ctx.sentenceOf[i]!];
  return s === undefined ? { first: 0, last: ctx.tokens.length } : s;
}

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '–', '—', '--']);

/** The clause around tokens [first, last): bounded by the sentence and by commas, semicolons, dashes, brackets. */
export function clauseRange(ctx: Context, first: number, last: number): { first: number; last: number } {
  const s = sentenceRange(ctx, first);
  let a = first;
  const minA = Math.max(s.first, first - MAX_REACH);
  while (a > minA && !CLAUSE_BREAKS.has(ctx.tokens[a - 1]!.value)) a--;
  let b = last;
  const maxB = Math.min(s.last, last + MAX_REACH);
  while (b < maxB && !CLAUSE_BREAKS.has(ctx.tokens[b]!.value)) b++;
  return { first: a, last: b };
}

/** How far (in tokens) a rule looks around a figure: keeps every rule linear on run-on text. */
export const MAX_REACH = 40;

/** The sentence around token i, cut to MAX_REACH tokens each side. */
export function nearSentence(ctx: Context, first: number, last: number): { first: number; last: number } {
  const s = sentenceRange(ctx, first);
  return { first: Math.max(s.first, first - MAX_REACH), last: Math.min(s.last, last + MAX_REACH) };
}

/** "SAN FRANCISCO" → "San Francisco"; mixed case stays as written. */
export function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s\-'.])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Shift an ISO day by n days. */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d + n));
  return isoDay(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
