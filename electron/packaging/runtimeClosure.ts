import fs from 'node:fs';
import path from 'node:path';

type Manifest = { name?: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };

/** Where Node would find package `name` when required from `fromDir` (nearest node_modules upward), else null. */
function findPackageDir(name: string, fromDir: string, stopAt: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === stopAt || path.dirname(dir) === dir) return null;
  }
}

/**
 * The production dependency closure of `roots` as installed under `projectDir`: every package folder
 * the externals load at run time (optional dependencies that npm did not install for this platform,
 * such as other OS's DuckDB bindings, are skipped; a missing required one is an error naming it).
 */
export function runtimeClosure(projectDir: string, roots: readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (name: string, fromDir: string, required: boolean, requiredBy: string) => {
    const dir = findPackageDir(name, fromDir, projectDir);
    if (!dir) {
      if (required) throw new Error(`${requiredBy} needs ${name}, which is not installed under ${projectDir}/node_modules: run npm ci`);
      return;
    }
    if (found.has(dir)) return;
    found.add(dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir, true, name);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) visit(dep, dir, false, name);
  };
  for (const root of roots) visit(root, projectDir, true, 'the main bundle');
  return [...found].map((dir) => path.relative(projectDir, dir).split(path.sep).join('/')).sort();
}
