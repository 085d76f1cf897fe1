import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../createEngine';
import { insertFindingRows } from '../testing/planted/insertFindingRows';

// The CLI from source (tsx), so the test checks the code as it is, not the last dist build.
const cli = ['--import', 'tsx', path.resolve(__dirname, '../../cli.ts')];

describe('breachdesk reset-accounts (CLI)', () => {
  it('writes the masked CSV by default, the clear one only with --include-personal-data', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-reset-'));
    try {
      const caseDir = path.join(work, 'case');
      const engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
      await engine.service.openCase({ dir: caseDir, create: true });
      await insertFindingRows(engine, [{ id: 'ato-1', kind: 'account_takeover', users: ['bob@corp.example'], start: '2024-03-03T10:20:00Z', end: '2024-03-03T10:20:00Z' }]);
      engine.close();
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [...cli, 'reset-accounts', '--case', caseDir, ...args], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: path.join(work, 'config') }, timeout: 120_000 });
      const masked = run('--out', path.join(work, 'reset.csv'));
      expect(masked.stderr).toBe('');
      expect(masked.stdout).toMatch(/^wrote .*reset\.csv: 1 account to reset, \d+ bytes, sha256 [0-9a-f]{64}, account names masked/);
      expect(fs.readFileSync(path.join(work, 'reset.csv'), 'utf8')).toMatch(/\nb\*\*\*@c\*\*\*\.example#[0-9a-f]{6},reset_password_revoke_sessions/);
      const clear = run('--out', path.join(work, 'reset-clear.csv'), '--include-personal-data');
      expect(clear.stdout).toContain('CONTAINS PERSONAL DATA');
      expect(fs.readFileSync(path.join(work, 'reset-clear.csv'), 'utf8')).toContain('bob@corp.example,reset_password_revoke_sessions');
      expect(run().status).toBe(64);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 150_000);
});
