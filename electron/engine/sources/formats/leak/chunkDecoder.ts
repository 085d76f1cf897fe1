import { decodeCp1252 } from './cp1252';
import type { LeakEncoding } from './detectEncoding';

/** A streaming text decoder: `write` may hold back a multi-byte character split across chunks until the next one. */
export interface ChunkDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

/** A streaming decoder for a leak encoding (Windows-1252 by table, the rest by TextDecoder). */
export function chunkDecoder(encoding: LeakEncoding): ChunkDecoder {
  if (encoding === 'windows-1252') return { write: decodeCp1252, end: () => '' };
  const decoder = new TextDecoder(encoding);
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}
