/**
 * The word layer shared by persons, organisations, locations and quotes: tokens with words
 * joined over hyphens written without spaces ("Minden-Lübbecke", "SPD-Kreisvorsitzende",
 * "Dipl.-Ing."), so each name part is one unit. Built once per extract() call, one pass.
 */
import type { Context } from '../../engine/context.js';
import { PackedToken } from '../../text/token.js';
import type { Token } from '../../text/tokens.js';
import { lexBits } from './lexicon.js';

/**
 * One unit per token or hyphen-joined compound: the token itself when it stands alone, a new PackedToken for a
 * compound (value, lower and type as written, the first token's offsets and spacing). The unit's own facts —
 * token range, sentence, cap/starts/boilerplate, lex bits, its Word — are PackedToken's unit fields (token.ts).
 */
export type Unit = PackedToken;

const UPPER = /^\p{Lu}/u;
/** \p{Lu} of each UTF-16 code unit, asked once: 0 not yet, 1 upper, 2 not (why: quotes and dashes are non-ASCII too, a regex per token was slow). */
const UPPER_CODE = new Uint8Array(65536);
function isUpperStart(value: string, c0: number): boolean {
  if (c0 >= 0xd800 && c0 <= 0xdfff) return UPPER.test(value); // a surrogate pair: the whole code point decides
  let k = UPPER_CODE[c0]!;
  if (k === 0) UPPER_CODE[c0] = k = UPPER.test(String.fromCharCode(c0)) ? 1 : 2;
  return k === 1;
}

export function buildUnits(ctx: Context): Unit[] {
  const toks = ctx.tokens;
  const text = ctx.text;
  const sentenceOf = ctx.sentenceOf;
  const boilerplate = ctx.boilerplate;
  // room for one unit per token (why: growing by push copied the array about three times over);
  // beyond 100 000 elements `new Array(n)` would make a slow dictionary array, so it grows from there
  const units: Unit[] = new Array<Unit>(Math.min(toks.length, 100_000));
  let n = 0;
  let prev: Unit | undefined;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    let last = i + 1;
    if (t.type === 'word' || t.type === 'number') last = joinEnd(toks, i);
    const single = last === i + 1;
    const unit = single ? (t as PackedToken) : compoundUnit(text, t, toks[last - 1]!);
    const value = unit.value;
    // the first char read from the document, not from the unit's string: token strings come in five or more
    // representations (sequential or sliced, one- or two-byte, the single-char cache's), and a charCodeAt call
    // site that sees them all goes megamorphic (V8's IC log showed this one did); the document is one string
    const c0 = text.charCodeAt(t.start);
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : isUpperStart(value, c0);
    const sentence = sentenceOf[i] ?? 0;
    // ':' is always a 'punct' token: the type (an interned string) is compared before the value
    const starts = prev === undefined || prev.sentence !== sentence || t.newlineBefore || (prev.type === 'punct' && prev.value === ':') || (prev.type === 'quote');
    // the lex bits look at the first hyphen part ("krz" of "krz-Chef"); every listed word is a 'word' token,
    // so numbers, marks and quotes (a third of the units) have none
    let lex = 0;
    if (t.type === 'word') {
      const dash = single ? -1 : value.indexOf('-');
      lex = lexBits(unit.lower, dash < 0 ? value : value.slice(0, dash));
    }
    unit.setUnit(i, last, sentence, cap, starts, boilerplate[i] === 1, lex);
    units[n++] = unit;
    prev = unit;
    i = last;
  }
  units.length = n;
  return units;
}

/** The unit of a hyphen compound from token `first` to token `last`: the text as written, the first token's offsets and spacing. */
function compoundUnit(text: string, first: Token, last: Token): PackedToken {
  const value = text.slice(first.start, last.end);
  return new PackedToken(value, value.toLowerCase(), first.type, first.start, first.spaceBefore, first.breaks);
}

/** The end of the unit starting at word/number token i: "-" + word with no space on either side joins. */
function joinEnd(toks: Context['tokens'], i: number): number {
  let last = i + 1;
  while (last + 1 < toks.length) {
    const h = toks[last]!;
    // cheapest test first: most tokens after a word stand after a space; '-' is always a 'punct' token
    if (h.spaceBefore || h.type !== 'punct' || h.value !== '-') break;
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
