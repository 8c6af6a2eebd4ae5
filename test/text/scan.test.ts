import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { lowerCaseWhole, scan, MAX_TOKEN } from '../../src/text/scan.js';
import { germanLayer, tokenize, type Token } from '../../src/text/tokens.js';
import { normalize } from '../../src/text/normalize.js';
import { winkRawTokens } from './wink-raw.js';

const ROOT = resolve(import.meta.dirname, '../..');
const values = (text: string) => tokenize(text).map((t) => t.value);
const typed = (text: string) => tokenize(text).map((t) => `${t.value}:${t.type}${t.abbreviation === true ? ':abbr' : ''}`);

/**
 * Where the scanner means to differ from wink-nlp's English tokenizer (value as wink gave it →
 * as the scanner gives it). The agreement test accepts a difference only when the wink
 * token and the scanner's token at that offset are listed here.
 * - wink split words at letters outside its alphabet: "Wroc" "ł" "aw", "Y" "ı" "lmaz" → one word;
 * - wink split English "cannot" into "can" "not" → one word;
 * - wink read ":3" as an emoticon in "…:30:00" → numbers stay numbers;
 * - wink kept "@fb"/"#tag" whole (mentions, hashtags) → "@" "fb";
 * - wink joined "a...b" as "a." ".." "b", "www.krz.de." oddities, "https://x.de/a.html)." with the
 *   closing bracket and period → the URL ends before trailing punctuation.
 */
const INTENDED: ReadonlyArray<readonly [string, string]> = [
  ['Wroc', 'Wrocław'], ['Y', 'Yılmaz'], ['can', 'cannot'],
];

function key(t: Token): string {
  return `${t.value}|${t.type}|${t.start}|${t.end}|${t.spaceBefore}|${t.newlineBefore}|${t.breaks}|${t.abbreviation === true}|${t.joined === true}`;
}

/** Token differences between the two tokenizations, as [wink value, scanner value] at a shared start. */
function differences(text: string): Array<[string, string]> {
  const a = germanLayer(text, winkRawTokens(text));
  const b = germanLayer(text, scan(text));
  const byStart = new Map(b.map((t) => [t.start, t]));
  const covered = new Set<number>();
  const out: Array<[string, string]> = [];
  for (const t of a) {
    const u = byStart.get(t.start);
    if (u !== undefined && key(u) === key(t)) continue;
    // inside a longer scanner token that is an intended join: not a difference of its own
    if (u === undefined && [...covered].some((s) => s < t.start && byStart.get(s)!.end >= t.end)) continue;
    out.push([t.value, u?.value ?? '']);
    if (u !== undefined) covered.add(u.start);
  }
  return out;
}

const FILES = [
  ...globSync('fixtures/**/*.txt', { cwd: ROOT, absolute: true }),
  ...globSync('/work/shared/seeds/*.txt', { absolute: true }),
];

describe('scan: agreement with wink-nlp tokens under the German layer', () => {
  it('has documents to compare', () => {
    expect(FILES.length).toBeGreaterThan(10);
  });
  for (const file of FILES) {
    it(`${file.replace(ROOT + '/', '')}`, () => {
      const { text } = normalize(readFileSync(file, 'utf8'));
      const diff = differences(text).filter(([w, s]) => !INTENDED.some(([a, b]) => a === w && b === s));
      expect(diff).toEqual([]);
    });
  }
});

describe('scan: forms', () => {
  const cases: Array<[string, string[]]> = [
    ['Q1 H1 B2B x2 A4-Blatt Covid-19', ['Q1', 'H1', 'B2B', 'x2', 'A4-Blatt', 'Covid-19']],
    ['Müller-Lüdenscheidt US-Dollar', ['Müller', '-', 'Lüdenscheidt', 'US', '-', 'Dollar']],
    ['E-Mail e-mail Bio-Markt Anti-Korruption', ['E-Mail', 'e-mail', 'Bio-Markt', 'Anti-Korruption']],
    ['O’Reilly Otto’s geht\'s', ['O’Reilly', 'Otto', '’s', 'geht', "'s"]],
    ['z.B. u.a. U.S. e.V. U.S.A. z. B. S.5', ['z.B.', 'u.a.', 'U.S.', 'e.V.', 'U.S.A.', 'z.', 'B.', 'S.', '5']],
    ['Dr. Prof. Co. Inc. Jan. Sept. ca. Mio.', ['Dr.', 'Prof.', 'Co.', 'Inc.', 'Jan.', 'Sept.', 'ca.', 'Mio.']],
    ['GmbH. Dipl.-Ing.', ['GmbH', '.', 'Dipl.', '-', 'Ing.']],
    ['11,5 2.500,50 920.000 1.234.567 16.03.2017 16.3.17 16:53 2019/20 252-0 11.5 0033',
      ['11,5', '2.500,50', '920.000', '1.234.567', '16.03.2017', '16.3.17', '16:53', '2019/20', '252-0', '11.5', '0033']],
    ['Das waren 16. Und 3, dann', ['Das', 'waren', '16', '.', 'Und', '3', ',', 'dann']],
    ['-3 +5 2.-3. a-3 20er 3D 1,5-fach', ['-3', '+5', '2', '.', '-3', '.', 'a-3', '20', 'er', '3', 'D', '1,5', '-', 'fach']],
    ["2'500 € $ £ % & + §", ["2'500", '€', '$', '£', '%', '&', '+', '§']],
    [', . ; : ( ) – — - / … ... --', [',', '.', ';', ':', '(', ')', '–', '—', '-', '/', '…', '...', '--']],
    ['„a“ ”b” "c" ‚d‘ ’e’ »f« ›g‹ \'h\'', ['„', 'a', '“', '”', 'b', '”', '"', 'c', '"', '‚', 'd', '‘', '’', 'e', '’', '»', 'f', '«', '›', 'g', '‹', "'", 'h', "'"]],
    ['(info@krz.de) max.muster@krz-it.de. Mail:a@b.de', ['(', 'info@krz.de', ')', 'max.muster@krz-it.de', '.', 'Mail', ':', 'a@b.de']],
    ['(https://www.krz.de/presse?a=1). www.krz.de', ['(', 'https://www.krz.de/presse?a=1', ')', '.', 'www', '.', 'krz', '.', 'de']],
    ['Wrocław Yılmaz Ærø naïve', ['Wrocław', 'Yılmaz', 'Ærø', 'naïve']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(values(text)).toEqual(expected));
  }
  it('types the tokens as the German layer expects', () => {
    expect(typed('ca. 11,5 Mio. € „x“ – 16. März -3 %')).toEqual([
      'ca.:word:abbr', '11,5:number', 'Mio.:word:abbr', '€:symbol', '„:quote', 'x:word', '“:quote', '–:punct',
      '16.:ordinal', 'März:word', '-3:number', '%:punct', // "%" is Unicode punctuation (Po), as before
    ]);
  });
  it('counts line breaks and spaces, and treats NBSP and other Unicode spaces as space', () => {
    const t = tokenize('a\n\n b\u00a0c\u2009d\te');
    expect(t.map((x) => [x.value, x.spaceBefore, x.breaks])).toEqual([['a', false, 0], ['b', true, 2], ['c', true, 0], ['d', true, 0], ['e', true, 0]]);
  });
});

describe('scan: hostile inputs slice back exactly', () => {
  const hostile: Array<[string, string]> = [
    ['NUL', 'a\u0000b\u0000\u0000 c'],
    ['lone surrogates', 'x\uD800y \uDC00z\uD83D'],
    ['10 000 quote marks', '„'.repeat(5000) + '"'.repeat(5000)],
    ['emoji', 'Gut 😀👍🏽 sagte 👨‍👩‍👧 er'],
    ['RTL marks', 'a\u200Fb \u202Ec\u202C \u200E'],
    ['long word', 'x'.repeat(5000) + ' ' + '7'.repeat(3000)],
    ['long compound', Array.from({ length: 2000 }, (_, i) => `Teil${i % 2 === 0 ? '' : 'x'}`).join('-')],
    ['astral letters', '𝐀𝐁𝐂 𠀀𠀁 ok'],
  ];
  for (const [name, text] of hostile) {
    it(name, () => {
      const tokens = tokenize(text);
      let covered = 0;
      let last = 0;
      for (const t of tokens) {
        expect(text.slice(t.start, t.end)).toBe(t.value);
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.end - t.start).toBeLessThanOrEqual(MAX_TOKEN + 1);
        covered += t.end - t.start;
        last = t.end;
      }
      // every non-space character is in some token
      expect(covered).toBe(text.replace(/\s/gu, '').length);
    });
  }
  it('keeps lone surrogates, NUL and emoji as tokens of their own', () => {
    expect(values('a\u0000b\uD800c 😀d')).toEqual(['a', '\u0000', 'b', '\uD800', 'c', '😀', 'd']);
  });
});

describe('lower-case forms', () => {
  // the scanner lower-cases the whole text once when that is safe (lowerCaseWhole); each token's
  // lower-case form must still be the token's own toLowerCase()
  const texts = [
    'Die KRZ GmbH „Lemgo“ – ÄÖÜ ẞ Straße',
    'İstanbul und die İSTANBUL-Messe', // "İ" lower-cases to two code units
    'ΟΔΟΣ ΑΘΗΝΑΣ, ΣΟΦΙΑ und ΟΔΟΣ-Test', // a final "Σ" depends on what follows it
    'Ǆemal ǅ ǆ ΣΑΣ\u0301 x ΑΣ.Β ΑΣ:Β',
  ];
  for (const text of texts) {
    it(JSON.stringify(text.slice(0, 20)), () => {
      const tokens = scan(text);
      expect(tokens.length).toBeGreaterThan(3);
      for (const t of tokens) expect(t.lower).toBe(t.value.toLowerCase());
    });
  }
  it('lowerCaseWhole leaves texts whose lower-casing depends on context to the tokens', () => {
    expect(lowerCaseWhole('Die GmbH')).toBe('die gmbh');
    expect(lowerCaseWhole('İstanbul')).toBeUndefined();
    expect(lowerCaseWhole('ΟΔΟΣ')).toBeUndefined();
  });
});
