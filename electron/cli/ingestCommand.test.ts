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
      const badRows = Array.from({ length: 11 }, (_, i) => `2026-01-01T00:0${i % 10}:00Z,a,ten`);
      fs.writeFileSync(bad, ['timestamp,user_id,bytes_transferred', '2026-01-01T00:00:00Z,a,10', ...badRows, ''].join('\n'));

      const first = breachdesk(['ingest', '--case', caseDir, '--transfer', good], work);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toMatch(/loaded .*good\.csv: source 1 \(transfer, transfer-csv\), 2 rows, 0 rejected, sha256 [0-9a-f]{64}/);

      const refused = breachdesk(['ingest', '--case', caseDir, '--transfer', bad], work);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('11 of 12 rows are malformed (more than 10 allowed');
      expect(refused.stderr).toContain('--max-reject-share 1');
      expect(refused.stderr).toContain('bad.csv line 3: expected a whole number of bytes in column bytes_transferred, got a 3-character value of letters');
      expect(await counts(caseDir, work)).toEqual({ sources: 1, rows: 2 });

      const forced = breachdesk(['ingest', '--case', caseDir, '--transfer', bad, '--max-reject-share', '1'], work);
      expect(forced.status, forced.stderr).toBe(0);
      expect(forced.stdout).toContain('1 rows, 11 rejected');
      expect(await counts(caseDir, work)).toEqual({ sources: 2, rows: 3 });

      const again = breachdesk(['ingest', '--case', caseDir, '--transfer', good], work);
      expect(again.status, again.stderr).toBe(0);
      expect(await counts(caseDir, work)).toEqual({ sources: 3, rows: 5 });

      const removed = breachdesk(['remove', '--case', caseDir, '--source', '3', '--reason', 'forced by mistake'], work);
      expect(removed.status, removed.stderr).toBe(0);
      expect(removed.stdout).toContain('removed source 3 (transfer, ');
      expect(await counts(caseDir, work)).toEqual({ sources: 2, rows: 4 });
      const gone = breachdesk(['remove', '--case', caseDir, '--source', '3', '--reason', 'again'], work);
      expect(gone.status).toBe(2);
      expect(gone.stderr).toContain('No source 3 in this case.');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('loads a small file with one odd line (the floor of 10 rejects), and analyze takes the same options and exit codes', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-cli-'));
    try {
      fs.mkdirSync(path.join(work, 'evidence'));
      const small = path.join(work, 'evidence', 'small.csv');
      const good = Array.from({ length: 12 }, (_, i) => `2026-01-01T0${i % 10}:00:00Z,u${i},10`);
      fs.writeFileSync(small, ['timestamp,user_id,bytes_transferred', ...good, '2026-01-01T00:00:00Z,x,ten', '2026-01-01T00:00:00Z,y,-', ''].join('\n'));
      const loaded = breachdesk(['ingest', '--case', path.join(work, 'c1'), '--transfer', small], work);
      expect(loaded.status, loaded.stderr).toBe(0);
      expect(loaded.stdout).toContain('12 rows, 2 rejected');

      const strict = breachdesk(['analyze', '--case', path.join(work, 'c2'), '--transfer', small, '--max-reject-share', '0', '--out', path.join(work, 'out')], work);
      expect(strict.status).toBe(2);
      expect(strict.stderr).toContain('2 of 14 rows are malformed');
      expect(strict.stdout).toContain('1 input(s) refused');

      const forced = breachdesk(['analyze', '--case', path.join(work, 'c3'), '--transfer', small, '--format', 'no-such-format', '--out', path.join(work, 'out3')], work);
      expect(forced.status).toBe(2);
      expect(forced.stderr).toContain('unknown transfer format "no-such-format"');

      const wrong = breachdesk(['analyze', '--case', path.join(work, 'c4'), '--transfer', small, '--max-reject-share', 'lots', '--out', path.join(work, 'out4')], work);
      expect(wrong.status).toBe(64);
      expect(wrong.stderr).toContain('--max-reject-share must be a share between 0 and 1');

      const help = breachdesk(['--help'], work);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/--max-reject-share S[\s\S]*Exit codes \(every command\)[\s\S]*64 the command line is wrong/);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('maps a CSV from the command line, by FIELD=COLUMN pairs or a preset', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-cli-'));
    try {
      const vpn = path.join(work, 'vpn.csv');
      fs.writeFileSync(vpn, 'When,Who,From,Outcome\n2024-01-09 10:00:00,alice,198.51.100.4,OK\n2024-01-09 10:01:00,bob,198.51.100.5,bad password\n');
      const pairs = breachdesk(['ingest', '--case', path.join(work, 'c1'), '--signin', vpn, '--map', 'ts=When,user=Who,ip=From,result=Outcome'], work);
      expect(pairs.status, pairs.stderr).toBe(0);
      expect(pairs.stdout).toContain('(signin, mapped-csv-signin), 2 rows, 0 rejected');
      const unknown = breachdesk(['ingest', '--case', path.join(work, 'c2'), '--signin', vpn, '--map', 'when=When'], work);
      expect(unknown.status).toBe(64);
      expect(unknown.stderr).toContain('--map: unknown field "when"');
      const preset = breachdesk(['ingest', '--case', path.join(work, 'c3'), '--signin', vpn, '--map', 'sentinel-cloudtrail-consolelogin'], work);
      expect(preset.status).toBe(2);
      expect(preset.stderr).toContain('option where must be Column=Value with a column of the file');
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
