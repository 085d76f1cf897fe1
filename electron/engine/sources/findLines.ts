import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';

/**
 * Streams a text file (inflated as it is read when `gzip`) and returns the 1-based numbers of the lines `match`
 * accepts, stopping after `max`. Used on the error path only, to point the analyst at rows DuckDB flagged by content.
 */
export async function findLines(file: string, match: (line: string) => boolean, max: number, gzip = false): Promise<Array<{ line: number; text: string }>> {
  const found: Array<{ line: number; text: string }> = [];
  const raw = fs.createReadStream(file, { flags: 'r' });
  const rl = readline.createInterface({ input: gzip ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  let n = 0;
  for await (const text of rl) {
    n++;
    if (match(text)) {
      found.push({ line: n, text: text.slice(0, 2000) });
      if (found.length >= max) break;
    }
  }
  rl.close();
  return found;
}
