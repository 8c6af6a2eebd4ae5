/**
 * Parts of a release that are not its story: the press-contact block ("Pressekontakt:",
 * "Kontakt:", "Rückfragehinweis:") up to an "Über …" (about) section or the end, and
 * contact lines anywhere (Tel., Fax, E-Mail, postal addresses). Their numbers are phone
 * numbers and postal codes, not facts.
 */
import type { Token } from './tokens.js';

const CONTACT_HEADINGS = new Set([
  'pressekontakt', 'kontakt', 'medienkontakt', 'pressestelle', 'ansprechpartner', 'ansprechpartnerin',
  'rückfragehinweis', 'rückfragen', 'presseanfragen', 'medienanfragen', 'impressum', 'pressesprecher',
  'pressesprecherin', 'kontaktdaten', 'v.i.s.d.p', 'herausgeber', 'redaktion', 'bildnachweis', 'fotonachweis',
]);
const CONTACT_LINE_STARTS = new Set(['tel', 'tel.', 'telefon', 'fax', 'telefax', 'mobil', 'mobil:', 'e-mail', 'email', 'mail', 'web', 'internet', 'www', 'handy', 'fon']);
const FOLLOW_UPS = new Set(['für', 'bei']); // "Für Rückfragen", "Bei Rückfragen"

export interface Blocks {
  /** 1 where a token belongs to a contact block or contact line. */
  boilerplate: Uint8Array;
}

function isContactHeading(tokens: Token[], first: number, last: number): boolean {
  const t0 = tokens[first]!;
  let w = t0.lower;
  let k = first;
  if (FOLLOW_UPS.has(w) && k + 1 < last) w = tokens[++k]!.lower;
  if (!CONTACT_HEADINGS.has(w.endsWith('.') ? w.slice(0, -1) : w)) return false;
  // a heading line: short, or the word followed by a colon
  const next = tokens[k + 1];
  return last - first <= 6 || (next !== undefined && next.value === ':');
}

function isAboutHeading(tokens: Token[], first: number, last: number): boolean {
  const t0 = tokens[first]!;
  return (t0.lower === 'über' || t0.lower === 'about') && last - first <= 10 && !tokens.slice(first, last).some((t) => t.value === '.' && t.type === 'punct' && t !== tokens[last - 1]);
}

/** `into`: a zeroed array of tokens.length to fill (makeContext carves it from shared memory), else a new one. */
export function findBlocks(tokens: Token[], into?: Uint8Array): Blocks {
  const boilerplate = into ?? new Uint8Array(tokens.length);
  let inContact = false;
  // line by line: a line is the tokens [first, last) up to the next token after a line break
  const n = tokens.length;
  let first = 0;
  for (let last = 1; last <= n; last++) {
    if (last < n && !tokens[last]!.newlineBefore) continue;
    if (isContactHeading(tokens, first, last)) inContact = true;
    else if (inContact && isAboutHeading(tokens, first, last)) inContact = false;
    if (inContact || isContactLine(tokens, first, last)) boilerplate.fill(1, first, last);
    first = last;
  }
  return { boilerplate };
}

/** "Tel. …", "E-Mail: …", or a short line that starts with a postal code ("32423 Minden"). */
function isContactLine(tokens: Token[], first: number, last: number): boolean {
  const t0 = tokens[first]!;
  return CONTACT_LINE_STARTS.has(t0.lower) || (last - first <= 4 && t0.value.length === 5 && /^\d{5}$/u.test(t0.value));
}
