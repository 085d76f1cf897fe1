import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScenarioCase, type ScenarioCase } from '../testing/report/scenarioCase';

// The CLI from source (tsx), so the test checks the code as it is, not the last dist build.
const cli = ['--import', 'tsx', path.resolve(__dirname, '../../cli.ts')];

describe('breachdesk report (CLI)', () => {
  let s: ScenarioCase;
  let caseDir: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [...cli, 'report', ...args], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: path.join(s.work, 'config') }, timeout: 120_000 });
  beforeAll(async () => {
    s = await openScenarioCase();
    caseDir = s.engine.ctx.caseDb?.dir as string;
    s.engine.close();
  });
  afterAll(() => s.close());

  it('writes a report, prints its version and hash, and exits 0 when the evidence is intact', () => {
    const out = path.join(s.outDir, 'cli.html');
    const r = run('--case', caseDir, '--format', 'html', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*cli\.html: report version 1, html, \d+ bytes, sha256 [0-9a-f]{64}, personal data masked/);
    expect(fs.readFileSync(out, 'utf8')).toContain('data-evidence="intact"');
  }, 150_000);

  it('exits 3 and names the changed input when the evidence no longer matches', () => {
    fs.appendFileSync(s.signins.path, '\n');
    const r = run('--case', caseDir, '--format', 'md', '--out', path.join(s.outDir, 'cli.md'));
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`EVIDENCE CHANGED: ${s.signins.path}`);
    expect(r.stderr).toContain('evidence integrity check FAILED');
    expect(fs.readFileSync(path.join(s.outDir, 'cli.md'), 'utf8')).toContain('EVIDENCE INTEGRITY FAILURE');
  }, 150_000);

  it('refuses an unknown format and missing arguments', () => {
    expect(run('--case', caseDir, '--format', 'docx', '--out', path.join(s.outDir, 'x.docx')).stderr).toMatch(/writeReport: invalid argument at format/);
    expect(run('--case', caseDir).status).toBe(64);
  }, 150_000);
});
