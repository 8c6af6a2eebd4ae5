/**
 * The English NLP packages, loaded only when an English text comes:
 * - compromise (≈250–450 ms to load) is required synchronously on first use through Node's
 *   `module.createRequire` (reached via `process.getBuiltinModule`, so the core imports no Node
 *   built-in); a bundler or browser user registers it once with `useCompromise(nlp)`.
 * - wink-nlp and its English model (≈150 ms to load: the model's JSON files) the same way, on
 *   the first English text; `useWink(winkNLP, model)` registers them by hand. Loading them at
 *   import cost every German-only process (and every batch worker) that time for nothing.
 * Both are optional: without them the English rules still run, with fewer names.
 */
import type winkNLPType from 'wink-nlp';

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

/** A CommonJS package loaded synchronously on Node, or undefined (not installed, not Node). */
function requireOptional(id: string): unknown {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const mod = proc?.getBuiltinModule?.('node:module') as { createRequire?: (url: string) => (id: string) => unknown } | undefined;
    const url = (import.meta as { url?: string }).url;
    if (mod?.createRequire === undefined || url === undefined) return undefined;
    const loaded = mod.createRequire(url)(id) as { default?: unknown } | undefined;
    return loaded !== null && typeof loaded === 'object' && 'default' in loaded && loaded.default !== undefined ? loaded.default : loaded;
  } catch {
    return undefined;
  }
}

export function getCompromise(): Compromise | undefined {
  if (!engines.compromise) return undefined;
  if (compromise !== undefined) return compromise ?? undefined;
  const loaded = requireOptional('compromise');
  compromise = typeof loaded === 'function' ? (loaded as Compromise) : null;
  return compromise ?? undefined;
}

type WinkFactory = typeof winkNLPType;
type WinkModel = Parameters<WinkFactory>[0];
let winkPackages: { winkNLP: WinkFactory; model: WinkModel } | null | undefined;

/** Register wink-nlp and its model yourself (bundlers, browsers): `useWink(winkNLP, model)`. */
export function useWink(factory: WinkFactory | null, model?: WinkModel): void {
  winkPackages = factory === null || model === undefined ? null : { winkNLP: factory, model };
  wink = undefined;
}

function getWinkPackages(): { winkNLP: WinkFactory; model: WinkModel } | undefined {
  if (winkPackages === undefined) {
    const factory = requireOptional('wink-nlp');
    const model = requireOptional('wink-eng-lite-web-model');
    winkPackages = typeof factory === 'function' && model !== undefined ? { winkNLP: factory as WinkFactory, model: model as WinkModel } : null;
  }
  return winkPackages ?? undefined;
}

/** A wink entity with character offsets into the text given. */
export interface WinkEntity {
  type: string;
  value: string;
  start: number;
  end: number;
}

const RECYCLE_AFTER_CHARS = 32 * 1024 * 1024;
let wink: ReturnType<WinkFactory> | undefined;
let winkChars = 0;

/** wink-nlp's named entities (DATE, MONEY, PERCENT, CARDINAL, …) with offsets found in `text`. */
export function winkEntities(text: string): WinkEntity[] {
  if (!engines.wink) return [];
  if (wink === undefined || winkChars > RECYCLE_AFTER_CHARS) {
    const packages = getWinkPackages();
    if (packages === undefined) return [];
    wink = packages.winkNLP(packages.model);
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
