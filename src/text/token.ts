/**
 * The one class every token is made of (scan.ts, and the German layer's joins): five fields, the four small
 * ones packed into `bits` and read through getters, and `end` computed from `start` and `value`. Why: a 10 MB text makes 1.7 million tokens that all live
 * until the end, and every young-generation collection copies them; ten fields made each token 40 % larger.
 * The rules read the same properties as before (see Token in tokens.ts).
 */
import type { Token, TokenType } from './tokens.js';

const SPACE = 1;
const ABBREVIATION = 2;
const JOINED = 4;
const BREAKS_SHIFT = 3;
/** Line breaks counted up to this many (the rules ask for 0, 1 or 2+). */
const MAX_BREAKS = 1 << 20;

export class PackedToken implements Token {
  // `declare`: no class-field definitions before the constructor's stores (each token was written twice, and
  // the larger constructor left the scanner's token sites past V8's inlining budget). tsconfig's
  // useDefineForClassFields: false now does the same for every class; here it stays explicit, the hottest case
  declare value: string;
  declare lower: string;
  declare type: TokenType;
  declare start: number;
  private declare bits: number;

  /** `end` is not stored: it is always start + value.length (8 bytes less per token; reading it costs the rules nothing measurable). */
  constructor(value: string, lower: string, type: TokenType, start: number, spaceBefore: boolean, breaks: number) {
    this.value = value;
    this.lower = lower;
    this.type = type;
    this.start = start;
    this.bits = (Math.min(breaks, MAX_BREAKS) << BREAKS_SHIFT) | (spaceBefore ? SPACE : 0);
  }

  get end(): number { return this.start + this.value.length; }
  get spaceBefore(): boolean { return (this.bits & SPACE) !== 0; }
  get newlineBefore(): boolean { return this.bits >= 1 << BREAKS_SHIFT; }
  get breaks(): number { return this.bits >>> BREAKS_SHIFT; }
  get abbreviation(): boolean { return (this.bits & ABBREVIATION) !== 0; }
  set abbreviation(on: boolean) { this.bits = on ? this.bits | ABBREVIATION : this.bits & ~ABBREVIATION; }
  get joined(): boolean { return (this.bits & JOINED) !== 0; }
  set joined(on: boolean) { this.bits = on ? this.bits | JOINED : this.bits & ~JOINED; }
}
