/**
 * The filter of lexicon/word-starts.ts (WordStarts), again, for the dates scan alone.
 * Why a copy: a function's type feedback is shared by all its callers, and the whole library hands
 * WordStarts strings of every representation (one- and two-byte, sequential, sliced, internalized):
 * past four, its charCodeAt reads become generic (megamorphic) property loads. Here only the lower
 * forms of word tokens come in, and words of one letter (the internalized single-character
 * strings) are answered before any char is read, so the reads stay inline. The dates scan asks
 * this at every word: about a quarter of that stage's instructions went to those generic loads.
 */
export class WordGate {
  /** Row of each two-letter start (0: no word starts so). */
  private readonly rowOf = new Uint16Array(65536);
  /** rows × 256 length masks, indexed by the third char code (0 for two-letter words). */
  private masks = new Int32Array(256);

  constructor(words: Iterable<string>) {
    let rows = 1;
    for (const w of words) {
      if (w.length < 2) continue;
      const a = w.charCodeAt(0);
      const b = w.charCodeAt(1);
      const third = w.length === 2 ? 0 : w.charCodeAt(2);
      if (a > 255 || b > 255 || third > 255) continue;
      const pair = (a << 8) | b;
      let row = this.rowOf[pair]!;
      if (row === 0) {
        row = rows++;
        this.rowOf[pair] = row;
        if (rows * 256 > this.masks.length) {
          const grown = new Int32Array(this.masks.length * 2);
          grown.set(this.masks);
          this.masks = grown;
        }
      }
      this.masks[row * 256 + third]! |= lengthBit(w.length);
    }
  }

  /**
   * False when no listed word has w's first three letters and length; true means "look it up".
   * Words of one letter, or with a char beyond Latin-1 among the first three, always pass.
   * Only for the lower form of a word token (see above).
   */
  mayList(w: string): boolean {
    const n = w.length;
    if (n < 2) return true;
    const a = w.charCodeAt(0);
    const b = w.charCodeAt(1);
    const third = n === 2 ? 0 : w.charCodeAt(2);
    if (a > 255 || b > 255 || third > 255) return true;
    const row = this.rowOf[(a << 8) | b]!;
    return row !== 0 && (this.masks[row * 256 + third]! & lengthBit(n)) !== 0;
  }
}

/** One bit per length; lengths of 31 and more share the top bit. */
function lengthBit(n: number): number {
  return 1 << (n < 31 ? n : 31);
}
