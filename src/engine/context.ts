/**
 * Everything a rule may look at, computed once per extract() call: the analysed text, its
 * normalized copy, tokens, sentences and the boilerplate mask. Evidence is only ever made
 * here, by slicing the analysed text, so `text === input.slice(start, end)` holds by construction.
 */
import type { Evidence } from '../facts.js';
import { normalize } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokens.js';
import { splitSentences, type Sentence } from '../text/sentences.js';
import { findBlocks } from '../text/blocks.js';
import { takeZeroed } from './scratch.js';

export interface Context {
  /** The analysed text: all offsets in Facts refer to it. */
  readonly input: string;
  /** The normalized text the tokens point into. */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** 1 where a token is in a press-contact block or a contact line: no story facts there. */
  readonly boilerplate: Uint8Array;
  /** Evidence for the tokens first..last-1. */
  evidence(first: number, last: number): Evidence;
  /** Evidence for normalized-text characters [start, end). */
  evidenceOfChars(start: number, end: number): Evidence;
}

/** A fact with the token span it came from (internal: the span is dropped from the output). */
export interface Located<F> {
  fact: F;
  first: number;
  last: number;
}

/** Sentence index per token (sentences cover every token in order, so every slot is written). */
function sentenceIndex(sentences: readonly Sentence[], into: Int32Array): void {
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    for (let i = s.first; i < s.last; i++) into[i] = k;
  }
}

export function makeContext(input: string): Context {
  const { text, toInput } = normalize(input);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const n = tokens.length;
  // one region for both per-token arrays: the Int32Array first keeps it 4-byte aligned
  const { buffer, offset } = takeZeroed(5 * n);
  const sentenceOf = new Int32Array(buffer, offset, n);
  sentenceIndex(sentences, sentenceOf);
  const { boilerplate } = findBlocks(tokens, new Uint8Array(buffer, offset + 4 * n, n));

  const evidenceOfChars = (start: number, end: number): Evidence => {
    let s = start;
    let e = end;
    if (toInput !== undefined) {
      s = toInput[start]!;
      e = end > start ? toInput[end - 1]! + 1 : s;
    }
    return { text: input.slice(s, e), start: s, end: e };
  };
  const evidence = (first: number, last: number): Evidence =>
    evidenceOfChars(tokens[first]!.start, tokens[Math.max(first, last - 1)]!.end);

  return { input, text, tokens, sentences, sentenceOf, boilerplate, evidence, evidenceOfChars };
}
