/**
 * The one class every token is made of (scan.ts, the German layer's joins, and the names' hyphen compounds): five
 * token fields, the four small ones packed into `bits` and read through getters, `end` computed from `start` and
 * `value`, then the five fields of the names' unit view (see below). Why so packed: a 10 MB text makes 1.7 million
 * tokens that all live until the end, and every young-generation collection copies them.
 * The rules read the same properties as before (see Token in tokens.ts).
 */
import type { Token, TokenType } from './tokens.js';
import type { Word } from '../kinds/persons/lexicon.js';
import { keepLayout } from '../engine/keep-alive.js';

const SPACE = 1;
const ABBREVIATION = 2;
const JOINED = 4;
const BREAKS_SHIFT = 3;
/** Line breaks counted up to this many (the rules ask for 0, 1 or 2+). */
const MAX_BREAKS = 1 << 20;

// PackedToken.unitBits (the names' unit view, see below)
const CAP = 1;
const STARTS = 2;
const BOILERPLATE = 4;
const LEX_SHIFT = 3;

export class PackedToken implements Token {
  // `declare`: no class-field definitions before the constructor's stores (each token was written twice, and
  // the larger constructor left the scanner's token sites past V8's inlining budget). tsconfig's
  // useDefineForClassFields: false now does the same for every class; here it stays explicit, the hottest case
  declare value: string;
  declare lower: string;
  declare type: TokenType;
  declare start: number;
  private declare bits: number;
  // The names' unit view (persons/units.ts): a token that is a unit of its own is that unit, and a hyphen-joined
  // compound is a PackedToken of its own. Why: a separate Unit object per token was 44 bytes more per token, a
  // third of the names stage's garbage, and one more object to load for every unit the rules look at.
  // 0 / undefined until buildUnits sets them.
  /** Token range [first, last) of the unit. */
  declare first: number;
  declare last: number;
  /** Sentence index. */
  declare sentence: number;
  private declare unitBits: number;
  /** The lexicon facts of the word as written, shared by every unit of the same word: unitWord() in persons/lexicon.ts fills it on first use. */
  declare word: Word | undefined;

  /** `end` is not stored: it is always start + value.length (8 bytes less per token; reading it costs the rules nothing measurable). */
  constructor(value: string, lower: string, type: TokenType, start: number, spaceBefore: boolean, breaks: number) {
    this.value = value;
    this.lower = lower;
    this.type = type;
    this.start = start;
    this.bits = (Math.min(breaks, MAX_BREAKS) << BREAKS_SHIFT) | (spaceBefore ? SPACE : 0);
    this.first = 0;
    this.last = 0;
    this.sentence = 0;
    this.unitBits = 0;
    this.word = undefined;
  }

  /** Makes this token a unit of the names stage (persons/units.ts). */
  setUnit(first: number, last: number, sentence: number, cap: boolean, starts: boolean, boilerplate: boolean, lex: number): void {
    this.first = first;
    this.last = last;
    this.sentence = sentence;
    this.unitBits = (cap ? CAP : 0) | (starts ? STARTS : 0) | (boilerplate ? BOILERPLATE : 0) | (lex << LEX_SHIFT);
    this.word = undefined;
  }
  /** As a unit: starts with an upper-case letter. */
  get cap(): boolean { return (this.unitBits & CAP) !== 0; }
  /** As a unit: first unit of its sentence, or right after a colon, an opening quote or a line break. */
  get starts(): boolean { return (this.unitBits & STARTS) !== 0; }
  /** As a unit: in the press-contact block or a contact line. */
  get boilerplate(): boolean { return (this.unitBits & BOILERPLATE) !== 0; }
  /** As a unit: LEX_* bits (persons/lexicon.ts), which rules may start at a unit that is not capitalised. */
  get lex(): number { return this.unitBits >>> LEX_SHIFT; }

  get end(): number { return this.start + this.value.length; }
  get spaceBefore(): boolean { return (this.bits & SPACE) !== 0; }
  get newlineBefore(): boolean { return this.bits >= 1 << BREAKS_SHIFT; }
  get breaks(): number { return this.bits >>> BREAKS_SHIFT; }
  get abbreviation(): boolean { return (this.bits & ABBREVIATION) !== 0; }
  set abbreviation(on: boolean) { this.bits = on ? this.bits | ABBREVIATION : this.bits & ~ABBREVIATION; }
  get joined(): boolean { return (this.bits & JOINED) !== 0; }
  set joined(on: boolean) { this.bits = on ? this.bits | JOINED : this.bits & ~JOINED; }
}

// a live token keeps the layout of all tokens and units (see engine/keep-alive.ts)
keepLayout(new PackedToken('a', 'a', 'word', 0, false, 0));
