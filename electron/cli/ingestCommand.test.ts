import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/createEngine';

// The CLI from source (tsx), so the test checks the code as it is, not the last dist build.
const cli = ['--import', 'tsx', path.resolve(__dirname, '..', 'cli.ts')];

/** Runs the real `breachdesk` command in a child process. */
function breachdesk(args: string[], home: string) {
  return spawnSync(process.execPath, [...cli, ...args], { encoding: 'utf8', env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home }, timeout: 120_000 });
}

/** Counts sources and transfer rows of a case, opened read-back in this process. */
async function counts(caseDir: string, home: string): Promise<{ sources: number; rows: number }> {
  const engine = createEngine({ userDataDir: home, transport: 'http' });
  try {
    await engine.service.openCase({ dir: caseDir, create: false });
    const sources = await engine.service.listSources({});
    return { sources: sources.length, rows: sources.reduce((s, x) => s + x.rowsLoaded, 0) };
  } finally {
    engine.close();
  }
}

describe('breachdesk ingest', () => {
  it('refuses a malformed CSV naming file, line and expectation, leaves the case as it was, then loads a valid one', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-cli-'));
    try {
      const caseDir = path.join(work, 'case');
      const good = path.join(work, 'good.csv');
      const bad = path.join(work, 'bad.csv');
      fs.writeFileSync(good, 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,a,10\n2026-01-01T01:00:00Z,b,20\n');
      fs.writeFileSync(bad, 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,a,10\n2026-01-01T00:00:00Z,a,ten\n');

      const first = breachdesk(['ingest', '--case', caseDir, '--transfer', good], work);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/loaded .*good\.csv: source 1 \(transfer, transfer-csv\), 2 rows, 0 rejected, sha256 [0-9a-f]{64}/);

      const refused = breachdesk(['ingest', '--case', caseDir, '--transfer', bad], work);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('bad.csv line 3: expected a whole number of bytes in column bytes_transferred, got a 3-character value of letters');
      expect(await counts(caseDir, work)).toEqual({ sources: 1, rows: 2 });

      const again = breachdesk(['ingest', '--case', caseDir, '--transfer', good], work);
      expect(again.status, again.stderr).toBe(0);
      expect(await counts(caseDir, work)).toEqual({ sources: 2, rows: 4 });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
