import fs from 'node:fs';
import readline from 'node:readline';

/**
 * Streams a text file and returns the 1-based numbers of the lines `match` accepts, stopping after
 * `max`. Used on the error path only, to point the analyst at rows DuckDB flagged by content.
 */
export async function findLines(file: string, match: (line: string) => boolean, max: number): Promise<Array<{ line: number; text: string }>> {
  const found: Array<{ line: number; text: string }> = [];
  const rl = readline.createInterface({ input: fs.createReadStream(file, { flags: 'r' }), crlfDelay: Infinity });
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
