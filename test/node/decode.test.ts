import { describe, expect, it } from 'vitest';
import { decode, DecodeError, repairMojibake } from '../../src/node/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** [name, bytes, expected text, expected encoding, expected warning codes] */
const CASES: [string, Uint8Array, string, string, string[]][] = [
  ['UTF-8', utf8('Lemgo, 16. März 2017 – „Gut“'), 'Lemgo, 16. März 2017 – „Gut“', 'utf-8', []],
  ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], 'März'), 'März', 'utf-8', []],
  ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, ...Buffer.from('Größe 5 €', 'utf16le')]), 'Größe 5 €', 'utf-16le', []],
  ['UTF-16BE with BOM', Uint8Array.from([0xfe, 0xff, ...Buffer.from('Größe', 'utf16le').swap16()]), 'Größe', 'utf-16be', []],
  ['UTF-16LE without BOM', Uint8Array.from(Buffer.from('Die Firma in Lemgo hat 40 Mitarbeiter.', 'utf16le')), 'Die Firma in Lemgo hat 40 Mitarbeiter.', 'utf-16le', ['utf16_without_bom']],
  ['Windows-1252 (quotes, dash, euro)', Uint8Array.from([0x84, 0x4d, 0xe4, 0x72, 0x7a, 0x93, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]), '„März“ – 5 €', 'windows-1252', ['legacy_encoding']],
  ['ISO-8859-15 (0xA4 is €)', Uint8Array.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x35, 0x20, 0xa4]), 'Größe 5 €', 'iso-8859-15', ['legacy_encoding']],
  ['ISO-8859-1', Uint8Array.from([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0xbd]), 'Größe ½', 'iso-8859-1', ['legacy_encoding']],
  ['UTF-8 mixed with a Windows-1252 byte', bytes('März ', [0xfc], 'ber'), 'März über', 'utf-8+windows-1252', ['mixed_encoding']],
  ['UTF-8 read as Latin-1 (MÃ¤rz)', utf8('MÃ¤rz, GrÃ¶ÃŸe, â€žZitatâ€œ, 5Â\u00a0â‚¬'), 'März, Größe, „Zitat“, 5\u00a0€', 'utf-8', ['mojibake_repaired']],
  ['double mojibake', utf8('MÃƒÂ¤rz'), 'März', 'utf-8', ['mojibake_repaired']],
  ['empty', new Uint8Array(0), '', 'utf-8', []],
];

describe('decode', () => {
  for (const [name, input, text, encoding, warnings] of CASES) {
    it(name, () => {
      const d = decode(input);
      expect(d.text).toBe(text);
      expect(d.encoding).toBe(encoding);
      expect(d.warnings.map((w) => w.code)).toEqual(warnings);
    });
  }

  const BINARY: [string, Uint8Array][] = [
    ['NUL bytes', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])],
    ['control bytes', Uint8Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x41))],
  ];
  for (const [name, input] of BINARY) {
    it(`refuses binary: ${name}`, () => {
      expect(() => decode(input)).toThrow(DecodeError);
      try { decode(input); } catch (e) { expect((e as DecodeError).code).toBe('binary'); }
    });
  }
});

describe('repairMojibake leaves real German alone', () => {
  const KEEP = ['Der Fluß“ fließt', 'KÄ–Test', 'Ärger über Öl, süß', 'Â', 'Preis: 5 € (ca. ½ Mio.)', 'Ô¤'];
  for (const text of KEEP) {
    it(JSON.stringify(text), () => {
      expect(repairMojibake(text)).toEqual({ text, count: 0 });
    });
  }
  it('repairs Latin Extended letters inside a word (MiloÅ¡eviÄ‡)', () => {
    expect(repairMojibake('MiloÅ¡eviÄ‡').text).toBe('Milošević');
  });
});
