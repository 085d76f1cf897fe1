import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../createEngine';
import { writeDemoTransferCsv } from '../demo/writeDemoTransferCsv';
import { planted, plantedScenario } from '../testing/planted/plantedScenario';
import { writeEntraCsv } from '../testing/logs/writeEntraCsv';
import { writeLeakCsv } from '../testing/report/writeLeakCsv';
import { sqlOn } from '../testing/sqlOn';

const cli = path.resolve(__dirname, '../../cli.cjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-analyze-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Writes the evidence once: a leak, the planted sign-ins and the demo transfers. */
function evidence(): string[] {
  const dir = path.join(work, 'evidence');
  fs.mkdirSync(dir, { recursive: true });
  const [leak, signin, transfer] = ['leak.csv', 'SigninLogs.csv', 'transfers.csv'].map((f) => path.join(dir, f)) as [string, string, string];
  writeLeakCsv(leak);
  writeEntraCsv(signin, plantedScenario());
  writeDemoTransferCsv(transfer);
  return ['--leak', leak, '--signin', signin, '--transfer', transfer];
}

describe('breachdesk analyze (CLI)', () => {
  it('writes masked findings by default, and clear ones with --include-personal-data, audited in the case', async () => {
    const inputs = evidence();
    const run = (name: string, ...extra: string[]) => {
      const r = spawnSync(process.execPath, [cli, 'analyze', '--case', path.join(work, `case-${name}`), ...inputs, '--out', path.join(work, `out-${name}`), ...extra], {
        encoding: 'utf8',
        env: { ...process.env, XDG_CONFIG_HOME: path.join(work, 'config') },
        timeout: 240_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const out = path.join(work, `out-${name}`);
      expect(fs.readdirSync(out).sort()).toEqual(['findings.baseline_flags.csv', 'findings.findings.csv', 'findings.json', 'findings.login_spikes.csv', 'findings.member_accounts.csv', 'findings.member_sources.csv', 'findings.reference_anomalies.csv']);
      return fs.readdirSync(out).map((f) => fs.readFileSync(path.join(out, f), 'utf8')).join('\n');
    };
    const masked = run('masked');
    expect(masked).toContain('"kind": "brute_force"');
    expect(masked).toContain(planted.bruteIp);
    expect(planted.leakedEmails.filter((e) => masked.includes(e))).toEqual([]);
    expect(masked).not.toContain(planted.takeoverNewIp);

    const clear = run('clear', '--include-personal-data');
    expect(clear).toContain(planted.bruteUser);
    expect(clear).toContain(planted.takeoverNewIp);
    const engine = createEngine({ userDataDir: path.join(work, 'user'), transport: 'http' });
    try {
      await engine.service.openCase({ dir: path.join(work, 'case-clear'), create: false });
      const [audited] = await sqlOn<{ n: number }>(engine, `SELECT count(*)::INTEGER AS n FROM audit WHERE action = 'reveal_pii' AND json_extract_string(detail, '$.view') = 'analyze'`);
      expect(audited?.n).toBeGreaterThan(5);
    } finally {
      engine.close();
    }
  }, 600_000);
});
