import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = ['/usr/bin/python3', 'python3'];

/** A python3 that can import pandas (Debian's /usr/bin/python3 first), or null. */
export function pythonWithPandas(): string | null {
  for (const py of candidates) {
    if (py.startsWith('/') && !fs.existsSync(py)) continue;
    if (spawnSync(py, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0) return py;
  }
  return null;
}
