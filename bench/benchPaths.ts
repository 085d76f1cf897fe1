import path from 'node:path';

/** Where the bench keeps generated inputs, cases and results (gitignored). */
export const cacheDir = path.resolve(__dirname, '..', '.bench-cache');

/** A scratch folder for one step's case or database, recreated by the step that owns it. */
export function workDir(name: string): string {
  return path.join(cacheDir, 'work', name);
}

/** The JSON file the last run's results are written to. */
export const resultsFile = path.join(cacheDir, 'results.json');
