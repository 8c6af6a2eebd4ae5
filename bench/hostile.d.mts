/** Types of the generators in bench/hostile.mjs that test/hostile.test.ts shares. */
export declare function rng(seed: number): () => number;
export declare function randomFrom(alphabet: readonly string[], length: number, seed: number): string;
export declare const HOSTILE: Record<string, (chars: number) => string>;
