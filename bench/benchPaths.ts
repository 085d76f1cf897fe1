import path from 'node:path';

/** Where the bench keeps generated inputs, cases and custom runs' results (gitignored). */
export const cacheDir = path.resolve(__dirname, '..', '.bench-cache');

/** A scratch folder for one step's case or database, recreated by the step that owns it. */
export function workDir(name: string): string {
  return path.join(cacheDir, 'work', name);
}

/** The results table of a whole profile's run (committed, shown by docs/performance.md), or of a custom run (not committed). */
export function resultsFile(profile: string, custom: boolean): string {
  return custom ? path.join(cacheDir, 'results.md') : path.resolve(__dirname, '..', 'docs', 'bench-results', `${profile}.md`);
}
