/**
 * Quantities: populations ("920.000 Einwohnern"), areas ("12.000 Quadratmeter", "5 ha", "300 m²")
 * and other counts with the counted noun as written ("36 Städte und Gemeinden", "120 Kunden").
 * Nouns of time, measure and money are never counted things (COUNT_STOP_NOUNS).
 */
import { placeWord } from '../persons/lexicon.js';
import { ownCopy, WordCache } from '../../engine/word-cache.js';
import type { QuantityFact } from '../../facts.js';
import type { Token } from '../../text/tokens.js';
import { AREA_UNITS, COUNT_STOP_NOUNS, MEASURE_UNITS, POPULATION_NOUNS } from '../../lexicon/figure-nouns.js';
import { CURRENCY_WORDS } from '../../lexicon/currencies.js';
import { SCALE_WORDS } from '../../lexicon/scale-words.js';
import { PERCENT_WORDS } from '../../lexicon/figure-nouns.js';
import { headcountKindOf, isAdjective } from '../headcounts/index.js';
import { metricOf } from '../money/index.js';
import { startsCapitalised } from '../../text/capitals.js';

export interface QuantityNoun {
  category: NonNullable<QuantityFact['category']>;
  /** First and one-past-last token of the unit as written. */
  unitFirst: number;
  last: number;
}

function isCapitalised(t: Token): boolean {
  return startsCapitalised(t.value);
}

/** A capitalised noun that can be counted: not an acronym, unit, month or money word. */
function countNoun(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word' || t.newlineBefore || t.abbreviation === true) return false;
  if (!isCapitalised(t)) return false; // (countableWord's first test, before the look-up)
  const known = countWords.get(t.value);
  if (known !== undefined && known.lower === t.lower) return known.ok;
  return learnCountWord(t);
}

/**
 * Word as written → whether it is a countable noun (what countNoun asks of the word itself, after
 * the token checks): a regex, upper-casing and six look-ups per number otherwise. The lower-case
 * form is kept to check the entry.
 */
const countWords = new WordCache<{ lower: string; ok: boolean }>();

function learnCountWord(t: Token): boolean {
  const ok = countableWord(t);
  countWords.set(t.value, { lower: ownCopy(t.lower), ok });
  return ok;
}

/** countNoun for a word token that is not an abbreviation: a function of its value and lower-case form only. */
function countableWord(t: Token): boolean {
  if (!isCapitalised(t) || t.value.length < 3) return false;
  if (t.value === t.value.toUpperCase()) return false; // "ISO", "LKW", "MW"
  const w = t.lower;
  if (COUNT_STOP_NOUNS.has(w) || CURRENCY_WORDS.has(w) || SCALE_WORDS.has(w) || PERCENT_WORDS.has(w)) return false;
  if (!/^\p{L}[\p{L}-]*$/u.test(t.value)) return false;
  // "4058 Basel" is a Swiss postal code, no count of Basels: towns are not counted ("300 Essen", "20 Brücken" are:
  // names that are also nouns are weak places)
  if (placeWord(w)?.strength === 'strong') return false;
  // "40 Umsatz" is nothing; "40 Mitarbeiter" is a headcount, not a count
  return metricOf(t) === undefined && headcountKindOf(t) === undefined;
}

/**
 * The quantity noun phrase at token u, or undefined. `countsAllowed` is false for numbers that
 * may be codes or years; `measuresAllowed` for units of measure and area.
 */
export function quantityAfter(tokens: readonly Token[], u: number, countsAllowed: boolean, measuresAllowed = countsAllowed): QuantityNoun | undefined {
  const t = tokens[u];
  if (t === undefined || t.newlineBefore) return undefined;
  if (!measuresAllowed) return undefined;
  // measures: "30.000 Tonnen", "18 Megawatt", "2.500 kWh"; hours of work: "14.500 Einsatzstunden"
  if (MEASURE_UNITS.has(t.lower) && !(t.value.length === 1 && tokens[u + 1]?.value === '²')) return { category: 'other', unitFirst: u, last: u + 1 };
  if (t.type === 'word' && t.lower.length > 8 && t.lower.endsWith('stunden') && t.value !== t.lower) return { category: 'other', unitFirst: u, last: u + 1 };
  // area: "12.000 Quadratmeter", "5 ha", "300 m²"
  if (AREA_UNITS.has(t.lower)) return { category: 'area', unitFirst: u, last: u + 1 };
  const sq = tokens[u + 1];
  if ((t.lower === 'm' || t.lower === 'km') && sq !== undefined && sq.value === '²' && !sq.spaceBefore) return { category: 'area', unitFirst: u, last: u + 2 };
  let j = u;
  while (j < u + 2 && isAdjective(tokens[j])) {
    // "zu den zehn größten Anbietern": a rank, not a count
    if (tokens[j]!.lower.endsWith('sten') || tokens[j]!.lower.endsWith('ßten')) return undefined;
    j++;
  }
  const n = tokens[j];
  if (n === undefined || n.newlineBefore) return undefined;
  if (isCapitalised(n) && POPULATION_NOUNS.has(n.lower)) {
    let last = j + 1;
    const a = tokens[j + 1];
    const b = tokens[j + 2];
    if (a !== undefined && b !== undefined && a.lower === 'und' && POPULATION_NOUNS.has(b.lower)) last = j + 3;
    return { category: 'population', unitFirst: j, last };
  }
  if (!countsAllowed) return undefined;
  // "15 Ja-Stimmen", "40 E-Autos": a compound whose first part the tokenizer split off; its last part is the noun
  const dash = tokens[j + 1];
  const part = tokens[j + 2];
  if (n.type === 'word' && n.value.length <= 3 && isCapitalised(n) && dash !== undefined && dash.value === '-' && !dash.spaceBefore && part !== undefined && !part.spaceBefore && countNoun(part)) {
    return { category: 'count', unitFirst: j, last: j + 3 };
  }
  // "60 Tram- und Buschauffeure": a shortened compound; the phrase is counted, its last noun must be countable
  const join = tokens[j + 2];
  const whole = tokens[j + 3];
  if (n.type === 'word' && isCapitalised(n) && dash !== undefined && dash.value === '-' && !dash.spaceBefore && join !== undefined && (join.lower === 'und' || join.lower === 'oder') && whole !== undefined && countNoun(whole)) {
    return { category: 'count', unitFirst: j, last: j + 4 };
  }
  if (!countNoun(n)) return undefined;
  let last = j + 1;
  // "Städte und Gemeinden", "Schulen oder Kitas"
  const a = tokens[j + 1];
  const b = tokens[j + 2];
  if (a !== undefined && b !== undefined && (a.lower === 'und' || a.lower === 'oder' || a.lower === 'sowie') && !a.newlineBefore && countNoun(b)) last = j + 3;
  return { category: 'count', unitFirst: j, last };
}
