import fs from 'node:fs';
import path from 'node:path';

/** Path of a real sample log kept in the repository (see ./corpus/README.md); a missing file fails loudly. */
export function corpusFile(...parts: string[]): string {
  const file = path.resolve(__dirname, 'corpus', ...parts);
  if (!fs.existsSync(file)) throw new Error(`no such corpus file: ${path.join(...parts)}`);
  return file;
}
