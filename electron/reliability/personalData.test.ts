import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMethods, type ApiMethod } from '../../shared/api';
import type { Result } from '../../shared/result';
import { analyzeCase } from '../engine/findings/analyzeCase';
import { dispatch } from '../engine/dispatch';
import { createEngine } from '../engine/createEngine';
import { openPersonalScenario, rejectedValue, secretsIn, staff, type PersonalScenario } from '../engine/testing/privacy/personalScenario';
import { sampleArgs, type SweepContext } from '../engine/testing/privacy/sampleArgs';
import { sweepContextOf, sweepEveryMethod } from '../engine/testing/privacy/sweepEveryMethod';
import { revealingApi } from '../engine/privacy/revealingApi';
import { sqlOn } from '../engine/testing/sqlOn';
import { planted } from '../engine/testing/planted/plantedScenario';

let s: PersonalScenario;
beforeAll(async () => {
  s = await openPersonalScenario();
}, 120_000);
afterAll(() => s.close());

/** The context the samples draw on, read through the masked Api as any caller would, with a bulk export of the staff member to drill into. */
async function sweepContext(): Promise<SweepContext> {
  const extra = path.join(s.work, 'evidence', 'extra.csv');
  fs.writeFileSync(extra, 'timestamp,user_id,bytes_transferred\n2024-03-05T10:00:00Z,svc-backup,100\n');
  return sweepContextOf(s, s.engine.api, { ingest: extra, dismissAccount: planted.bruteUser, pickBulk: (f) => f.evidence.user !== null && String(f.users[0]).startsWith('s***') });
}

describe('no personal value leaves the engine without a reveal', () => {
  it('every Api method, called with valid arguments and no reveal, answers without any leaked e-mail, name, staff or customer IP, or the key', async () => {
    const x = await sweepContext();
    expect(x.userToken).toMatch(/#[0-9a-f]{6}$/);
    expect(x.staffToken).toMatch(/^s\*\*\*@c\*\*\*\.example#[0-9a-f]{6}$/);
    const missing = apiMethods.filter((m) => !Object.hasOwn(sampleArgs, m));
    expect(missing, 'methods without sample arguments').toEqual([]);
    const called = await sweepEveryMethod(x, s.engine.api, async (method, arg) => {
      const r: Result<unknown> = await dispatch(s.engine.api, method, arg);
      expect(secretsIn(JSON.stringify(r), s.secrets), `${method} ${JSON.stringify(arg)}`).toEqual([]);
      const file = (arg as { outPath?: string }).outPath;
      if (file) expect(secretsIn(fs.readFileSync(file, 'utf8'), s.secrets), `${method} wrote ${file}`).toEqual([]);
      const dir = (arg as { outDir?: string }).outDir;
      for (const f of dir ? fs.readdirSync(dir) : []) expect(secretsIn(fs.readFileSync(path.join(dir as string, f), 'utf8'), s.secrets), `${method} wrote ${f}`).toEqual([]);
      return r;
    });
    expect(new Set(called)).toEqual(new Set(apiMethods.filter((m): m is ApiMethod => typeof sampleArgs[m] === 'function')));
    expect(called.length).toBeGreaterThan(apiMethods.length * 3);
  }, 300_000);

  it('the sweep can fail: the same reads through the clear in-process service hold the secrets', async () => {
    const clear = JSON.stringify([await s.engine.service.listFindings({ limit: 1000 }), await s.engine.service.topAccounts({ limit: 1000 }), await s.engine.service.tablePage({ table: `leak_${s.leak.id}`, limit: 500 }), await s.engine.service.listRejects({ sourceId: s.rejectsSourceId })]);
    expect(secretsIn(clear, s.secrets)).toEqual(expect.arrayContaining([staff.user, staff.ip, s.secrets[0], 'Müller', rejectedValue]));
  });

  it('analyze writes masked findings, and clear ones only with --include-personal-data, which is audited', async () => {
    const inputs = [
      { kind: 'leak' as const, file: path.join(s.work, 'evidence', 'leak.csv') },
      { kind: 'signin' as const, file: path.join(s.work, 'evidence', 'SigninLogs.csv') },
      { kind: 'transfer' as const, file: path.join(s.work, 'evidence', 'transfers.csv') },
      { kind: 'transfer' as const, file: s.staffLog },
    ];
    const engine = createEngine({ userDataDir: path.join(s.work, 'analyze-user'), transport: 'http' });
    try {
      const masked = await analyzeCase(engine.api, { caseDir: path.join(s.work, 'analyze-a'), inputs, outDir: path.join(s.work, 'analyze-out-a') });
      const sideFiles = (out: string) => fs.readdirSync(path.dirname(out)).filter((f) => f.endsWith('.csv')).map((f) => fs.readFileSync(path.join(path.dirname(out), f), 'utf8')).join('');
      const text = fs.readFileSync(masked.path, 'utf8');
      expect(secretsIn(text, s.secrets.slice(0, -1))).toEqual([]);
      expect(secretsIn(sideFiles(masked.path), s.secrets.slice(0, -1))).toEqual([]);
      expect(text).toContain('"kind": "bulk_export"');
      const clear = await analyzeCase(revealingApi(engine.api, 'analyze'), { caseDir: path.join(s.work, 'analyze-b'), inputs, outDir: path.join(s.work, 'analyze-out-b'), includePersonalData: true });
      expect(fs.readFileSync(clear.path, 'utf8')).toContain(staff.user);
      expect(sideFiles(clear.path)).toContain(staff.user);
      const audit = await sqlOn<{ detail: string }>(engine, `SELECT detail::VARCHAR AS detail FROM audit WHERE action = 'reveal_pii'`);
      expect(audit.some((a) => a.detail.includes('"view":"analyze"') && a.detail.includes('"method":"listFindings"'))).toBe(true);
    } finally {
      engine.close();
    }
  }, 300_000);
});
