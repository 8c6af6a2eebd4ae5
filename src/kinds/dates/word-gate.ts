/**
 * The filter of lexicon/word-starts.ts (WordStarts) with its own copy of mayList, for the dates scan alone.
 * Why a copy of the method: a function's type feedback is shared by all its callers, and the whole library hands
 * WordStarts strings of every representation (one- and two-byte, sequential, sliced, internalized):
 * past four, its charCodeAt reads become generic (megamorphic) property loads. Here only the lower
 * forms of word tokens come in, and words of one letter (the internalized single-character
 * strings) are answered before any char is read, so the reads stay inline. The dates scan asks
 * this at every word: about a quarter of that stage's instructions went to those generic loads.
 */
import { CHAR_CLASS, CLASSES, lengthBit, WordStarts } from '../../lexicon/word-starts.js';
import type { Token } from '../../text/tokens.js';

export class WordGate extends WordStarts {
  /**
   * False when no listed word has w's first three letters and length; true means "look it up".
   * Words of one letter always pass.
   * Only for the lower form of a word token (see above).
   */
  override mayList(w: string): boolean {
    const n = w.length;
    if (n < 2) return true;
    return this.mayListLong(w, n);
  }

  /**
   * mayList for the lower form of word token t, its length taken from the token's span: the lower forms' `length`
   * read went megamorphic (V8's IC log: five string representations). The span is the form's length but for a
   * word with "İ", whose lower form is longer and listed nowhere, so any answer is right for it.
   */
  mayListToken(t: Token): boolean {
    const n = t.end - t.start;
    return n < 2 || this.mayListLong(t.lower, n);
  }

  private mayListLong(w: string, n: number): boolean {
    const row = this.rowOf[CHAR_CLASS[w.charCodeAt(0)]! * CLASSES + CHAR_CLASS[w.charCodeAt(1)]!]!;
    const third = n === 2 ? 0 : CHAR_CLASS[w.charCodeAt(2)]!;
    return row !== 0 && (this.masks[row * CLASSES + third]! & lengthBit(n)) !== 0;
  }
}
