/**
 * Language by stopwords: the share of very frequent German and English function words
 * among the words. Cheap, deterministic and good enough to tell a German release from an
 * English one; a German release with one English quote stays German.
 */
import type { Language } from '../facts.js';
import type { Token } from './tokens.js';

const GERMAN = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'für', 'auf', 'sich', 'auch', 'im', 'zu', 'von', 'wird', 'werden', 'wurde', 'sind', 'bei', 'aus', 'nach', 'über', 'wir', 'sie', 'er', 'es', 'hat', 'haben', 'als', 'noch', 'wie', 'dass', 'oder', 'zum', 'zur', 'vom', 'am', 'um', 'an', 'so', 'sei', 'seit', 'unter']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'in', 'for', 'with', 'that', 'on', 'as', 'are', 'was', 'by', 'its', 'it', 'this', 'from', 'be', 'has', 'have', 'will', 'at', 'an', 'our', 'we', 'which', 'said', 'their', 'more', 'than', 'about']);
const MIN_WORDS = 8;

export function detectLanguage(tokens: readonly Token[]): Language {
  let words = 0;
  let de = 0;
  let en = 0;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    words++;
    if (GERMAN.has(t.lower)) de++;
    if (ENGLISH.has(t.lower)) en++;
  }
  if (words < MIN_WORDS) return de > en && de >= 2 ? 'de' : 'und';
  if (de >= en && de / words >= 0.05) return 'de';
  if (en > de && en / words >= 0.05) return 'en';
  return 'und';
}
