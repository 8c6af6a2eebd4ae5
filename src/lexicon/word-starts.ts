/**
 * A filter for a word list, for loops that look every token up: for each three-letter start
 * (two letters for two-letter words), a bit mask of the lengths of the listed words that start
 * so. Most words fail on two array reads, with no hashing of their text (which a Set look-up
 * needs): with "dieses" listed, "die" and "der" are rejected as surely as "Unternehmen".
 * `mayList(w)` is false only when w is surely not listed; true means "look it up". Words of one
 * letter, or with a char beyond Latin-1 among the first three, always pass (they are not in the
 * table, and a listed word of that kind can only equal such a word). Exact strings: no case folding.
 */
export class WordStarts {
  /** Row of each two-letter start (0: no word starts so). */
  protected readonly rowOf = new Uint16Array(65536);
  /** rows × 256 length masks, indexed by the third char code (0 for two-letter words). */
  protected masks = new Int32Array(256);

  constructor(words: Iterable<string>) {
    let rows = 1;
    for (const w of words) {
      // (the listed words read here, not through startPair: V8 keeps the string kinds a read has seen, four at
      // most, then the read goes generic; the lists' literal strings are a kind the token forms are not)
      if (w.length < 2) continue;
      const a = w.charCodeAt(0);
      const b = w.charCodeAt(1);
      if (a > 255 || b > 255) continue;
      const pair = (a << 8) | b;
      const third = w.length === 2 ? 0 : w.charCodeAt(2);
      if (third > 255) continue;
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

  /** False when no listed word has w's start and length; true means "look it up". */
  mayList(w: string): boolean {
    const pair = startPair(w);
    if (pair < 0) return true;
    const third = w.length === 2 ? 0 : w.charCodeAt(2);
    if (third > 255) return true;
    const row = this.rowOf[pair]!;
    return row !== 0 && (this.masks[row * 256 + third]! & lengthBit(w.length)) !== 0;
  }
}

/** The first two char codes as a table index, or -1 (one letter, or beyond Latin-1). */
function startPair(w: string): number {
  if (w.length < 2) return -1;
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return a > 255 || b > 255 ? -1 : (a << 8) | b;
}

/** One bit per length; lengths of 31 and more share the top bit. */
export function lengthBit(n: number): number {
  return 1 << (n < 31 ? n : 31);
}
