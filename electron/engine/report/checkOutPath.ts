import fs from 'node:fs';
import path from 'node:path';
import type { SourceDto } from '../../../shared/api/sourcesApi';
import { UserError } from '../../../shared/userError';
import { caseDbFile } from '../db/CaseDb';

/** The inputs an output must keep clear of: only their paths matter. */
export type InputPaths = Array<Pick<SourceDto, 'path'>>;

/** Resolves symlinks of the part of a path that exists, so two spellings of one file compare equal. */
function real(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.join(real(path.dirname(p)), path.basename(p));
  }
}

/** Refuses writing anything into `dir` when it holds an input: evidence folders stay as acquired. */
export function checkOutFolder(dir: string, sources: InputPaths): void {
  const folder = real(path.resolve(dir));
  for (const s of sources) {
    if (folder === path.dirname(real(s.path))) {
      throw new UserError('forbidden', `Refusing to write into ${folder}: it holds input ${path.basename(s.path)}, and evidence folders stay as acquired. Choose another folder.`);
    }
  }
}

/**
 * Refuses an output path that could damage evidence or the case: an input file, a file in an input's folder
 * (evidence folders stay as acquired), the case database, a folder that does not exist, or an existing file
 * unless overwriting was asked for.
 */
export function checkOutPath(outPath: string, sources: InputPaths, caseDir: string, overwrite: boolean): string {
  const out = real(path.resolve(outPath));
  const dir = path.dirname(out);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UserError('not_found', `Cannot write ${outPath}: the folder ${dir} does not exist.`);
  for (const s of sources) {
    if (out === real(s.path)) throw new UserError('forbidden', `Refusing to write over input file ${s.path}: evidence is never modified.`);
  }
  checkOutFolder(dir, sources);
  if (path.basename(out).startsWith(caseDbFile) && dir === real(caseDir)) throw new UserError('forbidden', `Refusing to write over the case database.`);
  if (fs.existsSync(out)) {
    if (!fs.statSync(out).isFile()) throw new UserError('forbidden', `Cannot write ${outPath}: it exists and is not a regular file.`);
    if (!overwrite) throw new UserError('forbidden', `${outPath} already exists; pass overwrite to replace it.`);
  }
  return out;
}
