import { cp1252Chars } from '../../sources/formats/leak/cp1252';

/** The encodings leak fixtures are written in. */
export type FixtureEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const cp1252 = new Map(cp1252Chars.map((ch, i) => [ch, i]));

/** Encodes text as a file in the given encoding, with the BOM where that encoding carries one. */
export function encodeText(text: string, encoding: FixtureEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
    }
    case 'windows-1252':
      return Buffer.from([...text].map((ch) => cp1252.get(ch) ?? 0x3f));
  }
}
