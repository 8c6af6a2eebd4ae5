/**
 * Word → what a rule learnt about it, for words seen before: the same word forms come back in every
 * document, and learning them (suffix loops, regexes, allocations) is the slow part. Bounded: cleared when
 * full. Keys are stored as copies: a token's text is often a slice of the whole document, and a cache
 * holding slices would keep old documents alive in a long batch run.
 * @example const kinds = new WordCache<Kind>(); kinds.get('mitarbeiter') ?? learn('mitarbeiter')
 */
export class WordCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = 50_000) {}

  get(word: string): V | undefined {
    return this.map.get(word);
  }

  set(word: string, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(ownCopy(word), value);
  }
}

/** A string with its own characters, not a view into a larger one (V8 makes slices of 13+ characters views). */
export function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}
