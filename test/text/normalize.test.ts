import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize.js';

/** Every character of the normalized text maps back to an input index whose slice rebuilds spans. */
function mapped(input: string, start: number, end: number): string {
  const { toInput } = normalize(input);
  if (toInput === undefined) return input.slice(start, end);
  return input.slice(toInput[start], toInput[end - 1]! + 1);
}

describe('normalize', () => {
  const cases: Array<[string, string, string]> = [
    ['soft hyphen dropped', 'Kommu\u00ADnal', 'Kommunal'],
    ['NBSP to space', '2\u00A0500', '2 500'],
    ['narrow NBSP to space', '2\u202F500', '2 500'],
    ['CRLF to LF', 'a\r\nb', 'a\nb'],
    ['lone CR to LF', 'a\rb', 'a\nb'],
    ['hyphenated line end joined', 'Kommunal-\nverwaltung', 'Kommunalverwaltung'],
    ['hyphenated line end with CRLF and spaces', 'Kommunal- \r\n  verwaltung', 'Kommunalverwaltung'],
    ['capitalised second part keeps the hyphen', 'Minden-\nLübbecke', 'Minden-Lübbecke'],
    ['dash before a line break after a space stays', 'Lemgo –\nDie', 'Lemgo –\nDie'],
    ['bidi marks and zero width dropped', 'a\u200Fb\u200Bc\uFEFF', 'abc'],
    ['NUL to space', 'a\u0000b', 'a b'],
    ['typographic quotes kept', '„Das“ »x«', '„Das“ »x«'],
  ];
  for (const [name, input, expected] of cases) {
    it(`${name}: ${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(normalize(input).text).toBe(expected);
    });
  }

  it('leaves clean text alone without a map', () => {
    const r = normalize('Lemgo, 16. März 2017');
    expect(r.text).toBe('Lemgo, 16. März 2017');
    expect(r.toInput).toBeUndefined();
  });

  it('maps spans back to the input, covering removed characters inside', () => {
    const input = 'Die Kommu\u00ADnal-\r\nverwaltung hat 2\u00A0500 Euro.';
    const { text } = normalize(input);
    const s = text.indexOf('Kommunalverwaltung');
    expect(mapped(input, s, s + 'Kommunalverwaltung'.length)).toBe('Kommu\u00ADnal-\r\nverwaltung');
    const n = text.indexOf('2 500');
    expect(mapped(input, n, n + 5)).toBe('2\u00A0500');
  });
});
