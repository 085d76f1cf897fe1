import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { privateFileMode } from '../db/makePrivate';

/** Writes bytes (private to the owner) next to the target then renames, so a crash never leaves half a report; returns size and SHA-256. */
export function writeFileAtomic(file: string, data: Buffer): { bytes: number; sha256: string } {
  const tmp = `${file}.partial-${process.pid}`;
  fs.writeFileSync(tmp, data, { flag: 'wx', mode: privateFileMode });
  fs.renameSync(tmp, file);
  return { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}
