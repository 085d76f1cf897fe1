import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { chunkDecoder } from './chunkDecoder';
import type { LeakEncoding } from './detectEncoding';
import { privateDirMode, privateFileMode } from '../../../db/makePrivate';

/**
 * Streams `file` (inflating gzip when asked) through a decoder into a UTF-8 copy at `out`, never
 * holding the file in memory and never touching the input. Line structure is kept, so line numbers hold.
 */
export async function transcodeToUtf8(file: string, encoding: LeakEncoding, gzip: boolean, out: string): Promise<void> {
  fs.mkdirSync(path.dirname(out), { recursive: true, mode: privateDirMode });
  const decoder = chunkDecoder(encoding);
  let first = true;
  const decode = new Transform({
    transform(chunk: Buffer, _enc, done) {
      let text = decoder.write(chunk);
      if (first && text.length > 0) {
        text = text.replace(/^\uFEFF/, '');
        first = false;
      }
      done(null, Buffer.from(text, 'utf8'));
    },
    flush(done) {
      done(null, Buffer.from(decoder.end(), 'utf8'));
    },
  });
  const input = fs.createReadStream(file, { flags: 'r', highWaterMark: 1 << 20 });
  const output = fs.createWriteStream(out, { flags: 'wx', mode: privateFileMode });
  if (gzip) await pipeline(input, zlib.createGunzip(), decode, output);
  else await pipeline(input, decode, output);
}
