import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { UserError } from '../../../shared/userError';

/** True when a file starts with the gzip magic bytes. */
export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Decompresses a gzip input to nowhere, so a truncated or corrupt archive is refused before any row
 * is loaded; readers that stop at the damage would otherwise load a silent prefix of the evidence.
 */
export async function verifyGzip(file: string, displayName: string, signal?: AbortSignal): Promise<void> {
  let inflated = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      inflated += chunk.length;
      done();
    },
  });
  try {
    await pipeline(fs.createReadStream(file, { flags: 'r' }), zlib.createGunzip(), sink, ...(signal ? [{ signal }] : []));
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new UserError('bad_input', `${displayName}: the gzip archive is damaged after ${inflated} decompressed bytes (${(e as Error).message}); nothing was loaded.`);
  }
}
