import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../../../../shared/userError';
import { sqlIdent } from '../../../sql/sqlString';
import { isGzipFile } from '../../verifyGzip';

/** Optional progress hook and cancel signal of a line staging. */
export interface LineWatch {
  signal?: AbortSignal;
  /** Receives the share of the file read so far, 0–1. */
  onShare?(share: number): void;
}

/**
 * Streams a text file (read-only) line by line into a temp table `(ln BIGINT, line VARCHAR)` through the
 * appender, so SQL can parse it with exact 1-based line numbers; the file never sits in JS memory.
 * Invalid UTF-8 bytes become U+FFFD instead of aborting the load. A gzip-compressed file is inflated as it is read (its
 * integrity and size were checked before the load, see verifyGzip). Returns the number of lines.
 */
export async function stageLines(c: DuckDBConnection, file: string, table: string, watch: LineWatch = {}): Promise<number> {
  await c.run(`CREATE TEMP TABLE ${sqlIdent(table)} (ln BIGINT, line VARCHAR)`);
  const appender = await c.createAppender(table, 'main', 'temp');
  const input = fs.createReadStream(file, { flags: 'r', highWaterMark: 1 << 20 });
  const total = fs.statSync(file).size || 1;
  const rl = readline.createInterface({ input: isGzipFile(file) ? input.pipe(zlib.createGunzip()) : input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of rl) {
      n++;
      if ((n & 0x3fff) === 0) {
        if (watch.signal?.aborted) throw new UserError('bad_input', `${path.basename(file)}: cancelled by the analyst.`);
        watch.onShare?.(input.bytesRead / total);
      }
      appender.appendBigInt(BigInt(n));
      appender.appendVarchar(n === 1 ? text.replace(/^\uFEFF/, '') : text);
      appender.endRow();
    }
  } finally {
    rl.close();
    appender.closeSync();
  }
  return n;
}
