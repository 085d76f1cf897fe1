import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../../../../shared/userError';
import { sqlIdent } from '../../../sql/sqlString';
import { isGzipFile } from '../../verifyGzip';
import { ContainerLineReader } from './container/ContainerLineReader';
import type { ContainerWrapping } from './container/ContainerWrapping';

/** Optional progress hook and cancel signal of a line staging. */
export interface LineWatch {
  signal?: AbortSignal;
  /** Receives the share of the file read so far, 0–1. */
  onShare?(share: number): void;
}

/** What stageLines read: the input's lines, and those a container wrapping skipped as the platform's or the service's own. */
export interface StagedLines {
  lines: number;
  skipped: number;
}

/**
 * Streams a text file (read-only) line by line into a temp table `(ln BIGINT, line VARCHAR)` through the
 * appender, so SQL can parse it with exact 1-based line numbers; the file never sits in JS memory.
 * Invalid UTF-8 bytes become U+FFFD instead of aborting the load. A gzip-compressed file is inflated as it is read (its
 * integrity and size were checked before the load, see verifyGzip). A container log (`wrapping`) is staged unwrapped,
 * `ln` still the input's line (ContainerLineReader).
 */
export async function stageLines(c: DuckDBConnection, file: string, table: string, watch: LineWatch = {}, wrapping: ContainerWrapping | null = null): Promise<StagedLines> {
  await c.run(`CREATE TEMP TABLE ${sqlIdent(table)} (ln BIGINT, line VARCHAR)`);
  const appender = await c.createAppender(table, 'main', 'temp');
  const input = fs.createReadStream(file, { flags: 'r', highWaterMark: 1 << 20 });
  const total = fs.statSync(file).size || 1;
  const rl = readline.createInterface({ input: isGzipFile(file) ? input.pipe(zlib.createGunzip()) : input, crlfDelay: Infinity });
  const reader = wrapping ? new ContainerLineReader(wrapping) : null;
  const append = (ln: number, line: string) => {
    appender.appendBigInt(BigInt(ln));
    appender.appendVarchar(line);
    appender.endRow();
  };
  let n = 0;
  try {
    for await (const text of rl) {
      n++;
      if ((n & 0x3fff) === 0) {
        if (watch.signal?.aborted) throw new UserError('bad_input', `${path.basename(file)}: cancelled by the analyst.`);
        watch.onShare?.(input.bytesRead / total);
      }
      const line = n === 1 ? text.replace(/^\uFEFF/, '') : text;
      if (reader) for (const u of reader.take(n, line)) append(u.ln, u.line);
      else append(n, line);
    }
    for (const u of reader?.end() ?? []) append(u.ln, u.line);
  } finally {
    rl.close();
    appender.closeSync();
  }
  return { lines: n, skipped: reader?.skipped ?? 0 };
}
