import fs from 'node:fs';

/** Where a headless Chromium may be installed; CHROMIUM_PATH first. */
const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Chromium.app/Contents/MacOS/Chromium'];

/** The path of a local Chromium to print PDFs with, or null when none is installed. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  for (const p of fromEnv ? [fromEnv, ...candidates] : candidates) {
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      continue;
    }
  }
  return null;
}
