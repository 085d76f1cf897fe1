import fs from 'node:fs';
import path from 'node:path';
import { privateDirMode, privateFileMode } from '../db/makePrivate';

const fileName = 'recent-cases.json';
const keep = 10;

/** Reads the recently opened case folders from the per-user settings folder, newest first. */
export function readRecentCases(userDataDir: string): string[] {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(userDataDir, fileName), 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string').slice(0, keep) : [];
  } catch {
    return [];
  }
}

/** Puts a case folder at the top of the recent list. */
export function rememberCase(userDataDir: string, dir: string): void {
  const list = [dir, ...readRecentCases(userDataDir).filter((d) => d !== dir)].slice(0, keep);
  fs.mkdirSync(userDataDir, { recursive: true, mode: privateDirMode });
  fs.writeFileSync(path.join(userDataDir, fileName), JSON.stringify(list, null, 2), { mode: privateFileMode });
}
