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

/** Token index ranges of the lines of the text: [first, last). */
function lines(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.newlineBefore) {
      out.push([first, i]);
      first = i;
    }
  }
  return out;
}

function isContactHeading(tokens: Token[], first: number, last: number): boolean {
  const t0 = tokens[first]!;
  let w = t0.lower;
  let k = first;
  if (FOLLOW_UPS.has(w) && k + 1 < last) w = tokens[++k]!.lower;
  if (!CONTACT_HEADINGS.has(w.replace(/\.$/u, ''))) return false;
  // a heading line: short, or the word followed by a colon
  const next = tokens[k + 1];
  return last - first <= 6 || (next !== undefined && next.value === ':');
}

function isAboutHeading(tokens: Token[], first: number, last: number): boolean {
  const t0 = tokens[first]!;
  return (t0.lower === 'über' || t0.lower === 'about') && last - first <= 10 && !tokens.slice(first, last).some((t) => t.value === '.' && t.type === 'punct' && t !== tokens[last - 1]);
}

export function findBlocks(tokens: Token[]): Blocks {
  const boilerplate = new Uint8Array(tokens.length);
  let inContact = false;
  for (const [first, last] of lines(tokens)) {
    if (first >= last) continue;
    if (isContactHeading(tokens, first, last)) inContact = true;
    else if (inContact && isAboutHeading(tokens, first, last)) inContact = false;
    const t0 = tokens[first]!;
    const contactLine = CONTACT_LINE_STARTS.has(t0.lower) || /^\d{5}$/u.test(t0.value) && last - first <= 4;
    if (inContact || contactLine) boilerplate.fill(1, first, last);
  }
  return { boilerplate };
}
