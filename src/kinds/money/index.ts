/**
 * Money: currency words, symbols and codes after or before a number ("40 Mio. €", "EUR 40 Mio.",
 * "16,4 Millionen kanadische Dollar", "5 TEUR", "T€"), cents after a whole amount ("2 Euro 50"),
 * and the metric a sentence gives the amount (Umsatz → revenue …). The figure pass in
 * ../figures.ts decides which number is money; this file reads the words around it.
 */
import { WordCache } from '../../engine/word-cache.js';
import type { MoneyMetric } from '../../facts.js';
import type { Token } from '../../text/tokens.js';
import { CURRENCY_ADJECTIVES, CURRENCY_COMPOUNDS, CURRENCY_WORDS, type CurrencyUnit } from '../../lexicon/currencies.js';
import { METRIC_SUFFIXES, METRIC_WORDS } from '../../lexicon/figure-nouns.js';
import { parseNumberWord } from '../../numbers/parse.js';
import { startsCapitalised } from '../../text/capitals.js';

export interface CurrencyMatch extends CurrencyUnit {
  /** One past the last token of the currency. */
  last: number;
}

/** Three-letter code keys that are also ordinary words: accepted in any case. */
const CODES_ANY_CASE = new Set(['eur', 'won']);

/** The currency word or code of token t. `afterBreak`: a line break before t is allowed (prefix currencies). */
function unitOf(t: Token, afterBreak = false): CurrencyUnit | undefined {
  if (t.newlineBefore && !afterBreak) return undefined;
  const unit = CURRENCY_WORDS.get(t.lower);
  if (unit === undefined) return undefined;
  // ISO codes must be written as codes: "USD", not "usd" inside prose ("try" is no lira)
  if (t.lower.length === 3 && /^[a-z]{3}$/u.test(t.lower) && !CODES_ANY_CASE.has(t.lower) && t.value !== t.value.toUpperCase()) {
    const word = t.lower === 'cent' || t.lower === 'yen' || t.lower === 'rub';
    if (!word) return undefined;
  }
  return unit;
}

/** Every inflected form of a currency adjective → its stem: "kanadischen" → "kanadisch". */
const ADJECTIVE_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const stem of CURRENCY_ADJECTIVES.keys()) {
    m.set(stem, stem);
    for (const end of ['e', 'en', 'er', 'es', 'em']) m.set(stem + end, stem);
  }
  return m;
})();

/**
 * Every lower-case word a currency after a number can start with ("t" of "T€", "tsd.", "us" of
 * "US-Dollar", "kanadische", "euro" …): one look-up rejects the other words (runs at every number).
 */
const CURRENCY_STARTS: ReadonlySet<string> = new Set(['t', 'tsd.', ...CURRENCY_COMPOUNDS.keys(), ...ADJECTIVE_FORMS.keys(), ...CURRENCY_WORDS.keys()]);

/**
 * The currency that starts at token u, after a number: "€", "Euro", "Mio. €" is handled by the
 * number reader, "T€", "US-Dollar", "D-Mark", "kanadische Dollar".
 */
export function currencyAfter(tokens: readonly Token[], u: number): CurrencyMatch | undefined {
  const t = tokens[u];
  if (t === undefined || t.newlineBefore || !CURRENCY_STARTS.has(t.lower)) return undefined;
  const n1 = tokens[u + 1];
  const n2 = tokens[u + 2];
  // "T€": thousands of euros
  if ((t.value === 'T' || t.lower === 'tsd.') && n1 !== undefined && n1.value === '€' && (!n1.spaceBefore || t.lower === 'tsd.')) {
    return { iso: 'EUR', factor: 1e3, last: u + 2 };
  }
  // "US-Dollar", "D-Mark"
  const compound = CURRENCY_COMPOUNDS.get(t.lower);
  if (compound !== undefined && n1 !== undefined && n2 !== undefined && n1.value === '-' && !n1.spaceBefore && !n2.spaceBefore) {
    const unit = compound.get(n2.lower);
    if (unit !== undefined) return { iso: unit.iso, factor: unit.factor, last: u + 3 };
  }
  // "kanadische Dollar", "Schweizer Franken"
  if (t.type === 'word' && n1 !== undefined && !n1.newlineBefore) {
    const stem = ADJECTIVE_FORMS.get(t.lower);
    const adj = stem === undefined ? undefined : CURRENCY_ADJECTIVES.get(stem);
    const iso = adj?.get(n1.lower);
    if (iso !== undefined) return { iso, factor: 1, last: u + 2 };
  }
  const unit = unitOf(t);
  if (unit !== undefined) {
    // "5 Euro-Gutscheine" is still 5 euros; "Euro 6" is no prefix here
    return { iso: unit.iso, factor: unit.factor, last: u + 1 };
  }
  return undefined;
}

/** Currencies that may stand before the number: symbols and codes ("€ 1,5 Mrd.", "EUR 40 Mio.", "CHF 2'500"). */
const PREFIX_FORMS = new Set(['€', '$', '£', '¥', 'eur', 'usd', 'chf', 'gbp', 'jpy', 'cny', 'sek', 'nok', 'dkk', 'pln', 'czk', 'huf', 'cad', 'aud', 'sfr.', 'sfr', 'fr.', 'dm', 'ös', 'us$', 'teur']);

export function currencyBefore(tokens: readonly Token[], u: number): CurrencyMatch | undefined {
  const t = tokens[u];
  // no prefix form has a digit: most calls are at numbers
  if (t === undefined || t.type === 'number') return undefined;
  if (t.lower === 'us' && tokens[u + 1]?.value === '-' && tokens[u + 2]?.value === '$') return { iso: 'USD', factor: 1, last: u + 3 };
  if (!PREFIX_FORMS.has(t.lower)) return undefined;
  const unit = unitOf(t, true);
  return unit === undefined ? undefined : { iso: unit.iso, factor: unit.factor, last: u + 1 };
}

/**
 * Cents after a whole amount: "zwei Euro fünfzig", "2 Euro 50". The number must be below 100
 * and nothing it could count may follow.
 */
export function centsAfter(tokens: readonly Token[], u: number): { cents: number; last: number } | undefined {
  const t = tokens[u];
  if (t === undefined || t.newlineBefore) return undefined;
  let v: number | undefined;
  if (t.type === 'number' && /^\d{1,2}$/u.test(t.value)) v = Number(t.value);
  else if (t.type === 'word' && t.lower === t.value) v = parseNumberWord(t.lower);
  if (v === undefined || !Number.isInteger(v) || v <= 0 || v >= 100) return undefined;
  const n = tokens[u + 1];
  if (n !== undefined && !n.newlineBefore && n.type === 'word') {
    if (startsCapitalised(n.value)) return undefined; // "2 Euro 50 Mitarbeiter": not cents
    if (n.lower === 'cent' || n.lower === 'prozent' || n.lower === 'mal') return undefined;
  }
  if (n !== undefined && (n.type === 'symbol' || n.type === 'number')) return undefined;
  return { cents: v, last: u + 1 };
}

/** Compound endings grouped by their last three letters, so most words need one look-up. */
const SUFFIXES_BY_TAIL: ReadonlyMap<string, ReadonlyArray<readonly [string, MoneyMetric]>> = (() => {
  const m = new Map<string, Array<readonly [string, MoneyMetric]>>();
  for (const entry of METRIC_SUFFIXES) {
    const tail = entry[0].slice(-3);
    const list = m.get(tail);
    if (list === undefined) m.set(tail, [entry]);
    else list.push(entry);
  }
  return m;
})();

/** Forms of the verb "kosten": a price for small amounts, a cost for projects ("Der Neubau kostete 62 Mio."). */
const COST_VERBS: ReadonlySet<string> = new Set(['kosten', 'kostet', 'kostete', 'kosteten', 'gekostet']);
const PRICE_LIMIT = 100_000;

/** What a lower-case word says about money metrics, before its case is looked at. */
interface WordMetric {
  /** A form of "kosten": 'price' as the verb, 'cost' as the noun. */
  costVerb: boolean;
  /** The metric of the word itself (METRIC_WORDS). */
  exact: MoneyMetric | undefined;
  /** The metric of its compound ending (METRIC_SUFFIXES), for capitalised nouns only. */
  compound: MoneyMetric | undefined;
}

const NO_METRIC: WordMetric = { costVerb: false, exact: undefined, compound: undefined };

/** Lower-case word → WordMetric, for words seen before (metricOf runs on every word around an amount). */
const wordMetrics = new WordCache<WordMetric>();

function wordMetricOf(w: string): WordMetric {
  return wordMetrics.get(w) ?? learnWordMetric(w);
}

/** The cache miss, apart so the hit path stays small where it is inlined. */
function learnWordMetric(w: string): WordMetric {
  const costVerb = COST_VERBS.has(w);
  const exact = METRIC_WORDS.get(w);
  let compound: MoneyMetric | undefined;
  if (w.length >= 7) {
    const candidates = SUFFIXES_BY_TAIL.get(w.slice(-3));
    if (candidates !== undefined) {
      for (const [suffix, metric] of candidates) {
        // (the ending alone too, when it is no word of METRIC_WORDS: "Grundpreis")
        if ((w.length > suffix.length + 2 || w === suffix) && w.endsWith(suffix)) {
          compound = metric;
          break;
        }
      }
    }
  }
  const m = !costVerb && exact === undefined && compound === undefined ? NO_METRIC : { costVerb, exact, compound };
  wordMetrics.set(w, m);
  return m;
}

/**
 * Which words can name a metric, judged without hashing them: by length (a compound is matched from seven
 * letters) and by their last two letters (those of every metric word, cost verb and compound ending).
 * metricOf runs on up to twenty words around each amount, most of them "der", "und", "wurde".
 */
const METRIC_MIN_LENGTH = Math.min(7, ...[...METRIC_WORDS.keys(), ...COST_VERBS].map((w) => w.length));
const METRIC_ENDINGS: Uint8Array | undefined = (() => {
  const table = new Uint8Array(65536);
  for (const w of [...METRIC_WORDS.keys(), ...COST_VERBS, ...METRIC_SUFFIXES.map(([suffix]) => suffix)]) {
    const key = lastPairKey(w);
    if (key < 0) return undefined; // an ending the table cannot hold: every word is looked up
    table[key] = 1;
  }
  return table;
})();

/** The last two char codes of a word as a table index, or -1 (shorter, or beyond Latin-1). */
function lastPairKey(w: string): number {
  if (w.length < 2) return -1;
  const a = w.charCodeAt(w.length - 2);
  const b = w.charCodeAt(w.length - 1);
  return a > 255 || b > 255 ? -1 : (a << 8) | b;
}

/** False when the word cannot name a metric; true when it must be looked up. */
function mayNameMetric(w: string): boolean {
  if (w.length < METRIC_MIN_LENGTH) return false;
  if (METRIC_ENDINGS === undefined) return true;
  const key = lastPairKey(w);
  return key < 0 || METRIC_ENDINGS[key] === 1;
}

/** The metric a word names: exact word, else the ending of a compound noun ("Jahresumsatz"). */
export function metricOf(t: Token): MoneyMetric | undefined {
  if (t.type !== 'word') return undefined;
  const w = t.lower;
  if (!mayNameMetric(w)) return undefined;
  const m = wordMetricOf(w);
  if (m === NO_METRIC) return undefined;
  if (m.costVerb) return t.value === w ? 'price' : 'cost'; // "kosten" the verb; "Kosten" the noun
  if (w === 'zahlen' && t.value !== w) return undefined; // "die Zahlen" are figures, not a payment
  if (m.exact !== undefined) return m.exact;
  if (m.compound === undefined) return undefined;
  if (!startsCapitalised(t.value)) return undefined; // compounds are capitalised nouns
  return m.compound;
}

/**
 * The metric of the money at tokens [first, last) in sentence [sFirst, sLast): a metric word
 * right after it ("40 Mio. Euro Umsatz"), else the nearest one before it in the sentence,
 * else one shortly after it ("… 5 Mio. Euro investiert").
 */
export function findMetric(tokens: readonly Token[], first: number, last: number, sFirst: number, sLast: number, amount: number): MoneyMetric | undefined {
  const at = nearestMetricAt(tokens, first, last, sFirst, sLast);
  if (at < 0) return perUnitPrice(tokens, last, sLast) ?? clauseVerbMetric(tokens, first, last, sFirst, sLast);
  const metric = metricOf(tokens[at]!);
  if (metric === 'price' && COST_VERBS.has(tokens[at]!.value) && Math.abs(amount) >= PRICE_LIMIT) return 'cost';
  return metric;
}

/** The token of the nearest metric word (see findMetric), or -1. An index, not an object: runs per amount. */
function nearestMetricAt(tokens: readonly Token[], first: number, last: number, sFirst: number, sLast: number): number {
  if (last < sLast && metricOf(tokens[last]!) !== undefined) return last;
  for (let j = first - 1; j >= Math.max(sFirst, first - 14); j--) {
    const t = tokens[j]!;
    if (t.value === ';') break; // the clause ends (a char test: this runs on up to 20 tokens per amount)
    if (metricOf(t) !== undefined) return j;
  }
  for (let j = last; j < Math.min(last + 6, sLast); j++) {
    const t = tokens[j]!;
    if (t.value === ',' || t.value === ';') break;
    if (metricOf(t) !== undefined) return j;
  }
  return -1;
}

/**
 * Verbs whose particle closes the clause ("setzte der Betrieb 3,8 Mio. DM um", "steuerte 850.000 Euro bei",
 * "gab 600.000 Euro dazu", "wendete … 46 Mio. Franken auf"): finite form → [particles, metric].
 */
const SEPARABLE_VERBS: ReadonlyMap<string, readonly [ReadonlySet<string>, MoneyMetric]> = (() => {
  const m = new Map<string, readonly [ReadonlySet<string>, MoneyMetric]>();
  const add = (forms: string, particles: string, metric: MoneyMetric): void => {
    const entry = [new Set(particles.split(' ')), metric] as const;
    for (const f of forms.split(' ')) m.set(f, entry);
  };
  add('setzt setzte setzten setzen', 'um', 'revenue');
  add('nimmt nahm nahmen nehmen', 'ein', 'revenue');
  add('steuert steuerte steuerten steuern', 'bei', 'funding');
  add('gibt gab gaben geben', 'dazu hinzu', 'funding');
  add('schießt schoss schossen schießen', 'zu', 'funding');
  add('wendet wendete wendeten wenden wandte wandten', 'auf', 'cost');
  return m;
})();
/** "Weitere 3,5 Mio. Euro fließen in die Berufsschule", "steckt 2 Mio. Euro in …": money put into something. */
const INTO_VERBS: ReadonlySet<string> = new Set(['fließen', 'fließt', 'floss', 'flossen', 'steckt', 'steckte', 'steckten', 'stecken']);

/** The metric a clause's verb gives the money at [first, last) when no metric word stands near it. */
function clauseVerbMetric(tokens: readonly Token[], first: number, last: number, sFirst: number, sLast: number): MoneyMetric | undefined {
  let from = first;
  while (from > sFirst && first - from < 12 && tokens[from - 1]!.value !== ',' && tokens[from - 1]!.value !== ';') from--;
  let to = last;
  while (to < sLast && to - last < 12 && tokens[to]!.value !== ',' && tokens[to]!.value !== ';' && tokens[to]!.value !== '.') to++;
  const closing = to - 1 >= last ? tokens[to - 1]! : undefined;
  let into = false;
  for (let j = from; j < to; j++) {
    const w = tokens[j]!.lower;
    const sep = j < first ? SEPARABLE_VERBS.get(w) : undefined;
    if (sep !== undefined && closing !== undefined && sep[0].has(closing.lower)) return sep[1];
    if (INTO_VERBS.has(w)) into = true;
  }
  // "… Euro in die Schule stecken", "… Euro fließen in die Schule"
  const next = tokens[last]?.lower ?? '';
  if (into && (next === 'in' || (INTO_VERBS.has(next) && tokens[last + 1]?.lower === 'in'))) return 'investment';
  // "hat Brockmeyer 680.000 DM in eine neue Fertigungshalle investiert": money into something (an accusative
  // after "in"), not a place or a time ("in der Region", "in den kommenden Jahren")
  if (next === 'in' && INTO_OPENERS.has(tokens[last + 1]?.lower ?? '')) {
    for (let j = last + 1; j <= last + 3 && j < to; j++) if (INTO_TIME_WORDS.has(tokens[j]!.lower)) return undefined;
    return 'investment';
  }
  return undefined;
}

/**
 * Words after "in" that make it a direction into something ("in eine neue Halle", "in die Sanierung"); not "den", which
 * is as often a dative plural of a place ("40 Mio. Euro in den USA").
 */
const INTO_OPENERS: ReadonlySet<string> = new Set(['die', 'das', 'eine', 'ein', 'einen', 'neue', 'zwei', 'drei', 'vier', 'fünf', 'mehrere']);
/** … unless a time follows ("in den kommenden Jahren", "in das nächste Jahr"). */
const INTO_TIME_WORDS: ReadonlySet<string> = new Set(['jahr', 'jahre', 'jahren', 'monate', 'monaten', 'wochen', 'tage', 'tagen', 'quartal', 'quartale', 'zukunft', 'kommenden', 'nächsten', 'folgenden', 'vergangenen', 'letzten', 'zeit']);

/** Units a price is given per ("32,9 Cent pro Kilowattstunde", "1,99 DM je Kilogramm"); not persons ("200 Euro je Einwohner"). */
const PRICE_UNITS: ReadonlySet<string> = new Set(['kilowattstunde', 'kwh', 'megawattstunde', 'mwh', 'kilogramm', 'kg', 'kilo', 'gramm', 'liter', 'l', 'tonne', 't', 'quadratmeter', 'qm', 'm²', 'kubikmeter', 'm³', 'stück', 'flasche', 'packung', 'kilometer', 'km', 'festmeter', 'ster', 'doppelzentner', 'dz', 'zentner', 'pfund']);

/** "… Cent pro Kilowattstunde": money followed by je/pro and a unit of measure is a price. */
function perUnitPrice(tokens: readonly Token[], last: number, sLast: number): MoneyMetric | undefined {
  const per = tokens[last];
  const unit = tokens[last + 1];
  if (per === undefined || unit === undefined || last + 1 >= sLast) return undefined;
  return (per.lower === 'je' || per.lower === 'pro') && PRICE_UNITS.has(unit.lower) ? 'price' : undefined;
}
