/**
 * The word layer shared by persons, organisations, locations and quotes: tokens with words
 * joined over hyphens written without spaces ("Minden-Lübbecke", "SPD-Kreisvorsitzende",
 * "Dipl.-Ing."), so each name part is one unit. Built once per extract() call, one pass.
 */
import type { Context } from '../../engine/context.js';
import type { TokenType } from '../../text/tokens.js';

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
  /** Parts of a hyphen compound ("SPD", "Kreisvorsitzende"); one part for a plain word. */
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
  /** Per-call caches of the lexicon tests (filled by persons/lexicon.ts). */
  cRole: import('./lexicon.js').RoleInfo | null | undefined;
  cSurname: boolean | undefined;
  cHead: boolean | undefined;
  cFirst: boolean | undefined;
  /** placeAt() for this unit, once computed (null: no place starts here). */
  cPlace: import('./lexicon.js').PlaceMatch | null | undefined;
}

const UPPER = /^\p{Lu}/u;

export function buildUnits(ctx: Context): Unit[] {
  const toks = ctx.tokens;
  const units: Unit[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    let last = i + 1;
    if (t.type === 'word' || t.type === 'number') {
      // join "-" + word with no space on either side
      while (last + 1 < toks.length) {
        const h = toks[last]!;
        const n = toks[last + 1]!;
        if (h.value === '-' && !h.spaceBefore && !n.spaceBefore && (n.type === 'word' || n.type === 'number')) last += 2;
        else break;
      }
    }
    const single = last === i + 1;
    const value = single ? t.value : ctx.text.slice(t.start, toks[last - 1]!.end);
    const parts = single ? [value] : value.split('-');
    const c0 = value.charCodeAt(0);
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER.test(value);
    const prev = units[units.length - 1];
    const sentence = ctx.sentenceOf[i] ?? 0;
    const starts = prev === undefined || prev.sentence !== sentence || t.newlineBefore || prev.value === ':' || (prev.type === 'quote');
    units.push({
      first: i,
      last,
      value,
      lower: single ? t.lower : value.toLowerCase(),
      type: t.type,
      cap,
      parts,
      sentence,
      starts,
      breaks: t.breaks,
      boilerplate: ctx.boilerplate[i] === 1,
      spaceBefore: t.spaceBefore,
      // caches start as undefined so every unit has one shape (monomorphic property access)
      cRole: undefined,
      cSurname: undefined,
      cHead: undefined,
      cFirst: undefined,
      cPlace: undefined,
    });
    i = last;
  }
  return units;
}

/** A word made of letters (and hyphens, dots of abbreviations, apostrophes) only. */
export function isWordUnit(u: Unit): boolean {
  return u.type === 'word';
}
