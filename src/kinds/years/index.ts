/**
 * Year mentions: years written inside dates ("16. März 2017" → 2017, evidence "2017"),
 * years standing alone where the words around them say they are years ("im Jahr 2000",
 * "seit 1971", "2015 erwirtschaftet …", "bis 2030"), fiscal and school years ("Geschäftsjahr
 * 2019/20" → 2019), and relative ones resolved against the release date ("in diesem Jahr",
 * "im Vorjahr", "vor zehn Jahren"). Counts, codes, postal codes and names are not years.
 */
import type { DateFact, YearFact } from '../../facts.js';
import { makeContext, type Context, type Located } from '../../engine/context.js';
import type { Token } from '../../text/tokens.js';
import { startsCapitalised } from '../../text/capitals.js';
import { zeroedBytes } from '../../engine/scratch.js';
import { writtenYears } from '../dates/index.js';
import { parseIso } from '../dates/calendar.js';
import { isYearPairNoun, yearPair } from '../dates/scan.js';
import { DEICTICS, COUNT_WORDS, THIS_YEAR_ADJECTIVE_PREFIX } from '../../lexicon/relative-time.js';
import { MONTHS } from '../../lexicon/months.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import {
  ARTICLES, EVENT_PARTICIPLE_STEMS, PARTICIPLE_PHRASE_PREPOSITIONS, YEAR_BLOCKERS_AFTER, YEAR_BLOCKERS_BEFORE, YEAR_STRONG_CUES, YEAR_WEAK_CUES, YEAR_NOUN_ENDINGS, DETERMINERS, COMPARISON_HEADS,
} from '../../lexicon/year-context.js';
import { YEAR_PAIR_NOUNS } from '../../lexicon/periods.js';
import { FirstLetters } from '../../lexicon/first-letters.js';
import { WordTable } from '../../lexicon/word-starts.js';
import { keepLayout } from '../../engine/keep-alive.js';

const YEAR_NOUNS_SINGULAR: ReadonlySet<string> = new Set(['jahr', 'jahres', 'jahrs']);
/** After "im letzten Jahr": "des Studiums", "seiner Amtszeit" make it the last year of something. */
const OF_WORDS: ReadonlySet<string> = new Set(['des', 'der', 'seines', 'seiner', 'ihres', 'ihrer', 'eines', 'einer', 'vor']);
const YEAR_RANGE = /^(\d{4})[-–](\d{4})$/u;

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function isCapitalisedWord(t: Token): boolean {
  return t.type === 'word' && startsCapitalised(t.value);
}

function isLowerWord(t: Token): boolean {
  if (t.type !== 'word') return false;
  const c = t.value[0]!;
  return c === c.toLowerCase() && c !== c.toUpperCase();
}

/** Does w end with one of the endings? (A loop, not `.some` with a closure made per call.) */
function endsWithAny(w: string, endings: readonly string[]): boolean {
  for (let k = 0; k < endings.length; k++) if (w.endsWith(endings[k]!)) return true;
  return false;
}

/** "gegründete", "eröffneten", "geschriebene": a participle used as an adjective. */
function isParticiple(w: string): boolean {
  const ge = w.startsWith('ge') || w.startsWith('er') || w.startsWith('ver') || w.startsWith('be') || w.includes('ge');
  return ge && (/t(?:e|en|em|er|es)$/u.test(w) || /en(?:e|en|em|er|es)$/u.test(w));
}

/** "gegründet", "eröffnet", "geboren": a participle standing after its year-less clause ("gegründet 1971"). */
function isBareParticiple(w: string): boolean {
  return (w.startsWith('ge') || w.startsWith('er') || w.includes('ge')) && (w.endsWith('t') || w.endsWith('en')) && w.length > 4;
}

/**
 * The first two letters of every word a relative year phrase can start with: scanYears asks it at
 * every word before calling relativeAt; almost every word fails on this table without a hash look-up.
 * (A table of whole words, WordStarts, rejects more words but measured slower here.)
 */
const RELATIVE_STARTS = new FirstLetters([THIS_YEAR_ADJECTIVE_PREFIX, 'heuer', 'vorjahr', 'jahresbeginn', 'jahresanfang', 'vor', ...DEICTICS.keys()]);
/** DEICTICS for relativeAt, which asks at every word that passes RELATIVE_STARTS ("die", "von", "vertrag"): no hashing of them. */
const DEICTIC_STEPS = new WordTable(DEICTICS);

class YearScanner {
  readonly T: readonly Token[];
  constructor(readonly ctx: Context) {
    this.T = ctx.tokens;
  }

  at(j: number): Token | undefined {
    return j >= 0 && j < this.T.length ? this.T[j] : undefined;
  }

  sameSentence(a: number, b: number): boolean {
    return this.ctx.sentenceOf[a] === this.ctx.sentenceOf[b];
  }

  isSentenceStart(i: number): boolean {
    const s = this.ctx.sentences[this.ctx.sentenceOf[i]!]!;
    if (s.first === i || this.T[i]!.newlineBefore) return true;
    const p = this.at(i - 1);
    return p !== undefined && (p.type === 'quote' || p.value === '(') && s.first === i - 1;
  }

  /** Inside a short quoted title: „Gute Schule 2020“. */
  inShortQuote(i: number): boolean {
    let open = -1;
    for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
      const t = this.T[j]!;
      if (t.type === 'quote') {
        open = j;
        break;
      }
      if (t.value === '.' || t.newlineBefore) break;
    }
    if (open < 0) return false;
    for (let j = i + 1; j <= Math.min(this.T.length - 1, i + 3); j++) {
      const t = this.T[j]!;
      if (t.type === 'quote') return true;
      if (t.value === '.' || t.newlineBefore) break;
    }
    return false;
  }

  /**
   * Is the number token at i (a year candidate `y`) a calendar year by the words around it?
   * `pairOrRange` relaxes the check on what follows (the token carries its own second year).
   */
  isYearContext(i: number, y: number): boolean {
    const t = this.T[i]!;
    const pv = this.at(i - 1);
    const nx = this.at(i + 1);
    const pvLower = pv?.lower ?? '';
    const inRange = y >= 1900 && y <= 2099;
    if (!inRange) {
      // "im Jahr 1848": only with "Jahr" right before; a 19th-century founding also after "seit", "anno" or a founding
      // word ("seit 1875 in Familienbesitz", "Gegründet hat sie 1875 der Küfermeister …", "seit der Gründung 1896")
      const jahr = pv !== undefined && (pvLower === 'jahr' || pvLower === 'jahre' || pvLower === 'jahres');
      const founding = y >= 1800 && pv !== undefined && (pvLower === 'seit' || pvLower === 'anno' || EVENT_NOUNS.has(pvLower) || this.eventVerbBefore(i));
      if (!jahr && !founding) return false;
    }
    // glued to something: "2000er", "2020-Strategie", "A-1010", "#2020"
    if (nx !== undefined && nx.start === t.end) {
      if (nx.type === 'word' || nx.type === 'number' || nx.type === 'symbol' || nx.type === 'ordinal') return false;
      if ((nx.value === '-' || nx.value === '–') && this.at(i + 2)?.start === nx.end) {
        const n2 = this.at(i + 2)!;
        if (n2.type === 'word') return false;
      }
    }
    const rangeDash = pv !== undefined && (pv.value === '-' || pv.value === '–') && /^\d{4}$/u.test(this.at(i - 2)?.value ?? '');
    if (pv !== undefined && pv.end === t.start && pv.type !== 'quote' && pv.value !== '(' && pv.value !== '/' && !rangeDash) return false;
    if (pv !== undefined && (pv.type === 'number' || pv.type === 'symbol')) return false;
    if (YEAR_BLOCKERS_BEFORE.has(pvLower)) return false;
    // "mehr als 2000", "bis zu 2000" are counts; "9 Prozent mehr als 2021" compares with a year
    let comparison = false;
    if (pvLower === 'als' || pvLower === 'wie') {
      const p2 = this.at(i - 2)?.lower ?? '';
      const p3 = this.at(i - 3);
      if (p2 === 'mehr' || p2 === 'weniger' || p2 === 'höher' || p2 === 'niedriger' || p2 === 'so') {
        comparison = p3 !== undefined && (p3.type === 'number' || COMPARISON_HEADS.has(p3.lower));
        if (!comparison) return false;
      } else if (pvLower === 'als' && (p2 === 'als' || p2 === 'mehr')) return false;
    }
    if (pvLower === 'zu') return false;
    if (nx !== undefined && (nx.type === 'symbol' || nx.type === 'number' || YEAR_BLOCKERS_AFTER.has(nx.lower))) return false;
    if (nx !== undefined && nx.type === 'ordinal') return false;
    if (this.inShortQuote(i)) return false;
    // the cue before the year, only now: most candidates are ruled out above, and the noun endings take 23 tests
    const strong = pv !== undefined && (YEAR_STRONG_CUES.has(pvLower) || YEAR_PAIR_NOUNS.has(pvLower) || (pv.type === 'word' && endsWithAny(pvLower, YEAR_NOUN_ENDINGS)) || this.monthsLabelAt(i - 1));
    // a capitalised word before that is not a cue: part of a name ("Agenda 2030", "Gute Schule 2020", "ISO 27001")
    const sentenceStart = this.isSentenceStart(i);
    let afterSubject = false;
    if (pv !== undefined && !sentenceStart && isCapitalisedWord(pv)) {
      const known = strong || YEAR_STRONG_CUES.has(pvLower) || YEAR_WEAK_CUES.has(pvLower) || ARTICLES.has(pvLower) || MONTHS.has(pvLower) || WEEKDAYS.has(pvLower);
      // "dass das Klinikum 2022 ein Defizit hatte", "stellte die Sparkasse 2020 insgesamt 640 Tsd. Euro bereit":
      // the subject, the year, then the object: a name ("Agenda 2030") is not followed by an article
      afterSubject = !known && inRange && nx !== undefined && YEAR_AFTER_SUBJECT.has(nx.lower) && this.sameSentence(i, i + 1);
      // "Gegründet wurde der Betrieb 1962 als …", "seit seiner Eröffnung 1998": the year of a founding or opening
      if (!known && !afterSubject && (EVENT_NOUNS.has(pvLower) || this.eventVerbBefore(i)) && this.noCountAfter(i)) return true;
      // a heading "Weinlese 2025: …", "Medienmitteilung Steuerstatistik 2023: …": a noun and its year before a colon, at a line's start
      if (!known && !afterSubject && inRange && nx !== undefined && nx.value === ':' && this.nearLineStart(i - 1)) return true;
      if (!known && !afterSubject) return false;
    }
    if (strong) return true;
    // what follows: a counted noun ("2000 Mitarbeiter", "2000 neue Stellen") makes it a count
    const followedByNoun = nx !== undefined && isCapitalisedWord(nx) && this.sameSentence(i, i + 1) && !nx.newlineBefore && !MONTHS.has(nx.lower);
    const n2 = this.at(i + 2);
    // "1922 gründete Tischlermeister …": a preterite in -ete is a verb, not an adjective
    const adjectiveNoun = nx !== undefined && isLowerWord(nx) && !DETERMINERS.has(nx.lower) && n2 !== undefined && isCapitalisedWord(n2) && /(?:e|en|er|es|em)$/u.test(nx.lower) && !isParticiple(nx.lower) && !/ete[nt]?$/u.test(nx.lower);
    if (followedByNoun || adjectiveNoun) return false;
    if (afterSubject) return true;
    const endOrComma = nx === undefined || nx.newlineBefore || nx.type === 'punct' || nx.type === 'quote';
    if (YEAR_WEAK_CUES.has(pvLower) || comparison) return true;
    if (sentenceStart) return nx === undefined || isLowerWord(nx) || nx.value === ',' || nx.value === ':';
    if (pv !== undefined && ARTICLES.has(pvLower)) return nx !== undefined && isLowerWord(nx) && (isParticiple(nx.lower) || this.participleAfterPhrase(i + 1));
    if (pv !== undefined && isLowerWord(pv)) {
      if (nx !== undefined && isLowerWord(nx)) return true;
      if (nx !== undefined && nx.value === ',') return true;
      return endOrComma && isBareParticiple(pvLower);
    }
    return false;
  }

  /**
   * A founding or opening verb earlier in the year's clause, within six tokens: "Gegründet wurde der Betrieb 1962",
   * "Gegründet hat sie 1875 der Küfermeister …", "gründete Anna Muster 1990 …".
   */
  eventVerbBefore(i: number): boolean {
    for (let j = i - 1; j >= Math.max(0, i - 6) && this.sameSentence(i, j); j--) {
      const w = this.T[j]!;
      if (w.type === 'punct' || w.type === 'quote') return false;
      if (w.type === 'word' && (EVENT_VERBS.has(w.lower) || (w.lower.startsWith('ge') && EVENT_PARTICIPLE_STEMS.includes(w.lower)))) return true;
    }
    return false;
  }

  /** Is token j the first or second word of its line? */
  nearLineStart(j: number): boolean {
    const t = this.T[j];
    if (t === undefined) return false;
    if (j === 0 || t.newlineBefore) return true;
    const p = this.T[j - 1]!;
    return p.type === 'word' && (j - 1 === 0 || p.newlineBefore);
  }

  /** After the year at i: no counted noun or unit ("zur Eröffnung 500 Gäste"), but a lower-case word, an article, punctuation or the end. */
  noCountAfter(i: number): boolean {
    const nx = this.at(i + 1);
    if (nx === undefined || nx.newlineBefore || !this.sameSentence(i, i + 1)) return true;
    if (nx.type === 'punct' || nx.type === 'quote') return true;
    return isLowerWord(nx) && !YEAR_BLOCKERS_AFTER.has(nx.lower) && !(isAdjectiveBeforeNoun(nx.lower) && this.at(i + 2) !== undefined && isCapitalisedWord(this.at(i + 2)!));
  }

  /** "9M 2024", "6M 2023": the months of a financial report (a number glued to "M") before a year, at token j = "M". */
  monthsLabelAt(j: number): boolean {
    const m = this.at(j);
    const n = this.at(j - 1);
    return m !== undefined && n !== undefined && m.value === 'M' && n.type === 'number' && n.end === m.start && (n.value === '3' || n.value === '6' || n.value === '9' || n.value === '12');
  }

  /**
   * "das 1962 in Ravensburg gegründete Unternehmen": a preposition at j, up to three words of its phrase, then a
   * participle before a capitalised noun.
   */
  participleAfterPhrase(j: number): boolean {
    if (!PARTICIPLE_PHRASE_PREPOSITIONS.has(this.T[j]!.lower)) return false;
    for (let k = j + 1; k <= j + 4 && k + 1 < this.T.length && this.sameSentence(j, k + 1); k++) {
      const w = this.T[k]!;
      if (isLowerWord(w) && !DETERMINERS.has(w.lower)) return EVENT_PARTICIPLE_STEMS.some((s) => w.lower.startsWith(s)) && isCapitalisedWord(this.T[k + 1]!);
    }
    return false;
  }

  /**
   * A relative year phrase starting at i: "in diesem Jahr", "im vergangenen Jahr", "im Vorjahr", "vor zehn Jahren", "diesjährige".
   * Asked only at words that pass RELATIVE_STARTS.
   */
  relativeAt(i: number, anchorYear: number): { year: number; first: number; last: number; rule: string } | undefined {
    const t = this.T[i]!;
    const w = t.lower;
    if (w.startsWith(THIS_YEAR_ADJECTIVE_PREFIX)) return { year: anchorYear, first: i, last: i + 1, rule: 'years/diesjaehrig' };
    const prev = this.at(i - 1)?.lower ?? '';
    const withPrep = prev === 'im' || prev === 'in' ? i - 1 : i;
    if (w === 'heuer') return { year: anchorYear, first: i, last: i + 1, rule: 'years/heuer' };
    if (w === 'vorjahr' && prev === 'im') return { year: anchorYear - 1, first: i - 1, last: i + 1, rule: 'years/im-vorjahr' };
    // "seit Jahresbeginn", "zum Jahresende" (with no year after it)
    // "zum Jahresende" may be the end of the reporting year; "seit Jahresbeginn" counts from the release
    if ((w === 'jahresbeginn' || w === 'jahresanfang') && prev === 'seit' && !/^\d{4}$/u.test(this.at(i + 1)?.value ?? '')) {
      return { year: anchorYear, first: i, last: i + 1, rule: 'years/seit-jahresbeginn' };
    }
    const step = DEICTIC_STEPS.get(w);
    if (step !== undefined && YEAR_NOUNS_SINGULAR.has(this.at(i + 1)?.lower ?? '')) {
      if (OF_WORDS.has(this.at(i + 2)?.lower ?? '')) return undefined;
      return { year: anchorYear + step, first: withPrep, last: i + 2, rule: 'years/deictic-year' };
    }
    if (w === 'vor') {
      const nTok = this.at(i + 1);
      let n: number | undefined;
      if (nTok !== undefined && nTok.type === 'number' && nTok.value.length <= 3 && allDigits(nTok.value)) n = Number(nTok.value);
      else if (nTok !== undefined) n = COUNT_WORDS.get(nTok.lower);
      const unit = this.at(i + 2)?.lower;
      if (n !== undefined && n >= 1 && n <= 200 && (unit === 'jahren' || (unit === 'jahr' && n === 1))) {
        return { year: anchorYear - n, first: i, last: i + 3, rule: 'years/years-ago' };
      }
    }
    return undefined;
  }
}

/** The output fact; its keys in this order: text, start, end, year, relative (only when true), rule. */
function yearFact(ctx: Context, year: number, start: number, end: number, rule: string, relative: boolean): YearFact {
  const ev = ctx.evidenceOfChars(start, end);
  return relative
    ? { text: ev.text, start: ev.start, end: ev.end, year, relative: true, rule }
    : { text: ev.text, start: ev.start, end: ev.end, year, rule };
}

/** Adds a year fact over tokens [first, last) with evidence at normalized chars [start, end). */
function pushYear(out: Located<YearFact>[], ctx: Context, year: number, first: number, last: number, start: number, end: number, rule: string, relative: boolean): void {
  out.push({ fact: yearFact(ctx, year, start, end, rule, relative), first, last });
}

/** The years written inside dates; their tokens are marked covered. */
function yearsInDates(ctx: Context, dates: readonly Located<DateFact>[], covered: Uint8Array, out: Located<YearFact>[]): void {
  for (const d of dates) {
    covered.fill(1, d.first, d.last);
    for (const ys of writtenYears(d)) {
      // the token that holds the year
      let k = d.first;
      while (k < d.last - 1 && ctx.tokens[k]!.end <= ys.start) k++;
      pushYear(out, ctx, ys.year, k, k + 1, ys.start, ys.end, 'years/in-date', false);
    }
  }
}

/** Years at the number token i: alone ("seit 1971"), as a pair ("2019/20") or a range ("2019-2021"). */
function numberYears(s: YearScanner, i: number, out: Located<YearFact>[]): void {
  const ctx = s.ctx;
  const t = ctx.tokens[i]!;
  const v = t.value;
  if (v.length <= 4 && allDigits(v)) {
    const y = Number(v);
    if (v.length >= 3 && s.isYearContext(i, y)) pushYear(out, ctx, y, i, i + 1, t.start, t.end, 'years/number-in-context', false);
    return;
  }
  // "Geschäftsjahr 2019/20", "Saison 2019/2020"
  const pair = yearPair(t);
  if (pair !== undefined) {
    const pv = s.at(i - 1);
    if (isYearPairNoun(pv) || s.isYearContext(i, pair.y)) {
      pushYear(out, ctx, pair.y, i, i + 1, t.start, t.start + 4, 'years/year-pair', false);
      if (pair.secondDigits === 4) pushYear(out, ctx, pair.y2, i, i + 1, t.start + 5, t.end, 'years/year-pair', false);
    }
    return;
  }
  // "2019-2021" (nine chars: the others skip the regex)
  const r = v.length === 9 ? YEAR_RANGE.exec(v) : null;
  if (r !== null) {
    const y1 = Number(r[1]);
    const y2 = Number(r[2]);
    if (y1 >= 1900 && y2 <= 2099 && y2 > y1 && y2 - y1 <= 50 && s.isYearContext(i, y1)) {
      pushYear(out, ctx, y1, i, i + 1, t.start, t.start + 4, 'years/year-range', false);
      pushYear(out, ctx, y2, i, i + 1, t.start + 5, t.end, 'years/year-range', false);
    }
  }
}

/**
 * One pass over the tokens: relative years at words (with a release year), years at numbers not
 * inside dates. (A function of its own: a hot loop compiled mid-way finds no type feedback for
 * the code after it.)
 */
function scanYears(ctx: Context, covered: Uint8Array, anchorYear: number | undefined, out: Located<YearFact>[]): void {
  const s = new YearScanner(ctx);
  const tokens = ctx.tokens;
  const boilerplate = ctx.boilerplate; // a local: the calls in the loop could change ctx for all the compiler knows
  // the written years before the current token, for "im Jahr davor": those of dates (in out already, in position
  // order after the sort) with a cursor, and the last one this scan found (a cursor, not a search: linear)
  const inDates = byFirstToken(out);
  let d = 0;
  let lastFound: Located<YearFact> | undefined;
  let foundBefore: Located<YearFact> | undefined; // the one found before lastFound
  for (let i = 0; i < tokens.length; i++) {
    if (boilerplate[i] === 1) continue;
    const t = tokens[i]!;
    if (t.type === 'word') {
      if (t.lower === 'jahr') {
        while (d < inDates.length && inDates[d]!.first < i) d++;
        const fromDate = d > 0 ? inDates[d - 1] : undefined;
        const base = fromDate === undefined || (lastFound !== undefined && lastFound.first > fromDate.first) ? lastFound : fromDate;
        // another year standing alone before it (not a date's: a dateline's year is the release's)
        const other = base === lastFound ? foundBefore : lastFound;
        if (yearBeforeAt(ctx, i, base, other, out)) { i++; continue; }
      }
      // the table first: a call of relativeAt at every word cost more than the look-ups in it
      if (anchorYear === undefined || !RELATIVE_STARTS.mayStartOneOf(t.lower)) continue;
      const r = s.relativeAt(i, anchorYear);
      if (r !== undefined) {
        pushYear(out, ctx, r.year, r.first, r.last, tokens[r.first]!.start, tokens[r.last - 1]!.end, r.rule, true);
        i = r.last - 1;
      }
      continue;
    }
    if (t.type === 'number' && covered[i] !== 1) {
      const before = out.length;
      numberYears(s, i, out);
      if (out.length > before) { foundBefore = lastFound; lastFound = out[out.length - 1]; }
    }
  }
}

const BEFORE_WORDS: ReadonlySet<string> = new Set(['davor', 'zuvor']);
/** Words that may follow a year standing after its clause's subject: an indefinite article, "insgesamt", "erstmals". */
const YEAR_AFTER_SUBJECT: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'insgesamt', 'erstmals']);
/** Nouns of a founding or opening: the year right after them is its year ("seit seiner Eröffnung 1998", "nach der Gründung 1990"). */
const EVENT_NOUNS: ReadonlySet<string> = new Set(['gründung', 'eröffnung', 'einweihung', 'fertigstellung', 'inbetriebnahme', 'grundsteinlegung', 'übernahme', 'fusion']);
/** Founding and opening verbs in the preterite (their participles are EVENT_PARTICIPLE_STEMS). */
const EVENT_VERBS: ReadonlySet<string> = new Set(['gründete', 'gründeten', 'eröffnete', 'eröffneten', 'errichtete', 'errichteten', 'übernahm', 'übernahmen']);

/** An inflected adjective form ("neue", "kleinen"): with a capitalised noun after it, a counted phrase may follow a number. */
function isAdjectiveBeforeNoun(w: string): boolean {
  return /(?:e|en|er|es|em)$/u.test(w) && !ARTICLES.has(w) && !DETERMINERS.has(w);
}

/**
 * "im Jahr davor", "im Jahr zuvor" at the token "Jahr" (i): the year before `base`, the last year written before it,
 * if that stands in this sentence or the one before ("im Geschäftsjahr 2025 … nach 198,9 Mio. Euro im Jahr davor" → 2024); pushed, true. Without
 * such a year it is left out: the release year is not what "davor" counts from.
 */
function yearBeforeAt(ctx: Context, i: number, base: Located<YearFact> | undefined, other: Located<YearFact> | undefined, out: Located<YearFact>[]): boolean {
  const tokens = ctx.tokens;
  if (i < 1 || tokens[i - 1]!.lower !== 'im' || !BEFORE_WORDS.has(tokens[i + 1]?.lower ?? '')) return false;
  const window = ctx.sentenceOf[i]! - 1;
  if (base === undefined || ctx.sentenceOf[base.first]! < window) return false;
  // two different years standing alone in its sentence ("hat 2025 so viele Gäste wie noch nie seit seiner Gründung im
  // Jahr 1974: … mehr als im Jahr davor"): which one "davor" counts from is not told by position; left out (it was
  // 1973, a wrong fact)
  const sentence = ctx.sentenceOf[i]!;
  if (other !== undefined && ctx.sentenceOf[other.first] === sentence && ctx.sentenceOf[base.first] === sentence && other.fact.year !== base.fact.year) return true;
  pushYear(out, ctx, base.fact.year - 1, i - 1, i + 2, tokens[i - 1]!.start, tokens[i + 1]!.end, 'years/year-before', true);
  return true;
}

/**
 * A copy of the located years in the order of their first tokens. Those of findDates come in that order
 * already (the dates are in text order, the years of each in theirs): then only the check, no sort.
 */
function byFirstToken(years: readonly Located<YearFact>[]): Located<YearFact>[] {
  for (let k = 1; k < years.length; k++) {
    if (years[k]!.first < years[k - 1]!.first) return years.slice().sort((a, b) => a.first - b.first);
  }
  return years.slice();
}

/** Text order of year facts. */
function byPosition(x: Located<YearFact>, y: Located<YearFact>): number {
  return x.fact.start - y.fact.start || x.fact.end - y.fact.end;
}

/** Are the years in text order already? (Often: then no sort, whose set-up costs more than the check.) */
function inTextOrder(years: readonly Located<YearFact>[]): boolean {
  for (let k = 1; k < years.length; k++) if (byPosition(years[k - 1]!, years[k]!) > 0) return false;
  return true;
}

/** Year mentions, inside dates or alone, and relative ones ("in diesem Jahr") resolved against `anchor`. */
export function findYears(ctx: Context, dates: readonly Located<DateFact>[], anchor: string | undefined): Located<YearFact>[] {
  const out: Located<YearFact>[] = [];
  const covered = zeroedBytes(ctx.tokens.length);
  yearsInDates(ctx, dates, covered, out);
  scanYears(ctx, covered, parseIso(anchor)?.y, out);
  if (!inTextOrder(out)) out.sort(byPosition);
  return out;
}

// a live sample keeps the layout of every document's year scanner (see engine/keep-alive.ts)
keepLayout(new YearScanner(makeContext('2024')));
