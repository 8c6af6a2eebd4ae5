import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokens.js';

const values = (text: string) => tokenize(text).map((t) => t.value);
const typed = (text: string) => tokenize(text).map((t) => `${t.value}:${t.type}${t.abbreviation === true ? ':abbr' : ''}`);

describe('tokens: German layer over wink', () => {
  it('joins abbreviations with their period', () => {
    expect(typed('ca. 11,5 Mio. Euro, Nr. 5, z. B. Tsd. Mrd.')).toEqual([
      'ca.:word:abbr', '11,5:number', 'Mio.:word:abbr', 'Euro:word', ',:punct', 'Nr.:word:abbr', '5:number', ',:punct',
      'z.:word:abbr', 'B.:word:abbr', 'Tsd.:word:abbr', 'Mrd.:word:abbr',
    ]);
  });
  it('keeps a sentence-final period apart from an ordinary word', () => {
    expect(values('Das ist gut. Dann')).toEqual(['Das', 'ist', 'gut', '.', 'Dann']);
  });
  it('marks ordinals before months, period nouns and lower-case words', () => {
    expect(typed('16. März 2017 im 3. Quartal am 2. nächsten Tag')).toEqual([
      '16.:ordinal', 'März:word', '2017:number', 'im:word', '3.:ordinal', 'Quartal:word', 'am:word', '2.:ordinal', 'nächsten:word', 'Tag:word',
    ]);
  });
  it('does not make an ordinal of a number ending a sentence', () => {
    expect(typed('Es waren 16. Dann kam')).toEqual(['Es:word', 'waren:word', '16:number', '.:punct', 'Dann:word', 'kam:word']);
  });
  it('makes ordinals of a range of days, not of a Swiss price with a dash for the cents', () => {
    expect(typed('1.–3. Juni')).toEqual(['1.:ordinal', '–:punct', '3.:ordinal', 'Juni:word']);
    expect(typed('10. – 12. Juni')).toEqual(['10.:ordinal', '–:punct', '12.:ordinal', 'Juni:word']);
    expect(typed('CHF 850.– statt')).toEqual(['CHF:word', '850:number', '.:punct', '–:punct', 'statt:word']);
  });
  it("joins Swiss 2'500 and 2’500 and spaced thousands", () => {
    expect(values("2'500 und 2’500 und 1 234 567 Franken")).toEqual(["2'500", 'und', '2’500', 'und', '1 234 567', 'Franken']);
  });
  it('gives joined tokens the lower-case form toLowerCase would give (built without it)', () => {
    const text = "„Ca. 11,5 MIO. Euro“ ca. 2'500 und 1 234 567 am 16. März, Nr. 5";
    for (const t of tokenize(text)) expect(t.lower, t.value).toBe(t.value.toLowerCase());
    expect(tokenize(text).filter((t) => t.abbreviation).map((t) => t.lower)).toEqual(['ca.', 'mio.', 'ca.', 'nr.']);
  });
  it('does not join a year and a count', () => {
    expect(values('2017 200 Mitarbeiter')).toEqual(['2017', '200', 'Mitarbeiter']);
  });
  it('keeps German decimal and thousands forms whole', () => {
    expect(values('920.000 1.234.567 2.500,50 16.03.2017 16:53')).toEqual(['920.000', '1.234.567', '2.500,50', '16.03.2017', '16:53']);
  });
  it('gives offsets that slice back to the value, with line breaks counted', () => {
    const text = 'Lemgo –\n\nDie „krz“ GmbH\r\nx';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    const die = tokens.find((t) => t.value === 'Die')!;
    expect(die.newlineBefore).toBe(true);
    expect(die.breaks).toBe(2);
  });
  it('survives hostile characters with offsets intact', () => {
    const text = 'a\u0000b \uD800 x\u200Fy 😀 can\'t';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.value);
  });
});
