/**
 * A filter for a word list, for loops that look every token up: for each three-letter start
 * (two letters for two-letter words), a bit mask of the lengths of the listed words that start
 * so. Most words fail on two array reads, with no hashing of their text (which a Set look-up
 * needs): with "dieses" listed, "die" and "der" are rejected as surely as "Unternehmen".
 * `mayList(w)` is false only when w is surely not listed; true means "look it up". Words of one
 * letter always pass. Exact strings: no case folding.
 * The letters are read as char classes (CHAR_CLASS: a–z, ä, ö, ü, ß each one, all other chars one
 * class together), so the tables are small: 2 kB of rows for the first two letters and 128 bytes
 * per row. Why: tables indexed by the char codes themselves (64 kB of rows, 1 kB per row) spread
 * each loop's look-ups over many more cache lines, and every stage of extract() evicts the others'.
 */
export class WordStarts {
  /** Row of each start of two char classes (0: no word starts so). */
  protected readonly rowOf = new Uint16Array(CLASSES * CLASSES);
  /** rows × CLASSES length masks, indexed by the third char's class (0 for two-letter words). */
  protected masks = new Int32Array(CLASSES);

  constructor(words: Iterable<string>) {
    let rows = 1;
    for (const w of words) {
      // (the listed words read here, not through mayList: V8 keeps the string kinds a read has seen, four at
      // most, then the read goes generic; the lists' literal strings are a kind the token forms are not)
      if (w.length < 2) continue;
      const pair = listedPair(w);
      const third = listedThird(w);
      let row = this.rowOf[pair]!;
      if (row === 0) {
        row = rows++;
        this.rowOf[pair] = row;
        if (rows * CLASSES > this.masks.length) {
          const grown = new Int32Array(this.masks.length * 2);
          grown.set(this.masks);
          this.masks = grown;
        }
      }
      this.masks[row * CLASSES + third]! |= lengthBit(w.length);
    }
  }

  /** False when no listed word has w's start and length; true means "look it up". */
  mayList(w: string): boolean {
    const n = w.length;
    if (n < 2) return true;
    const row = this.rowOf[CHAR_CLASS[w.charCodeAt(0)]! * CLASSES + CHAR_CLASS[w.charCodeAt(1)]!]!;
    const third = n === 2 ? 0 : CHAR_CLASS[w.charCodeAt(2)]!;
    return row !== 0 && (this.masks[row * CLASSES + third]! & lengthBit(n)) !== 0;
  }
}

/** How many char classes (see CHAR_CLASS). */
export const CLASSES = 32;

/**
 * The class of each char code: 1–26 for a–z, 27–30 for ä, ö, ü, ß (the letters of the lower-case lists), 31 for
 * every other char (0 stands for "no third letter"). A 64 kB table, of which the lower-case letters use three
 * cache lines.
 */
export const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(65536).fill(CLASSES - 1);
  for (let c = 97; c <= 122; c++) table[c] = c - 96;
  [...'äöüß'].forEach((ch, k) => { table[ch.charCodeAt(0)] = 27 + k; });
  return table;
})();

/**
 * For the constructors, on the lists' own words (the look-ups read CHAR_CLASS inline, on token forms only): the
 * rowOf index of a word's first two letters, and its third letter's class (0 for a two-letter word).
 */
function listedPair(w: string): number {
  return CHAR_CLASS[w.charCodeAt(0)]! * CLASSES + CHAR_CLASS[w.charCodeAt(1)]!;
}
function listedThird(w: string): number {
  return w.length === 2 ? 0 : CHAR_CLASS[w.charCodeAt(2)]!;
}

/** One bit per length; lengths of 31 and more share the top bit. */
export function lengthBit(n: number): number {
  return 1 << (n < 31 ? n : 31);
}

/**
 * A word list with a value per word, looked up without hashing the word: its first three letters
 * and its length are checked as in WordStarts (most words fail there), then the word is compared
 * with the few listed words of that start. For loops that look up every token: a Map hashes each
 * fresh token string (a pass over its chars, and a store) before it can even miss, and most tokens
 * are fresh strings. Words of one letter go to a Map. Only for token forms: the lists' strings are
 * read by the constructor, not by `get` (see kinds/dates/word-gate.ts for why). Exact strings.
 * @example new WordTable([['der', 1], ['den', 2]]).get('den') // 2
 */
export class WordTable<V> {
  /** Row of each start of two char classes (0: no word starts so), as in WordStarts. */
  private readonly rowOf = new Uint16Array(CLASSES * CLASSES);
  /**
   * Two numbers per row and third char class (0 for two-letter words), side by side in one cache line: the
   * length mask of the listed words with that start, and 1 + the index of the first of them in `words`.
   */
  private readonly slots: Int32Array;
  /** The words of each start one after another, each run ended by an empty string. */
  private readonly words: string[] = [];
  private readonly values: (V | undefined)[] = [];
  /** Words of one letter. */
  private readonly short = new Map<string, V>();

  constructor(entries: Iterable<readonly [string, V]>) {
    const runs = new Map<number, Map<string, V>>();
    let rows = 1;
    for (const [w, v] of entries) {
      if (w.length < 2) {
        this.short.set(w, v);
        continue;
      }
      const pair = listedPair(w);
      if (this.rowOf[pair] === 0) this.rowOf[pair] = rows++;
      const key = this.rowOf[pair]! * CLASSES + listedThird(w);
      if (!runs.has(key)) runs.set(key, new Map());
      runs.get(key)!.set(w, v);
    }
    this.slots = new Int32Array(rows * CLASSES * 2);
    for (const [key, run] of runs) {
      this.slots[2 * key + 1] = this.words.length + 1;
      for (const [w, v] of run) {
        this.slots[2 * key]! |= lengthBit(w.length);
        this.words.push(w);
        this.values.push(v);
      }
      this.words.push('');
      this.values.push(undefined);
    }
  }

  /** False when no listed word has w's start and length (WordStarts.mayList); true means get() may find it. */
  mayList(w: string): boolean {
    return w.length < 2 || this.slotOf(w) >= 0;
  }

  /** The value of w, or undefined when w is not listed. */
  get(w: string): V | undefined {
    if (w.length < 2) return this.short.get(w);
    const slot = this.slotOf(w);
    if (slot < 0) return undefined;
    const words = this.words;
    for (let k = this.slots[slot + 1]! - 1; words[k]!.length > 0; k++) {
      if (words[k] === w) return this.values[k];
    }
    return undefined;
  }

  /** The slot of a word of two letters or more whose start and length are listed, else -1. */
  private slotOf(w: string): number {
    const n = w.length;
    const row = this.rowOf[CHAR_CLASS[w.charCodeAt(0)]! * CLASSES + CHAR_CLASS[w.charCodeAt(1)]!]!;
    if (row === 0) return -1;
    const slot = 2 * (row * CLASSES + (n === 2 ? 0 : CHAR_CLASS[w.charCodeAt(2)]!));
    return (this.slots[slot]! & lengthBit(n)) === 0 ? -1 : slot;
  }
}
