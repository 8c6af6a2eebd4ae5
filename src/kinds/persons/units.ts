/**
 * The word layer shared by persons, organisations, locations and quotes: tokens with words
 * joined over hyphens written without spaces ("Minden-Lübbecke", "SPD-Kreisvorsitzende",
 * "Dipl.-Ing."), so each name part is one unit. Built once per extract() call, one pass.
 */
import type { Context } from '../../engine/context.js';
import type { TokenType } from '../../text/tokens.js';
import { lexBits, type Word } from './lexicon.js';

export interface Unit {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** As written, hyphens kept. */
  value: string;
  lower: string;
  type: TokenType;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Parts of a hyphen compound ("SPD", "Kreisvorsitzende"); one part for a plain word. Shared: never mutate. */
  parts: string[];
  /** Sentence index. */
  sentence: number;
  /** First unit of its sentence, or right after a colon, an opening quote or a line break. */
  starts: boolean;
  /** Number of line breaks before the unit. */
  breaks: number;
  /** In the press-contact block or a contact line. */
  boilerplate: boolean;
  spaceBefore: boolean;
  /** placeAt() for this unit, once computed (null: no place starts here). */
  cPlace: import('./lexicon.js').PlaceMatch | null | undefined;
  /** The lexicon facts of the word as written, shared by every unit of the same word: unitWord() in lexicon.ts fills it on first use. */
  word: Word | undefined;
  /** LEX_* bits (lexicon.ts): which rules may start at a unit that is not capitalised. */
  lex: number;
}

const UPPER = /^\p{Lu}/u;

export function buildUnits(ctx: Context): Unit[] {
  const toks = ctx.tokens;
  const text = ctx.text;
  const sentenceOf = ctx.sentenceOf;
  const boilerplate = ctx.boilerplate;
  const units: Unit[] = [];
  let prev: Unit | undefined;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    let last = i + 1;
    if (t.type === 'word' || t.type === 'number') last = joinEnd(toks, i);
    const single = last === i + 1;
    const value = single ? t.value : text.slice(t.start, toks[last - 1]!.end);
    const lower = single ? t.lower : value.toLowerCase();
    const parts = single ? [value] : value.split('-');
    const c0 = value.charCodeAt(0);
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER.test(value);
    const sentence = sentenceOf[i] ?? 0;
    const starts = prev === undefined || prev.sentence !== sentence || t.newlineBefore || prev.value === ':' || (prev.type === 'quote');
    const unit: Unit = {
      first: i,
      last,
      value,
      lower,
      type: t.type,
      cap,
      parts,
      sentence,
      starts,
      breaks: t.breaks,
      boilerplate: boilerplate[i] === 1,
      spaceBefore: t.spaceBefore,
      // caches start as undefined so every unit has one shape (monomorphic property access)
      cPlace: undefined,
      word: undefined,
      lex: lexBits(lower, parts[0]!),
    };
    units.push(unit);
    prev = unit;
    i = last;
  }
  return units;
}

/** The end of the unit starting at word/number token i: "-" + word with no space on either side joins. */
function joinEnd(toks: Context['tokens'], i: number): number {
  let last = i + 1;
  while (last + 1 < toks.length) {
    const h = toks[last]!;
    if (h.value !== '-' || h.spaceBefore) break;
    const n = toks[last + 1]!;
    if (!n.spaceBefore && (n.type === 'word' || n.type === 'number')) last += 2;
    else break;
  }
  return last;
}

/** A word made of letters (and hyphens, dots of abbreviations, apostrophes) only. */
export function isWordUnit(u: Unit): boolean {
  return u.type === 'word';
}
