/**
 * Quotes in „…“, "…", »…«, «…», ‚…‘, “…”, with their speaker:
 * - quotes/after: "„…“, sagt X." / "„…“, so X." / "„…“, bedankte sich … X."
 * - quotes/before: "X betont: „…“" / "Sagte X: „…“"
 * - quotes/pronoun: "„…“, sagt er." or "Er betont: „…“": the last person named before, gender-matched
 * - quotes/previous: a quote standing alone after a sentence that names or refers to its speaker
 * A quoted title or name ("Gute Schule 2020", scare quotes) is not a quote.
 */
import type { QuoteFact } from '../../facts.js';
import type { Context } from '../../engine/context.js';
import { SPEECH_VERBS, TITLE_CUES, ATTRIBUTION_WORDS } from '../../lexicon/speech-verbs.js';
import type { Unit } from '../persons/units.js';
import type { PersonsResult } from '../persons/index.js';
import { partsOf, roleOf, type Gender } from '../persons/lexicon.js';
import { zeroedInts } from '../../engine/scratch.js';

const CLOSERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['„', new Set(['“', '”', '"'])],
  ['»', new Set(['«'])],
  ['«', new Set(['»'])],
  ['‚', new Set(['‘', '’'])],
  ['›', new Set(['‹'])],
  ['‹', new Set(['›'])],
  ['"', new Set(['"', '“', '”'])],
  ['“', new Set(['”', '"'])],
]);
const MAX_QUOTE_UNITS = 600;
const PRONOUNS: ReadonlyMap<string, Gender> = new Map([['er', 'm'], ['sie', 'f']]);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const SPACE = /\s/u;

interface RawQuote { open: number; close: number }

/** Pair quote marks (units), one level deep; a paragraph break abandons an open quote. */
function pairQuotes(units: readonly Unit[]): RawQuote[] {
  const out: RawQuote[] = [];
  let open = -1;
  let closers: ReadonlySet<string> | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (open >= 0 && (u.breaks >= 2 || i - open > MAX_QUOTE_UNITS)) { open = -1; closers = undefined; }
    if (u.type !== 'quote') continue;
    if (open >= 0) {
      if (closers!.has(u.value)) { out.push({ open, close: i }); open = -1; closers = undefined; }
      continue;
    }
    const c = CLOSERS.get(u.value);
    if (c === undefined) continue;
    const next = units[i + 1];
    // an opening mark is followed by text without a space; ‚ and “ must not be apostrophes or closers
    if (next === undefined || next.spaceBefore || next.type === 'quote') continue;
    if ((u.value === '‚' || u.value === '“') && i > 0 && !u.spaceBefore && units[i - 1]!.type === 'word') continue;
    open = i;
    closers = c;
  }
  return out;
}

export function findQuotes(ctx: Context, units: readonly Unit[], people: PersonsResult): QuoteFact[] {
  const quotes: QuoteFact[] = [];
  const raws = pairQuotes(units);
  if (raws.length === 0) return quotes;
  // person mentions by unit, for look-ups
  const personAt = zeroedInts(units.length).fill(-1);
  for (const m of people.mentions) personAt.fill(m.person, m.first, m.last);
  let prevSpeaker = -1;
  let prevClose = -1;

  for (const q of raws) {
    if (units[q.open]!.boilerplate) continue;
    const inner0 = q.open + 1;
    const inner1 = q.close;
    if (inner1 <= inner0) continue;
    let words = 0;
    let lower = 0;
    for (let k = inner0; k < inner1; k++) {
      const v = units[k]!;
      if (v.type === 'word') { words++; if (!v.cap) lower++; }
    }
    const lastInner = units[inner1 - 1]!;
    const endsSentence = SENTENCE_END.has(lastInner.value);
    const before = units[q.open - 1];
    const after = units[q.close + 1];
    const titleCue = before !== undefined && (TITLE_CUES.has(before.lower) || TITLE_CUES.has(partsOf(before)[partsOf(before).length - 1]!.toLowerCase()) || isTitleCompound(before.lower));
    const colonBefore = before?.value === ':';
    const attributedAfter = after !== undefined && after.value === ',' && units[q.close + 2] !== undefined && (SPEECH_VERBS.has(units[q.close + 2]!.lower) || ATTRIBUTION_WORDS.has(units[q.close + 2]!.lower));
    const speechish = endsSentence || colonBefore || attributedAfter || (words >= 6 && lower >= 2);
    if (titleCue && !colonBefore && !attributedAfter) continue;
    if (!endsSentence && NAME_ENDINGS.has(lastInner.lower)) continue; // „Freunde des Tiergartens e. V.“ is a name
    if (!speechish) continue;
    if (words < 2) continue;

    // speaker
    let speaker = -1;
    let rule = 'quotes/unattributed';
    // a pronoun of the quote's own sentence names its speaker: when no earlier person fits it ("Sie betonte:"
    // after men only), the quote stays unattributed rather than going on the speaker before
    let ownPronoun = false;
    const sentAfter = units[q.close]!.sentence;
    if (attributedAfter || (after !== undefined && after.value === ',')) {
      // the same sentence after the closing mark: a person, or a pronoun
      for (let k = q.close + 1; k < units.length && k - q.close < 40; k++) {
        const v = units[k]!;
        if (v.type === 'quote' && CLOSERS.has(v.value) && k > q.close + 1) break;
        if (SENTENCE_END.has(v.value) || v.breaks >= 1) break;
        if (personAt[k]! >= 0) { speaker = personAt[k]!; rule = 'quotes/after'; break; }
        const pg = PRONOUNS.get(v.value) ?? ageDescriptionGender(units, k);
        if (pg !== undefined && k > q.close + 1) { speaker = lastPersonBefore(personAt, people.genders, q.open, pg); rule = 'quotes/pronoun'; ownPronoun = true; break; }
        // "sagte der Kämmerer", "sagt die Biologin": the person of that role, or the one just named
        if (k > q.close + 1 && SPEECH_VERBS.has(units[k - 1]!.lower) && (v.lower === 'der' || v.lower === 'die')) {
          const d = describedSpeaker(units, personAt, people, k, q.open);
          if (d !== undefined) { speaker = d; rule = 'quotes/description'; ownPronoun = true; break; }
        }
      }
      void sentAfter;
    }
    if (speaker < 0 && colonBefore) {
      // "X betont: „…“": a person or pronoun in the clause before the colon
      const s = units[q.open]!.sentence;
      for (let k = q.open - 2; k >= 0 && units[k]!.sentence === s && q.open - k < 40; k--) {
        if (personAt[k]! >= 0) { speaker = personAt[k]!; rule = 'quotes/before'; break; }
        const pg = PRONOUNS.get(units[k]!.lower);
        if (pg !== undefined) { speaker = lastPersonBefore(personAt, people.genders, k, pg); rule = 'quotes/pronoun'; ownPronoun = true; break; }
      }
    }
    if (speaker < 0) rule = 'quotes/unattributed';
    if (speaker < 0 && !ownPronoun && (before === undefined || before.breaks >= 0) && (units[q.open]!.starts || before?.type === 'punct')) {
      // a quote standing as its own sentence: the speaker of the quote right before it, or the
      // person (or pronoun) of the sentence before
      const prevSentence = before !== undefined ? before.sentence : -1;
      if (prevClose >= 0 && prevSpeaker >= 0 && q.open - prevClose <= 80 && sameSpeakerSpan(units, personAt, prevClose, q.open, prevSpeaker)) { speaker = prevSpeaker; rule = 'quotes/continued'; }
      else if (prevSentence >= 0) {
        let k = q.open - 1;
        let pron: Gender | null = null;
        let pronAt = -1;
        let person = -1;
        let speaks = false;
        while (k >= 0 && units[k]!.sentence === prevSentence && q.open - k < 300) {
          if (personAt[k]! >= 0 && person < 0) person = personAt[k]!;
          if (SPEECH_VERBS.has(units[k]!.lower)) speaks = true;
          const pg = PRONOUNS.get(units[k]!.lower);
          if (pg !== undefined && pron === null) { pron = pg; pronAt = k; }
          k--;
        }
        // only a sentence that speaks ("erläuterte Harnisch …", "unterstrich er …") hands its speaker on
        if (speaks && person >= 0) { speaker = person; rule = 'quotes/previous'; }
        else if (speaks && pron !== null) {
          speaker = lastPersonBefore(personAt, people.genders, pronAt, pron);
          if (speaker >= 0) rule = 'quotes/pronoun';
        }
      }
    }

    const open = units[q.open]!;
    const close = units[q.close]!;
    const start = ctx.tokens[open.last - 1]!.end;
    const end = ctx.tokens[close.first]!.start;
    // trim spaces inside the marks
    let s = start;
    let e = end;
    while (s < e && SPACE.test(ctx.text[s]!)) s++;
    while (e > s && SPACE.test(ctx.text[e - 1]!)) e--;
    const ev = ctx.evidenceOfChars(s, e);
    // the evidence fields written out (a spread is slow), in the same key order
    const fact: QuoteFact = { text: ev.text, start: ev.start, end: ev.end, quote: ctx.text.slice(s, e), rule };
    if (speaker >= 0) fact.speaker = people.persons[speaker]!.name;
    quotes.push(fact);
    prevSpeaker = speaker;
    prevClose = q.close;
  }
  return quotes;
}

/** The last person mentioned before unit i (at most 3000 units back) whose gender fits g, or -1 (a function, not a closure: smaller to compile). */
/**
 * "…“, sagte der Kämmerer." / "…“, sagt die Biologin.": a speaker named by a noun ending the sentence, at unit k (the
 * article). The last person before with a role ending in that noun; else the person named last in the two sentences
 * before, if the article's gender fits; else -1 (an unnamed "Sprecher" is nobody named).
 */
function describedSpeaker(units: readonly Unit[], personAt: Int32Array, people: PersonsResult, k: number, open: number): number | undefined {
  const noun = units[k + 1];
  const end = units[k + 2];
  if (noun === undefined || noun.type !== 'word' || !noun.cap || personAt[k + 1]! >= 0) return undefined;
  if (end !== undefined && !SENTENCE_END.has(end.value) && end.breaks === 0) return undefined;
  const lower = noun.lower;
  for (let j = open - 1; j >= 0 && open - j < 3000; j--) {
    const p = personAt[j]!;
    if (p >= 0 && people.persons[p]!.roles.some((r) => r.toLowerCase().endsWith(lower))) return p;
  }
  // a known role no one named has ("sagte der Polizeisprecher"): someone not named
  if (roleOf(noun) !== undefined) return -1;
  const gender: Gender = units[k]!.lower === 'der' ? 'm' : 'f';
  const sentence = units[open]!.sentence;
  for (let j = open - 1; j >= 0 && units[j]!.sentence >= sentence - 2; j--) {
    const p = personAt[j]!;
    if (p < 0) continue;
    const pg = people.genders[p];
    return pg === undefined || pg === gender ? p : -1;
  }
  return -1;
}

/**
 * "sagt der 67-Jährige", "so die 38-Jährige": a person described by age at unit k (the article), used like a
 * pronoun; its gender from the article.
 */
function ageDescriptionGender(units: readonly Unit[], k: number): Gender | undefined {
  const art = units[k]!.lower;
  if (art !== 'der' && art !== 'die') return undefined;
  // one unit ("67-Jährige") or three ("67", "-", "Jährige")
  const n = units[k + 1];
  if (n === undefined) return undefined;
  const last = n.lower.slice(n.lower.lastIndexOf('-') + 1);
  const w = last !== n.lower && n.lower.charCodeAt(0) >= 48 && n.lower.charCodeAt(0) <= 57 ? last : units[k + 2]?.value === '-' && n.type === 'number' ? units[k + 3]?.lower ?? '' : '';
  if (w !== 'jährige' && w !== 'jähriger') return undefined;
  return art === 'der' ? 'm' : 'f';
}

function lastPersonBefore(personAt: Int32Array, genders: readonly Gender[], i: number, g: Gender): number {
  for (let k = i - 1; k >= Math.max(0, i - 3000); k--) {
    const p = personAt[k]!;
    if (p >= 0) {
      const pg = genders[p];
      if (g === undefined || pg === undefined || pg === g) return p;
    }
  }
  return -1;
}

/** Between two quotes of one paragraph with no other person named: the second goes on the first's speaker. */
function sameSpeakerSpan(units: readonly Unit[], personAt: Int32Array, from: number, to: number, speaker: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    if (units[k]!.breaks >= 1 || (personAt[k]! >= 0 && personAt[k] !== speaker)) return false;
  }
  return true;
}

/** Compounds whose head is a title cue: "Förderverein", "Sonderprogramm", "Pilotprojekt" „…“. */
const TITLE_HEADS = ['verein', 'programm', 'projekt', 'initiative', 'kampagne', 'wettbewerb', 'preis', 'fonds', 'festival', 'bündnis', 'netzwerk', 'konzept', 'motto'];
function isTitleCompound(lower: string): boolean {
  for (const head of TITLE_HEADS) if (lower.length > head.length + 2 && lower.endsWith(head)) return true;
  return false;
}

/** Last words that make a quoted phrase a name (of a club or company), not speech. */
const NAME_ENDINGS: ReadonlySet<string> = new Set(['e.v.', 'v.', 'gmbh', 'ag', 'eg', 'kg', 'se', 'ggmbh', 'mbh', 'e.v']);
