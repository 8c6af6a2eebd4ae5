/**
 * The English NLP packages, loaded only when an English text comes:
 * - compromise (≈250–450 ms to load) is required synchronously on first use through Node's
 *   `module.createRequire` (reached via `process.getBuiltinModule`, so the core imports no Node
 *   built-in); a bundler or browser user registers it once with `useCompromise(nlp)`.
 * - wink-nlp's full English pipeline (POS + entities) is instantiated on first use; the model
 *   module is already loaded by the tokenizer, so this costs no import.
 * Both are optional: without them the English rules still run, with fewer names.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The part of compromise's API we use. */
export interface CompromiseView {
  json(options?: object): Array<{ text: string; offset?: { start: number; length: number }; terms?: Array<{ text: string; tags?: string[]; offset?: { start: number; length: number } }> }>;
}
export interface CompromiseDoc extends CompromiseView {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
}
export type Compromise = (text: string) => CompromiseDoc;

let compromise: Compromise | null | undefined;
let engines = { compromise: true, wink: true };

/** Register compromise yourself (bundlers, browsers): `useCompromise((await import('compromise')).default)`. */
export function useCompromise(nlp: Compromise | null): void {
  compromise = nlp;
}

/** Switch the packages on or off (for measuring what each one adds). */
export function setEnglishEngines(options: { compromise?: boolean; wink?: boolean }): void {
  engines = { ...engines, ...options };
}

export function getCompromise(): Compromise | undefined {
  if (!engines.compromise) return undefined;
  if (compromise !== undefined) return compromise ?? undefined;
  compromise = null;
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const mod = proc?.getBuiltinModule?.('node:module') as { createRequire?: (url: string) => (id: string) => unknown } | undefined;
    const url = (import.meta as { url?: string }).url;
    if (mod?.createRequire !== undefined && url !== undefined) {
      const loaded = mod.createRequire(url)('compromise') as Compromise | { default: Compromise };
      compromise = typeof loaded === 'function' ? loaded : loaded.default;
    }
  } catch {
    compromise = null;
  }
  return compromise ?? undefined;
}

/** A wink entity with character offsets into the text given. */
export interface WinkEntity {
  type: string;
  value: string;
  start: number;
  end: number;
}

const RECYCLE_AFTER_CHARS = 32 * 1024 * 1024;
let wink: ReturnType<typeof winkNLP> | undefined;
let winkChars = 0;

/** wink-nlp's named entities (DATE, MONEY, PERCENT, CARDINAL, …) with offsets found in `text`. */
export function winkEntities(text: string): WinkEntity[] {
  if (!engines.wink) return [];
  if (wink === undefined || winkChars > RECYCLE_AFTER_CHARS) {
    wink = winkNLP(model);
    winkChars = 0;
  }
  winkChars += text.length;
  const its = wink.its;
  const doc = wink.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // Token offsets: preceding spaces + value, verified against the text; a token that is not
  // where we expect it is searched a little ahead (never far: linear overall).
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let p = pos + (spaces[i]?.length ?? 0);
    if (!text.startsWith(v, p)) {
      const k = text.slice(pos, pos + 256).indexOf(v);
      p = k < 0 ? p : pos + k;
    }
    starts[i] = p;
    ends[i] = p + v.length;
    if (text.startsWith(v, p)) pos = p + v.length;
  }
  const out: WinkEntity[] = [];
  doc.entities().each((e: { out: (f?: unknown) => unknown }) => {
    const span = e.out(its.span) as unknown as [number, number];
    const type = e.out(its.type) as string;
    const start = starts[span[0]]!;
    const end = ends[span[1]]!;
    const value = text.slice(start, end);
    if (end > start && value === (e.out() as string)) out.push({ type, value, start, end });
    else if (end > start) {
      // fall back to searching the entity's text near where it should be
      const want = e.out() as string;
      const k = text.slice(Math.max(0, start - 64), start + 64 + want.length).indexOf(want);
      if (k >= 0) {
        const s = Math.max(0, start - 64) + k;
        out.push({ type, value: want, start: s, end: s + want.length });
      }
    }
  });
  return out;
}
