/**
 * The word layer shared by persons, organisations, locations and quotes: tokens with words
 * joined over hyphens written without spaces ("Minden-Lübbecke", "SPD-Kreisvorsitzende",
 * "Dipl.-Ing."), so each name part is one unit. Built once per extract() call, one pass.
 */
import type { Context } from '../../engine/context.js';
import type { TokenType } from '../../text/tokens.js';
import { lexBits, unitWord, type Word } from './lexicon.js';

// Unit.bits: the yes/no facts of a unit and its small numbers packed into one field.
const CAP = 1;
const STARTS = 2;
const BOILERPLATE = 4;
const SPACE_BEFORE = 8;
const BREAKS_SHIFT = 4;
/** Line breaks are kept up to 3 (the rules only ask for 0, 1, 2+). */
const BREAKS_MAX = 3;
const LEX_SHIFT = 6;

/**
 * One unit per token or hyphen-joined compound. A unit is made for every token of every document,
 * so it is lean (8 fields; why: the units were most of the names stage's garbage): the yes/no facts
 * are bits read through getters, and the hyphen parts come from the shared Word.
 */
export class Unit {
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  /** As written, hyphens kept. */
  readonly value: string;
  readonly lower: string;
  readonly type: TokenType;
  /** Sentence index. */
  readonly sentence: number;
  private readonly bits: number;
  /** The lexicon facts of the word as written, shared by every unit of the same word: unitWord() in lexicon.ts fills it on first use. */
  word: Word | undefined;

  constructor(first: number, last: number, value: string, lower: string, type: TokenType, sentence: number, bits: number) {
    this.first = first;
    this.last = last;
    this.value = value;
    this.lower = lower;
    this.type = type;
    this.sentence = sentence;
    this.bits = bits;
    this.word = undefined;
  }

  /** Starts with an upper-case letter. */
  get cap(): boolean { return (this.bits & CAP) !== 0; }
  /** First unit of its sentence, or right after a colon, an opening quote or a line break. */
  get starts(): boolean { return (this.bits & STARTS) !== 0; }
  /** In the press-contact block or a contact line. */
  get boilerplate(): boolean { return (this.bits & BOILERPLATE) !== 0; }
  get spaceBefore(): boolean { return (this.bits & SPACE_BEFORE) !== 0; }
  /** Number of line breaks before the unit, at most 3. */
  get breaks(): number { return (this.bits >>> BREAKS_SHIFT) & BREAKS_MAX; }
  /** LEX_* bits (lexicon.ts): which rules may start at a unit that is not capitalised. */
  get lex(): number { return this.bits >>> LEX_SHIFT; }
  /** Parts of a hyphen compound ("SPD", "Kreisvorsitzende"); one part for a plain word. Shared: never mutate. */
  get parts(): string[] { return unitWord(this).parts; }
}

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
    const value = single ? t.value : text.slice(t.start, toks[last - 1]!.end);
    const lower = single ? t.lower : value.toLowerCase();
    const c0 = value.charCodeAt(0);
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : isUpperStart(value, c0);
    const sentence = sentenceOf[i] ?? 0;
    // ':' is always a 'punct' token: the type (an interned string) is compared before the value
    const starts = prev === undefined || prev.sentence !== sentence || t.newlineBefore || (prev.type === 'punct' && prev.value === ':') || (prev.type === 'quote');
    // the lex bits look at the first hyphen part ("krz" of "krz-Chef"); every listed word is a 'word' token,
    // so numbers, marks and quotes (a third of the units) have none
    let lex = 0;
    if (t.type === 'word') {
      const dash = single ? -1 : value.indexOf('-');
      lex = lexBits(lower, dash < 0 ? value : value.slice(0, dash));
    }
    const bits = (cap ? CAP : 0) | (starts ? STARTS : 0) | (boilerplate[i] === 1 ? BOILERPLATE : 0) | (t.spaceBefore ? SPACE_BEFORE : 0)
      | (Math.min(t.breaks, BREAKS_MAX) << BREAKS_SHIFT) | (lex << LEX_SHIFT);
    const unit = new Unit(i, last, value, lower, t.type, sentence, bits);
    units[n++] = unit;
    prev = unit;
    i = last;
  }
  units.length = n;
  return units;
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
