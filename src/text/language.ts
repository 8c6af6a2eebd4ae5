/**
 * Language by stopwords: one pass over the word tokens, counting the most frequent German
 * and English function words that the other language (and Dutch, French, Spanish, Italian)
 * does not share. Words both languages write ("in", "an", "so", "was", "will", "also",
 * "die", "war", "hat", "bin") are left out, so they count for neither.
 *
 * Decision: at least MIN_WORDS words and at least MIN_SHARE of them stopwords of one
 * language, and that language has at least DOMINANCE times the other's count; else 'und'.
 * Words inside quotation marks count only when there is too little text outside them, so a
 * German release with an English quote stays German.
 * A text whose first EARLY_WORDS words outside quotes are plainly German (EARLY_SHARE of them German
 * stopwords, next to none English) is German without reading on: a release is written in one language,
 * and an English version appended below it does not make it less German (why: this pass read every
 * token of every document, ≈ 4 % of extract()).
 * @example detectLanguage(tokenize('Die Firma hat 2016 mehr als 40 Millionen Euro Umsatz gemacht, sagte der Chef.')) // 'de'
 */
import type { Language } from '../facts.js';
import type { Token } from './tokens.js';
import { WordTable } from '../lexicon/word-starts.js';

const GERMAN = new Set([
  'der', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'eines', 'einem',
  'für', 'auf', 'sich', 'auch', 'im', 'zu', 'von', 'wird', 'werden', 'wurde', 'wurden', 'sind', 'bei', 'aus', 'nach',
  'über', 'wir', 'sie', 'er', 'es', 'haben', 'als', 'noch', 'wie', 'dass', 'daß', 'oder', 'zum', 'zur', 'vom', 'um',
  'sei', 'seit', 'unter', 'ich', 'nur', 'sowie', 'diese', 'dieser', 'dieses', 'diesem', 'durch', 'mehr', 'sehr',
  'können', 'kann', 'muss', 'soll', 'sollen', 'ihre', 'ihr', 'ihren', 'seine', 'sein', 'seinen', 'unsere', 'unser',
  'zwischen', 'gegen', 'ohne', 'schon', 'bereits', 'jedoch', 'aber', 'wenn', 'weil', 'damit', 'dabei', 'dazu',
  'jahr', 'jahren', 'prozent', 'sagte', 'sagt', 'erklärt', 'erklärte', 'heute', 'neue', 'neuen', 'die', 'hat',
  'war', 'am',
]);
const ENGLISH = new Set([
  'the', 'and', 'of', 'to', 'is', 'for', 'with', 'that', 'on', 'as', 'are', 'by', 'its', 'it', 'this', 'from', 'be',
  'has', 'have', 'at', 'our', 'we', 'which', 'said', 'says', 'their', 'more', 'than', 'about', 'were', 'been', 'not',
  'or', 'they', 'he', 'she', 'his', 'her', 'these', 'those', 'would', 'could', 'should', 'can', 'into', 'over',
  'also', 'after', 'before', 'who', 'what', 'when', 'where', 'while', 'all', 'new', 'year', 'company', 'percent',
  'million', 'billion', 'today', 'announced', 'other', 'such', 'between', 'through', 'during', 'most', 'some',
  'them', 'there', 'had', 'do', 'does', 'did', 'up', 'out', 'first', 'each',
]);
// Words both languages use often count for neither.
const AMBIGUOUS = ['in', 'so', 'was', 'will', 'also', 'an', 'rang', 'man', 'hand', 'art'];
for (const w of AMBIGUOUS) { GERMAN.delete(w); ENGLISH.delete(w); }

/** Each stopword's language (German when a word is in both lists): one look-up per word, not two. */
const STOPWORD_LANGUAGE: ReadonlyMap<string, 'de' | 'en'> = new Map<string, 'de' | 'en'>([
  ...[...ENGLISH].map((w) => [w, 'en'] as const),
  ...[...GERMAN].map((w) => [w, 'de'] as const),
]);
/**
 * The same, for the loop: a word is compared with the stopwords of its first three letters and length, never
 * hashed ("Unternehmen" finds none; "der" is found without hashing it, and about a third of the words are stopwords).
 */
const STOPWORDS = new WordTable(STOPWORD_LANGUAGE);

const MIN_WORDS = 8;
const MIN_SHARE = 0.12;
const DOMINANCE = 1.5;
const EARLY_WORDS = 60;
const EARLY_SHARE = 0.25;
/** At the early check, at most one English stopword per this many German ones. */
const EARLY_DOMINANCE = 10;

const QUOTE_MARKS = new Set(['"', '„', '“', '”', '»', '«']);

export function detectLanguage(tokens: readonly Token[]): Language {
  // counts outside quotation marks decide; inside ones only when the text is (nearly) all quote
  let inQuote = false;
  let words = 0, de = 0, en = 0;
  let qWords = 0, qDe = 0, qEn = 0;
  for (const t of tokens) {
    if (t.breaks > 1) inQuote = false;
    if (t.type === 'quote') {
      if (QUOTE_MARKS.has(t.value)) inQuote = !inQuote;
      continue;
    }
    if (t.type !== 'word') continue;
    const lang = STOPWORDS.get(t.lower);
    const isDe = lang === 'de';
    const isEn = lang === 'en';
    if (inQuote) { qWords++; if (isDe) qDe++; else if (isEn) qEn++; }
    else {
      words++;
      if (isDe) de++; else if (isEn) en++;
      if (words === EARLY_WORDS && de >= EARLY_SHARE * words && de >= EARLY_DOMINANCE * en) return 'de';
    }
  }
  if (words < MIN_WORDS) { words += qWords; de += qDe; en += qEn; }
  if (words < MIN_WORDS) return 'und';
  if (de >= MIN_SHARE * words && de >= DOMINANCE * en) return 'de';
  if (en >= MIN_SHARE * words && en >= DOMINANCE * de) return 'en';
  return 'und';
}
