import fs from 'node:fs';
import path from 'node:path';

/** Mode of every folder the engine creates or keeps: its owner only. */
export const privateDirMode = 0o700;
/** Mode of every file the engine writes: its owner only (a case holds personal data). */
export const privateFileMode = 0o600;

/**
 * Makes a case folder and everything in it private to its owner (folders 0700, files 0600), so a case made before
 * this rule, or files a tool dropped in, are closed as soon as the case is opened. Symlinks are left alone.
 */
export function makePrivate(dir: string): void {
  fs.chmodSync(dir, privateDirMode);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) makePrivate(p);
    else if (entry.isFile()) fs.chmodSync(p, privateFileMode);
  }
}
