import type { Language, Warning } from './facts.js';

export interface ExtractOptions {
  /** YYYY-MM-DD: anchors relative expressions ("in diesem Jahr", "im März"). Wins over a date found in the text. */
  releaseDate?: string;
  /** Force the language instead of detecting it. */
  language?: Language;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** A valid calendar date as YYYY-MM-DD, or undefined. */
export function validIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return value;
}

/** Options checked without throwing: what is wrong becomes a warning and is ignored. */
export function checkOptions(options: unknown, warnings: Warning[]): ExtractOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') {
    warnings.push({ code: 'invalid_options', message: 'options must be an object; ignored' });
    return {};
  }
  const o = options as Record<string, unknown>;
  const out: ExtractOptions = {};
  if (o.releaseDate !== undefined && o.releaseDate !== null) {
    const d = validIsoDate(o.releaseDate);
    if (d === undefined) warnings.push({ code: 'invalid_release_date', message: `releaseDate must be YYYY-MM-DD, got ${JSON.stringify(o.releaseDate)}; ignored` });
    else out.releaseDate = d;
  }
  if (o.language !== undefined) {
    if (o.language === 'de' || o.language === 'en' || o.language === 'und') out.language = o.language;
    else warnings.push({ code: 'invalid_language', message: `language must be 'de', 'en' or 'und'; ignored` });
  }
  return out;
}
