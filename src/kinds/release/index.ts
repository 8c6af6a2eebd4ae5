/**
 * The release header: the release's own date and time ("Pressemitteilung vom 3. Mai 2019",
 * "PRESSEINFORMATION\n12.04.2018"), the dateline ("Lemgo, 16. März 2017 –", "Berlin (ots) –",
 * "MÜNCHEN, 1. Juli 2020 /PRNewswire/ --"), the source ("Quelle: …", "(ots)", "(APA)") and the
 * title (the first short headline line). Only the first lines of the text are read for the date,
 * so a date in the middle of the story is never taken for the release date.
 */
import type { Evidence, Release } from '../../facts.js';
import { makeContext, type Context } from '../../engine/context.js';
import type { Token } from '../../text/tokens.js';
import { startsCapitalised } from '../../text/capitals.js';
import { absoluteDayAt, monthAt, type DateMatch } from '../dates/scan.js';
import { RELEASE_LABELS, NEWS_AGENCIES, SOURCE_LABELS, PLACE_PARTICLES, NOT_PLACE_STARTS } from '../../lexicon/release-header.js';
import { WordStarts } from '../../lexicon/word-starts.js';
import { keepLayout } from '../../engine/keep-alive.js';

/** How many non-empty lines from the top count as the header. */
const HEADER_LINES = 8;
/** Nor further than this many characters into the text. */
const HEADER_CHARS = 2000;
const TITLE_MAX_CHARS = 180;
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '--', ':']);
/** Rules out almost every word of a header line before RELEASE_LABELS is hashed (a first line may be a whole paragraph). */
const LABEL_STARTS = new WordStarts(RELEASE_LABELS);
/** The shortest label: shorter words (most of a line: articles, punctuation) need no table at all. */
const LABEL_MIN_LENGTH = Math.min(...[...RELEASE_LABELS].map((w) => w.length));

/** Is the lower-case word a release label ("pressemitteilung", "stand")? */
function isReleaseLabel(w: string): boolean {
  return w.length >= LABEL_MIN_LENGTH && LABEL_STARTS.mayList(w) && RELEASE_LABELS.has(w);
}

/** A token span [first, last). */
interface Span {
  first: number;
  last: number;
}

/** A line of the text. */
interface Line extends Span {
  /** The first release label on the line (labelDate starts there), or `last` when there is none. */
  firstLabel: number;
}

/**
 * The lines of the text (token spans between newlines), read only as far as asked: the header
 * stops at the first line of the story, and walking the rest of the tokens would be wasted.
 */
class Lines {
  private readonly read: Line[] = [];
  /** The first token of the next line to read. */
  private next = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /**
   * Line k, or undefined when the text has fewer lines. The walk to the line's end also notes its
   * first release label: labelDate then needs no second walk over a long line.
   */
  at(k: number): Line | undefined {
    const tokens = this.tokens;
    while (this.read.length <= k && this.next < tokens.length) {
      const first = this.next;
      let firstLabel = isReleaseLabel(tokens[first]!.lower) ? first : -1;
      let last = first + 1;
      for (; last < tokens.length; last++) {
        const t = tokens[last]!;
        if (t.newlineBefore) break;
        if (firstLabel < 0 && isReleaseLabel(t.lower)) firstLabel = last;
      }
      this.read.push({ first, last, firstLabel: firstLabel < 0 ? last : firstLabel });
      this.next = last;
    }
    return this.read[k];
  }
}

/** The last letters of the source labels, lower-case ASCII codes ("quelle" → e). */
const SOURCE_LABEL_ENDS: ReadonlySet<number> = new Set([...SOURCE_LABELS].map((w) => w.charCodeAt(w.length - 1)));

/**
 * Can the colon at `at` follow a source label? False when the character before it is printable
 * ASCII, so the last character of the token before the colon (the scanner makes tokens of every
 * character but whitespace, and a token's value is its text), and no label ends with it in lower
 * case ("Tel.:", "Kontakt:", "10 Uhr:"). Anything else (a space, a non-ASCII character) is left to
 * the full test.
 */
function mayFollowSourceLabel(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (!(c > 32 && c < 127)) return true;
  return SOURCE_LABEL_ENDS.has(c >= 65 && c <= 90 ? c + 32 : c);
}

/**
 * The lines whose second token is a colon ("Quelle: …"), in text order: the only lines
 * sourceLine can take. Found from the colons of the text (native search, few per text) rather
 * than by walking every token of the story; a colon that cannot follow a source label costs no
 * search for its token.
 */
function colonLines(ctx: Context): Span[] {
  const out: Span[] = [];
  const { text, tokens } = ctx;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    if (!mayFollowSourceLabel(text, at)) continue;
    const k = tokenStartingAt(tokens, at);
    if (k < 1 || tokens[k]!.value !== ':' || tokens[k]!.newlineBefore) continue;
    const first = k - 1;
    if (first > 0 && !tokens[first]!.newlineBefore) continue; // not at a line start
    let last = k + 1;
    while (last < tokens.length && !tokens[last]!.newlineBefore) last++;
    out.push({ first, last });
  }
  return out;
}

/** The index of the token that starts at character `at`, or -1 (tokens are in text order). */
function tokenStartingAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = tokens[mid]!.start;
    if (start === at) return mid;
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function isCapitalised(t: Token): boolean {
  return startsCapitalised(t.value);
}

/**
 * A set of line indexes, as bits of a number: the header's lines are few (below HEADER_LINES + 1),
 * and two Sets made per text cost more than all their look-ups. Larger indexes go to a Set.
 */
class LineSet {
  private bits = 0;
  private more: Set<number> | undefined;

  add(k: number): void {
    if (k >= 0 && k < 31) this.bits |= 1 << k;
    else (this.more ??= new Set()).add(k);
  }

  has(k: number): boolean {
    if (k >= 0 && k < 31) return (this.bits & (1 << k)) !== 0;
    return this.more !== undefined && this.more.has(k);
  }
}

class Header {
  readonly T: readonly Token[];
  readonly release: Release = { evidence: [] };
  /** Lines that gave the date or dateline. */
  readonly usedLines = new LineSet();
  /** Lines that are not a title: label lines ("Pressemitteilung"), date lines, datelines. */
  readonly notTitle = new LineSet();
  /** The last header line that holds a label or the release date: the title comes after it. */
  lastLabelLine = -1;

  constructor(readonly ctx: Context) {
    this.T = ctx.tokens;
  }

  evidence(first: number, last: number): Evidence {
    return this.ctx.evidence(first, last);
  }

  setDate(m: DateMatch): void {
    if (this.release.date !== undefined) return;
    this.release.date = m.value;
    if (m.time !== undefined) this.release.time = m.time;
    this.release.evidence.push(this.evidence(m.first, m.last));
  }

  /** "(ots)", "(APA)", "/PRNewswire/" at j → [source, last] */
  agencyAt(j: number): [string, number] | undefined {
    const t = this.T[j];
    if (t === undefined) return undefined;
    if (t.value === '(' || t.value === '/') {
      const a = this.T[j + 1];
      if (a === undefined) return undefined;
      const name = NEWS_AGENCIES.get(a.lower);
      if (name === undefined) return undefined;
      let k = j + 2;
      // "(ots/PRNewswire)", "(dpa/lnw)"
      while (k < this.T.length && k < j + 6 && this.T[k]!.value !== ')' && this.T[k]!.value !== '/' ) k++;
      if (this.T[k]?.value === '/' && t.value === '(') {
        while (k < this.T.length && k < j + 6 && this.T[k]!.value !== ')') k++;
      }
      const close = this.T[k];
      if (close === undefined || (close.value !== ')' && close.value !== '/')) return undefined;
      return [name, k + 1];
    }
    return undefined;
  }

  /** A place at the start of a line: 1–5 capitalised words, with "am", "an der", "-" and "/" between. */
  placeAt(first: number, limit: number): number | undefined {
    let k = first;
    let words = 0;
    while (k < limit && words <= 5) {
      const t = this.T[k]!;
      if (t.type === 'word' && (isCapitalised(t) || (words > 0 && PLACE_PARTICLES.has(t.lower)))) {
        words++;
        k++;
        continue;
      }
      if (words > 0 && (t.value === '-' || t.value === '/' || t.value === '.') && t.start === this.T[k - 1]!.end) {
        k++;
        continue;
      }
      break;
    }
    if (words === 0 || words > 5 || NOT_PLACE_STARTS.has(this.T[first]!.lower)) return undefined;
    const lastWord = this.T[k - 1]!;
    if (lastWord.type !== 'word' || !isCapitalised(lastWord)) return undefined;
    return k;
  }

  /** "(Merano)", "(Bolzano)" at j: one or two capitalised words in brackets; the index after ")", else undefined. */
  alternativeNameEnd(j: number, limit: number): number | undefined {
    if (this.T[j]?.value !== '(') return undefined;
    let k = j + 1;
    while (k < limit && k <= j + 2 && this.T[k]!.type === 'word' && isCapitalised(this.T[k]!)) k++;
    return k > j + 1 && this.T[k]?.value === ')' ? k + 1 : undefined;
  }

  /** "Lemgo, 16. März 2017 –", "Berlin (ots) –", "MÜNCHEN, 1. Juli 2020 /PRNewswire/ --", "Lemgo, den 16.03.2017". */
  dateline(line: Line, index: number): boolean {
    const { first, last } = line;
    const p = this.placeAt(first, last);
    if (p === undefined) return false;
    let k = p;
    let source: string | undefined;
    let sourceSpan: [number, number] | undefined;
    const ag = this.agencyAt(k);
    if (ag !== undefined) {
      sourceSpan = [k, ag[1]];
      [source, k] = ag;
    } else {
      // "Meran (Merano), 12. November 2025 –": the place's name in another language, in brackets before the comma
      const alt = this.alternativeNameEnd(k, last);
      if (alt !== undefined && this.T[alt]?.value === ',') k = alt;
    }
    let date: DateMatch | null = null;
    if (source !== undefined && DASHES.has(this.T[k]?.value ?? '') && this.T[k]!.value !== ':') {
      // "Wien (APA) – 15. Jänner 2024 – Die …"
      const d = absoluteDayAt(this.ctx, k + 1);
      if (d !== null && DASHES.has(this.T[d.last]?.value ?? '')) {
        date = d;
        k = d.last;
      }
    }
    if (date === null && this.T[k]?.value === ',') {
      let j = k + 1;
      if (this.T[j]?.lower === 'den' || this.T[j]?.lower === 'im') j++;
      date = j < last ? absoluteDayAt(this.ctx, j) : null;
      if (date === null) {
        // "Detmold, im Juni 1997": a place with a month, no release day
        const month = j < last ? monthAt(this.ctx, j) : null;
        if (month === null || !(month.last >= last || DASHES.has(this.T[month.last]?.value ?? ''))) return false;
        this.release.place = this.ctx.evidence(first, p).text;
        this.release.evidence.push(this.evidence(first, p));
        this.usedLines.add(index);
        this.notTitle.add(index);
        return true;
      }
      k = date.last;
      const ag2 = this.agencyAt(k);
      if (ag2 !== undefined) {
        sourceSpan = [k, ag2[1]];
        [source, k] = ag2;
      }
    } else if (source === undefined && date === null) {
      // "Hildesheim – Die Leinetal Zucker AG hat …": a place and a dash opening the story
      const dash = this.T[k];
      if (dash === undefined || dash.value === ':' || !DASHES.has(dash.value) || k - first > 4 || !this.isStory(line)) return false;
    }
    // the dateline ends with a dash, a period ("Kranichfeld, Mittwoch, 8. Januar 2020. Der …") or the line
    const end = this.T[k];
    if (!(k >= last || (end !== undefined && (DASHES.has(end.value) || (end.value === '.' && date !== null))))) return false;
    this.release.place = this.ctx.evidence(first, p).text;
    this.release.evidence.push(this.evidence(first, p));
    if (source !== undefined && sourceSpan !== undefined && this.release.source === undefined) {
      this.release.source = source;
      this.release.evidence.push(this.evidence(sourceSpan[0], sourceSpan[1]));
    }
    if (date !== null) this.setDate(date);
    this.usedLines.add(index);
    this.notTitle.add(index);
    return true;
  }

  /** "Pressemitteilung vom 3. Mai 2019", "PRESSEINFORMATION\n12.04.2018", "Pressemeldung Nr. 5, 16.03.2017". */
  labelDate(lines: Lines, index: number): boolean {
    const line = lines.at(index)!;
    for (let i = line.firstLabel; i < line.last; i++) {
      if (!isReleaseLabel(this.T[i]!.lower)) continue;
      // look a few tokens on, on this line or the next
      const next = line.last - i < 3 ? lines.at(index + 1) : undefined;
      const stop = Math.min(i + 8, next !== undefined ? next.last : line.last);
      for (let j = i + 1; j < stop; j++) {
        const d = absoluteDayAt(this.ctx, j);
        if (d === null) continue;
        this.setDate(d);
        this.usedLines.add(index);
        this.notTitle.add(index);
        this.lastLabelLine = index;
        if (j >= line.last) {
          this.usedLines.add(index + 1);
          this.notTitle.add(index + 1);
          this.lastLabelLine = index + 1;
        }
        return true;
      }
      // a label line ("Pressemitteilung der Kammerbühne Weimar") is no title
      this.notTitle.add(index);
      this.lastLabelLine = Math.max(this.lastLabelLine, index);
    }
    return false;
  }

  /** A line that is only a date (and maybe a time): "12.04.2018", "16. März 2017, 10:00 Uhr". */
  dateLine(line: Line, index: number): boolean {
    let j = line.first;
    if (this.T[j]?.lower === 'am' || this.T[j]?.lower === 'den') j++;
    const d = absoluteDayAt(this.ctx, j);
    if (d === null || d.last < line.last) return false;
    this.setDate(d);
    this.usedLines.add(index);
    this.notTitle.add(index);
    return true;
  }

  /** A line of the story, not of the header: long, or ending a sentence. */
  isStory(line: Line): boolean {
    const ev = this.ctx.evidence(line.first, line.last);
    if (ev.text.length > TITLE_MAX_CHARS) return true;
    const lastTok = this.T[line.last - 1]!;
    return lastTok.value === '.' || lastTok.value === '!' || lastTok.value === '?';
  }

  /** "Quelle: Minden-Ravensberg/Lippe" at a line start. */
  sourceLine(line: Span): void {
    const t = this.T[line.first]!;
    // the colon first: it rules out almost every line without hashing a word
    if (this.T[line.first + 1]?.value !== ':' || !SOURCE_LABELS.has(t.lower) || line.last <= line.first + 2) return;
    const ev = this.evidence(line.first + 2, line.last);
    const value = ev.text.trim();
    if (value.length === 0 || value.length > 120) return;
    this.release.source = value;
    this.release.evidence.push(ev);
  }

  /** How many word tokens the line holds. */
  wordCount(line: Line): number {
    let words = 0;
    for (let j = line.first; j < line.last; j++) if (this.T[j]!.type === 'word') words++;
    return words;
  }

  title(lines: Lines, upTo: number): void {
    // lines above a label or date line name the issuer ("Polizeipräsidium Mittelfranken"), not the story
    for (let k = this.lastLabelLine + 1; k < upTo; k++) {
      const line = lines.at(k);
      if (line === undefined) return;
      if (this.notTitle.has(k)) continue;
      const ev = this.evidence(line.first, line.last);
      if (ev.text.length > TITLE_MAX_CHARS) return; // the story has begun
      if (this.ctx.boilerplate[line.first] === 1) continue;
      const words = this.wordCount(line);
      const lastTok = this.T[line.last - 1]!;
      // a headline has two words or more and ends without a period or colon
      if (words < 2 || lastTok.value === ':' || lastTok.value === '.' || SOURCE_LABELS.has(this.T[line.first]!.lower)) continue;
      if (RELEASE_LABELS.has(this.T[line.first]!.lower) && line.last - line.first <= 3) continue;
      this.release.title = ev.text.trim();
      this.release.evidence.push(ev);
      return;
    }
    // none below: a headline above the label line ("Stichwahl in Merzig: Carina Wollscheid wird Bürgermeisterin",
    // then "Pressemitteilung vom 31. März 2025"), told from an issuer's name by a colon inside or a word that is
    // neither a name nor a function word (a verb, an adjective)
    for (let k = 0; k < this.lastLabelLine; k++) {
      const line = lines.at(k);
      if (line === undefined || this.notTitle.has(k) || this.ctx.boilerplate[line.first] === 1) continue;
      const ev = this.evidence(line.first, line.last);
      if (ev.text.length > TITLE_MAX_CHARS) return;
      let words = 0;
      let headline = false;
      for (let j = line.first; j < line.last; j++) {
        const t = this.T[j]!;
        if (t.type === 'word') {
          words++;
          if (t.value === t.lower && !TITLE_FUNCTION_WORDS.has(t.lower)) headline = true;
        } else if (t.value === ':' && j < line.last - 1) headline = true;
      }
      const lastTok = this.T[line.last - 1]!;
      if (words < 4 || !headline || lastTok.value === ':' || lastTok.value === '.') continue;
      this.release.title = ev.text.trim();
      this.release.evidence.push(ev);
      return;
    }
  }
}

/** Lower-case words an issuer's name may hold ("Amt für Wirtschaft und Digitales des Landes …"). */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['für', 'und', 'der', 'die', 'das', 'des', 'dem', 'den', 'in', 'im', 'am', 'an', 'von', 'vom', 'zu', 'zur', 'zum', 'mit', 'bei', 'auf', 'aus', 'über', 'unter', 'nach', 'vor', 'e.', 'v.', 'e.v.', 'mbh', 'gmbh', 'co.', '&', 'kg', 'ag', 'se', 'eg']);

function byStart(a: Evidence, b: Evidence): number {
  return a.start - b.start;
}

/** The release header: date, time, dateline place, source, title. */
export function findRelease(ctx: Context): Release {
  const h = new Header(ctx);
  const lines = new Lines(ctx.tokens);
  // the header: up to HEADER_LINES lines starting within HEADER_CHARS; it ends at the first line
  // of the story (a long line, or one that ends a sentence)
  let datelineFound = false;
  let end = HEADER_LINES;
  for (let k = 0; k < HEADER_LINES; k++) {
    const line = lines.at(k);
    if (line === undefined || ctx.tokens[line.first]!.start >= HEADER_CHARS) {
      end = k;
      break;
    }
    h.labelDate(lines, k);
    if (!h.usedLines.has(k) && !datelineFound) datelineFound = h.dateline(line, k);
    if (!h.usedLines.has(k) && h.release.date === undefined) h.dateLine(line, k);
    if (!h.usedLines.has(k) && h.isStory(line)) {
      end = k;
      break;
    }
  }
  for (const line of colonLines(ctx)) h.sourceLine(line);
  h.title(lines, end);
  h.release.evidence.sort(byStart);
  return h.release;
}

// live samples keep the layouts of every document's header, line sets and lines (see engine/keep-alive.ts)
keepLayout(new Header(makeContext('Berlin, 1. März 2024')));
keepLayout(new Lines([]));
