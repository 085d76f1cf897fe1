import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** What must not change about an evidence file: its bytes (SHA-256), size, inode and modification/change times. */
export interface FileIdentity {
  sha256: string;
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** Reads a file's identity; ctime moves on any write, truncate, chmod or rename, so it catches what mtime would miss. */
export function fileIdentity(file: string): FileIdentity {
  const st = fs.statSync(file);
  return {
    sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    size: st.size,
    ino: st.ino,
    mtimeMs: st.mtimeMs,
    ctimeMs: st.ctimeMs,
  };
}
