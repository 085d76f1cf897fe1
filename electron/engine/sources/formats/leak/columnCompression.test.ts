import { describe, expect, it } from 'vitest';
import { retailerLeak } from '../../../testing/leak/retailerLeak';
import { toDelimited } from '../../../testing/leak/toDelimited';
import { columnCompression } from './columnCompression';
import { sniffDelimited } from './sniffDelimited';

/** The compression chosen for each column of delimited `text`, by header title. */
function chosen(text: string): Record<string, string | null> {
  const shape = sniffDelimited(text);
  if (!shape) throw new Error('not delimited');
  const choice = columnCompression(text, shape);
  return Object.fromEntries(shape.titles.map((t, i) => [t, choice[i] ?? null]));
}

describe('columnCompression', () => {
  it('leaves few-valued columns to DuckDB, stores random tokens uncompressed and other many-valued text with FSST', () => {
    const leak = retailerLeak(300);
    expect(chosen(toDelimited([leak.header, ...leak.rows], ';'))).toMatchObject({
      sexe: null,
      ville: null,
      mot_de_passe: null,
      email: 'fsst',
      derniere_connexion: 'fsst',
      date_naissance: 'fsst',
      tel_chiffre: 'uncompressed',
    });
  });

  it('tells hex digests (which FSST halves) from base64 blobs, and says nothing from a short head', () => {
    const hex = (i: number) => (BigInt(i + 1) * 0x9e3779b97f4a7c15n).toString(16).padStart(16, '0').repeat(2);
    const b64 = (i: number) => Buffer.from(hex(i), 'hex').toString('base64') + Buffer.from(hex(i * 7 + 3), 'hex').toString('base64');
    const rows = (n: number) => [['digest', 'blob'], ...Array.from({ length: n }, (_, i) => [hex(i), b64(i)])];
    expect(chosen(toDelimited(rows(100), ','))).toEqual({ digest: 'fsst', blob: 'uncompressed' });
    expect(chosen(toDelimited(rows(10), ','))).toEqual({ digest: null, blob: null });
  });
});
