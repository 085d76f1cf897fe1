import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { UserError } from '../../../shared/userError';
import type { InflateLimit } from './inflateLimit';

/** True when a file starts with the gzip magic bytes. */
export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** True when the file at `file` is gzip-compressed (its first two bytes), for stagers that inflate what they read. */
export function isGzipFile(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const magic = Buffer.alloc(2);
    return fs.readSync(fd, magic, 0, 2, 0) === 2 && isGzip(magic);
  } finally {
    fs.closeSync(fd);
  }
}

/** Raised by the counting sink when the archive inflates past its limit. */
class InflatedTooFar extends Error {}

/**
 * Decompresses a gzip input to nowhere, so a truncated or corrupt archive is refused before any row is loaded (readers
 * that stop at the damage would otherwise load a silent prefix of the evidence), and so is one that inflates past
 * `limit` (a decompression bomb would otherwise fill the case's temp folder or DuckDB's memory). Nothing is written.
 */
export async function verifyGzip(file: string, displayName: string, limit: InflateLimit, signal?: AbortSignal): Promise<void> {
  let inflated = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      inflated += chunk.length;
      done(inflated > limit.bytes ? new InflatedTooFar() : null);
    },
  });
  try {
    await pipeline(fs.createReadStream(file, { flags: 'r' }), zlib.createGunzip(), sink, ...(signal ? [{ signal }] : []));
  } catch (e) {
    if (signal?.aborted) throw e;
    if (e instanceof InflatedTooFar) {
      throw new UserError(
        'bad_input',
        `${displayName}: decompression stopped past ${limit.bytes} bytes (${limit.basis}); an archive that inflates this much is refused as a possible ` +
          `decompression bomb, and nothing was loaded. If it is genuine evidence, raise the limit (maxInflatedBytes, --max-inflated-bytes on the command line).`,
      );
    }
    throw new UserError('bad_input', `${displayName}: the gzip archive is damaged after ${inflated} decompressed bytes (${(e as Error).message}); nothing was loaded.`);
  }
}
