import { afterEach } from 'vitest';

/** Puts BREACHDESK_INTEL_DIR back as it was after each test of the file, for tests that point it at a folder without the IP datasets. */
export function restoreIntelDirAfterEach(): void {
  const intelDir = process.env.BREACHDESK_INTEL_DIR;
  afterEach(() => {
    if (intelDir === undefined) delete process.env.BREACHDESK_INTEL_DIR;
    else process.env.BREACHDESK_INTEL_DIR = intelDir;
  });
}
