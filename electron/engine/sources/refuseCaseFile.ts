import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../shared/userError';

/** True when `p` is `dir` or lies under it. */
function within(p: string, dir: string): boolean {
  return p === dir || p.startsWith(dir + path.sep);
}

/** Resolves symlinks where the path exists, so a link and its target are judged alike. */
function real(p: string): string {
  return fs.existsSync(p) ? fs.realpathSync(p) : p;
}

/**
 * Refuses an input that is (or, through any symlink, resolves to) a file of the case folder: evidence is loaded from
 * where the analyst keeps it, never from the case itself, whose files the engine rewrites.
 */
export function refuseCaseFile(file: string, caseDir: string): void {
  if (within(path.resolve(file), path.resolve(caseDir)) || within(real(file), real(caseDir))) {
    throw new UserError('forbidden', `${file} is inside the case folder; evidence is loaded from where the analyst keeps it, never from the case itself.`);
  }
}
