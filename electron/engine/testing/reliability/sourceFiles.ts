import fs from 'node:fs';
import path from 'node:path';

/** Source files under `dirs` (relative to `root`) with one of `exts`, as repo-relative POSIX paths, skipping node_modules and builds. */
export function sourceFiles(root: string, dirs: string[], exts = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.html']): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'dist', '.vite', 'out'].includes(entry.name)) walk(child);
      } else if (exts.includes(path.extname(entry.name))) {
        out.push(child);
      }
    }
  };
  for (const d of dirs) if (fs.existsSync(path.join(root, d))) walk(d);
  return out.sort();
}
