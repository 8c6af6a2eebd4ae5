/**
 * The filter of lexicon/word-starts.ts (WordStarts) asked with a word token, for the dates scan alone.
 * Why its own method: a function's type feedback is shared by all its callers, and the whole library hands
 * WordStarts.mayList strings of every representation (one- and two-byte, sequential, sliced, internalized):
 * past four, its `length` and charCodeAt reads become generic (megamorphic) property loads. Here the length comes
 * from the token's span, and words of one letter (the internalized single-character strings) are answered before
 * any char is read, so the reads stay inline. The dates scan asks this at every word: about a quarter of that
 * stage's instructions once went to those generic loads.
 */
import { CHAR_CLASS, CLASSES, lengthBit, WordStarts } from '../../lexicon/word-starts.js';
import type { Token } from '../../text/tokens.js';

export class WordGate extends WordStarts {
  /**
   * WordStarts.mayList of the lower form of word token t: false when no listed word has its first three letters and
   * length; true means "look it up"; words of one letter always pass. The length is the token's span: the lower
   * form's length but for a word with "İ", whose lower form is longer and listed nowhere, so any answer is right for it.
   */
  mayListToken(t: Token): boolean {
    const n = t.end - t.start;
    if (n < 2) return true;
    const w = t.lower;
    const row = this.rowOf[CHAR_CLASS[w.charCodeAt(0)]! * CLASSES + CHAR_CLASS[w.charCodeAt(1)]!]!;
    const third = n === 2 ? 0 : CHAR_CLASS[w.charCodeAt(2)]!;
    return row !== 0 && (this.masks[row * CLASSES + third]! & lengthBit(n)) !== 0;
  }
}
