/**
 * A filter on the first two letters of a word list, for loops that look every token up: most
 * words fail on a char-code table (no hashing of the token's text, which a Set look-up needs).
 * `mayStartOneOf(w)` is false only when no listed word (or prefix) begins with w's first two
 * letters; true means "look it up". Words of one letter, or with a char beyond Latin-1 among the
 * first two, always pass; so does every word when a listed one has such a start.
 */
export class FirstLetters {
  private readonly table: Uint8Array | undefined;

  constructor(words: Iterable<string>) {
    const table = new Uint8Array(65536);
    let usable = true;
    for (const w of words) {
      const key = pairKey(w);
      if (key < 0) usable = false;
      else table[key] = 1;
    }
    this.table = usable ? table : undefined;
  }

  mayStartOneOf(w: string): boolean {
    if (this.table === undefined) return true;
    const key = pairKey(w);
    return key < 0 || this.table[key] === 1;
  }
}

/** The first two char codes as a table index, or -1 (one letter, or beyond Latin-1). */
function pairKey(w: string): number {
  if (w.length < 2) return -1;
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return a > 255 || b > 255 ? -1 : (a << 8) | b;
}
