import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../../sql/queryRows';
import type { LeakSniff } from './sniffLeak';
import { transcodeToUtf8 } from './transcodeToUtf8';

/** A leak text file as DuckDB should read it: the input itself, or a UTF-8 copy inside the case's temp folder. */
export interface PreparedText {
  path: string;
  gzip: boolean;
  /** Set when the input was transcoded; says from what. */
  transcodedFrom: string | null;
  cleanup(): void;
}

/**
 * UTF-8 input (plain or gzip) is read natively by DuckDB. Other encodings are transcoded in a Node
 * stream into the case's temp folder (the only place DuckDB may read besides the inputs); the input is never written.
 */
export async function prepareText(c: DuckDBConnection, file: string, sniff: LeakSniff): Promise<PreparedText> {
  if (sniff.encoding === 'utf-8') return { path: file, gzip: sniff.gzip, transcodedFrom: null, cleanup: () => undefined };
  const { dir } = await queryOne<{ dir: string }>(c, `SELECT current_setting('temp_directory') AS dir`);
  const out = path.join(dir, `leak-${randomUUID()}.utf8.txt`);
  try {
    await transcodeToUtf8(file, sniff.encoding, sniff.gzip, out);
  } catch (e) {
    fs.rmSync(out, { force: true });
    throw e;
  }
  return { path: out, gzip: false, transcodedFrom: sniff.encoding, cleanup: () => fs.rmSync(out, { force: true }) };
}
