/**
 * The English release header: datelines such as
 *   "BOSTON, March 16, 2017 /PRNewswire/ --", "SAN FRANCISCO, Jan. 9, 2024 (GLOBE NEWSWIRE) --",
 *   "LONDON--(BUSINESS WIRE)--", "DUBLIN, Ireland, April 25, 2024 --", "MANCHESTER --",
 * a date line near the top, the title (first line before the dateline) and the issuer ("About X").
 */
import type { DateFact, Release } from '../facts.js';
import type { Context, Located } from '../engine/context.js';
import { LEGAL_FORMS } from './lexicon.js';
import { titleCase } from './util.js';

const HEADER_LINES = 8;
const MAX_DATELINE = 160;
// Each pattern is anchored or bounded and has no two adjacent parts that can match the same characters (linear, see test/redos.test.ts).
const SOURCE_IN_SLASHES = /\/([\p{L}][^/\n]{1,40})\//u;
const SOURCE_IN_PARENS = /\(([\p{L}][^()\n]{1,40})\)/u;
const PLACE = /^([\p{Lu}][\p{L}.'’ -]{0,40})(?:,|$)/u;
const TIME = /\b(\d{1,2}):(\d{2})(?: ?(a\.?m\.?|p\.?m\.?|AM|PM))?/u;
const MONTH_WORD = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;
const ABOUT = /^About ([\p{Lu}][^\n]{1,80})$/u;

/** The first dash that ends a dateline ("--", "—", "–", or " - "): its index and the index after it and its spaces. */
function datelineDash(line: string): { index: number; after: number } | undefined {
  const limit = Math.min(line.length, MAX_DATELINE + 40);
  for (let i = 0; i < limit; i++) {
    const c = line[i]!;
    let len = 0;
    if (c === '-' && line[i + 1] === '-') len = 2;
    else if (c === '—' || c === '–') len = 1;
    else if (c === '-' && line[i - 1] === ' ' && line[i + 1] === ' ') len = 1;
    if (len === 0) continue;
    let start = i;
    while (start > 0 && line[start - 1] === ' ') start--;
    let after = i + len;
    while (after < line.length && line[after] === ' ') after++;
    return { index: start, after };
  }
  return undefined;
}

export interface PlaceSpan { name: string; start: number; end: number }

export interface EnglishRelease {
  release: Release;
  /** Character span [start, end) of the dateline in ctx.text, when found, its place and regions ("DUBLIN, Ireland"). */
  dateline?: { start: number; end: number; place?: PlaceSpan; regions?: PlaceSpan[] };
  /** End (in ctx.text) of the title line, 0 when there is none. */
  titleEnd: number;
}

export function findEnglishRelease(ctx: Context, dates: readonly Located<DateFact>[]): EnglishRelease {
  const text = ctx.text;
  const release: Release = { evidence: [] };
  const out: EnglishRelease = { release, titleEnd: 0 };
  // the first lines of the text
  let lineStart = 0;
  let firstLine: { start: number; end: number } | undefined;
  for (let l = 0; l < HEADER_LINES && lineStart < text.length; l++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 2000));
    if (line.trim() === '') { lineStart = lineEnd + 1; continue; }
    if (firstLine === undefined) firstLine = { start: lineStart, end: lineEnd };
    const dash = datelineDash(line);
    const head = dash === undefined ? '' : line.slice(0, dash.index);
    // a dateline starts with a place in capitals or title case and ends at a dash within the first characters
    if (dash !== undefined && dash.index <= MAX_DATELINE && dash.index > 1 && /^[\p{Lu}]/u.test(head.trimStart()) && isDatelineHead(head)) {
      let rest = head.trim();
      let source: string | undefined;
      const after = line.slice(dash.after, dash.after + 60);
      const s1 = SOURCE_IN_SLASHES.exec(rest) ?? SOURCE_IN_PARENS.exec(rest);
      if (s1 !== null) { source = s1[1]!.trim(); rest = (rest.slice(0, s1.index) + rest.slice(s1.index + s1[0].length)).trim(); }
      else {
        const s2 = after.startsWith('(') ? SOURCE_IN_PARENS.exec(after) : null;
        if (s2 !== null && s2.index === 0 && /^\s*(?:--|—|–)/u.test(after.slice(s2[0].length))) source = s2[1]!.trim();
      }
      const p = PLACE.exec(rest);
      const datelineEnd = lineStart + dash.index;
      out.dateline = { start: lineStart, end: datelineEnd };
      if (p !== null && !/\d/u.test(p[1]!) && p[1]!.trim() !== '') {
        const name = p[1]!.trim();
        const start = lineStart + line.indexOf(name);
        release.place = titleCase(name);
        out.dateline.place = { name: titleCase(name), start, end: start + name.length };
        // regions after the place: "DUBLIN, Ireland, April 25, 2024", "LOWELL, Mass., …" (no digits, no month)
        const regions: PlaceSpan[] = [];
        let from = start + name.length;
        for (const part of rest.slice(p[0].length).split(',')) {
          const r = part.trim();
          if (!/^[\p{Lu}][\p{L}'’ -]{1,30}$/u.test(r) || MONTH_WORD.test(r)) break;
          const at = text.indexOf(r, from);
          if (at < 0 || at > datelineEnd) break;
          regions.push({ name: r, start: at, end: at + r.length });
          from = at + r.length;
        }
        if (regions.length > 0) out.dateline.regions = regions;
      }
      if (source !== undefined) release.source = source;
      const d = dates.find((x) => x.fact.precision === 'day' && !x.fact.relative && ctx.tokens[x.first]!.start >= lineStart && ctx.tokens[x.last - 1]!.end <= datelineEnd + 1);
      if (d !== undefined) release.date = d.fact.value;
      const tm = TIME.exec(head);
      if (tm !== null) release.time = clock(tm);
      release.evidence.push(ctx.evidenceOfChars(lineStart + (head.length - head.trimStart().length), datelineEnd));
      if (firstLine.start < lineStart) {
        release.title = text.slice(firstLine.start, firstLine.end).trim();
        out.titleEnd = firstLine.end;
      }
      break;
    }
    lineStart = lineEnd + 1;
  }
  // no date in the dateline: a date line near the top ("June 05, 2023 02:00 AM Eastern Daylight Time")
  if (release.date === undefined) {
    const limit = Math.min(text.length, 600);
    const d = dates.find((x) => x.fact.precision === 'day' && !x.fact.relative && ctx.tokens[x.first]!.start < limit && (x.first === 0 || ctx.tokens[x.first]!.newlineBefore));
    if (d !== undefined) {
      release.date = d.fact.value;
      release.evidence.push(ctx.evidence(d.first, d.last));
      const lineEnd = text.indexOf('\n', ctx.tokens[d.last - 1]!.end);
      const tm = TIME.exec(text.slice(ctx.tokens[d.last - 1]!.end, lineEnd < 0 ? text.length : lineEnd));
      if (tm !== null) release.time = clock(tm);
    }
  }
  // the issuer: "About Northwind Robotics" as a heading line
  for (let at = text.indexOf('About '); at >= 0 && release.organization === undefined; at = text.indexOf('About ', at + 6)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end - at > 90) continue;
    const m = ABOUT.exec(text.slice(at, end).trimEnd());
    if (m !== null) release.organization = stripLegalForm(m[1]!.trim());
  }
  return out;
}

function isDatelineHead(head: string): boolean {
  // short, no sentence punctuation, starts with a place
  if (head.length > MAX_DATELINE) return false;
  if (/[.!?]\s/u.test(head.replace(/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./gu, '').replace(/\b\p{Lu}\./gu, ''))) return false;
  const firstWord = /^\s*([\p{L}.'’]+)/u.exec(head)?.[1] ?? '';
  return firstWord === firstWord.toUpperCase() || /,/u.test(head) || /[/(]/u.test(head);
}

function clock(m: RegExpExecArray): string {
  let h = Number(m[1]);
  const min = m[2]!;
  const ampm = m[3]?.toLowerCase().replace(/\./gu, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${min}`;
}

export function stripLegalForm(name: string): string {
  const words = name.replace(/,$/u, '').split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!.toLowerCase().replace(/,$/u, ''))) words.pop();
  return words.join(' ').replace(/,$/u, '');
}
