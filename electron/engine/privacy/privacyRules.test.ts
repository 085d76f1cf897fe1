import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../createEngine';
import { homeIp, natIp, planted } from '../testing/planted/plantedScenario';
import { sqlOn } from '../testing/sqlOn';
import { openPersonalScenario, staff, type PersonalScenario } from '../testing/privacy/personalScenario';

const token = /#[0-9a-f]{6}$/;
let s: PersonalScenario;
beforeAll(async () => {
  s = await openPersonalScenario();
}, 120_000);
afterAll(() => s.close());

/** The reveal entries of the audit trail, parsed. */
async function reveals(): Promise<Array<{ view: string; method: string; arg: Record<string, unknown>; shown: { values: number; pseudonyms: string[] } }>> {
  const rows = await sqlOn<{ detail: string }>(s.engine, `SELECT detail::VARCHAR AS detail FROM audit WHERE action = 'reveal_pii' ORDER BY at_ts`);
  return rows.map((r) => JSON.parse(r.detail) as Awaited<ReturnType<typeof reveals>>[number]);
}

describe('attack sources in clear, every other IP masked', () => {
  it('in Api results: attackers clear, the staff export source, the takeover address and the NAT masked', async () => {
    const api = s.engine.api;
    const sources = (await api.topSources({ limit: 1000 })).map((r) => r.ip);
    expect(sources).toEqual(expect.arrayContaining([planted.bruteIp, planted.sprayIp, planted.stuffIp]));
    expect(sources.filter((ip) => ip?.startsWith('192.0.'))).toEqual([expect.stringMatching(/^192\.0\.\*\.\*#[0-9a-f]{6}$/)]);
    const findings = (await api.listFindings({ limit: 1000 })).rows;
    const bulk = findings.find((f) => f.kind === 'bulk_export' && f.users[0]?.startsWith('s***'));
    expect(bulk?.ips).toEqual([expect.stringMatching(/^10\.9\.\*\.\*#[0-9a-f]{6}$/)]);
    expect(bulk?.summary).toMatch(/^s\*\*\*@c\*\*\*\.example#[0-9a-f]{6} moved/);
    const takeover = findings.find((f) => f.kind === 'account_takeover' && f.ips.some((ip) => ip.startsWith('45.0.*.*')));
    expect(takeover?.summary).not.toContain(planted.takeoverNewIp);
    expect(findings.find((f) => f.kind === 'brute_force')?.ips).toEqual([planted.bruteIp]);
  });

  it('in the html, csv, json and md reports without personal data', async () => {
    for (const format of ['html', 'csv', 'json', 'md'] as const) {
      const out = await s.engine.api.writeReport({ format, outPath: path.join(s.outDir, `sources.${format}`) });
      const text = fs.readFileSync(out.outPath, 'utf8').replaceAll('\\*', '*');
      expect(text, format).toContain(planted.bruteIp);
      expect(text, format).not.toContain(staff.ip);
      expect(text, format).toMatch(/10\.9\.\*\.\*#[0-9a-f]{6}/);
      expect(text, format).not.toContain(planted.takeoverNewIp);
    }
  });

  it('follows the analyst: dismissing an attack finding masks its sources again', async () => {
    const brute = (await s.engine.service.listFindings({ kind: 'brute_force' })).rows[0];
    expect(brute).toBeDefined();
    await s.engine.api.updateFinding({ id: brute?.id ?? '', status: 'dismissed' });
    expect((await s.engine.api.topSources({ limit: 1000 })).map((r) => r.ip)).not.toContain(planted.bruteIp);
    await s.engine.api.updateFinding({ id: brute?.id ?? '', status: 'new' });
    expect((await s.engine.api.topSources({ limit: 1000 })).map((r) => r.ip)).toContain(planted.bruteIp);
  });
});

describe('pseudonyms keep values apart and lead back to them', () => {
  it('the same value reads alike in every method, neighbours in one domain or /16 differ, and a drill-down accepts the pseudonym', async () => {
    const api = s.engine.api;
    const accounts = await api.topAccounts({ limit: 1000 });
    const users = accounts.map((a) => a.user ?? '');
    expect(users.every((u) => token.test(u))).toBe(true);
    expect(new Set(users).size).toBe(users.length);
    const brute = (await api.listFindings({ kind: 'brute_force' })).rows[0]?.users[0] ?? '';
    expect(users).toContain(brute);
    const events = await api.signinEvents({ user: brute, limit: 5 });
    expect(events.rows.map((e) => e.user)).toEqual(events.rows.map(() => brute));
    expect(events.total).toBe((await s.engine.service.signinEvents({ user: planted.bruteUser, limit: 1 })).total);
    const homes = (await api.tablePage({ table: 'signin', limit: 500 })).rows.flat().filter((v): v is string => v?.startsWith('198.18.') ?? false);
    expect(new Set(homes).size).toBeGreaterThan(10);
    await expect(api.signinEvents({ user: 'x***@y***.example#000000' })).rejects.toThrow(/not one this case showed/);
  });

  it('keeps the key in the case (never in an answer), so pseudonyms survive a reopen', async () => {
    const before = (await s.engine.api.topAccounts({ limit: 3 })).map((a) => a.user);
    const caseDir = path.join(s.work, 'case');
    const other = createEngine({ userDataDir: path.join(s.work, 'reopen-user'), transport: 'http' });
    s.engine.close();
    try {
      await other.api.openCase({ dir: caseDir, create: false });
      expect((await other.api.topAccounts({ limit: 3 })).map((a) => a.user)).toEqual(before);
      expect((await other.api.listTables({})).map((t) => t.name).filter((n) => /key|privacy/.test(n))).toEqual([]);
    } finally {
      other.close();
      await s.engine.service.openCase({ dir: caseDir, create: false });
    }
  });
});

describe('filters never answer about masked content', () => {
  it('refuses eq and contains on a masked or free-text column without a reveal, and matches a pseudonym exactly', async () => {
    const api = s.engine.api;
    await expect(api.tablePage({ table: 'signin', filters: [{ column: 'user', op: 'eq', value: planted.bruteUser }] })).rejects.toThrow(/masked/);
    await expect(api.tablePage({ table: 'signin', filters: [{ column: 'user', op: 'contains', value: 'emp' }] })).rejects.toThrow(/masked/);
    await expect(api.columnFacet({ table: 'signin', column: 'app', filters: [{ column: 'ip', op: 'contains', value: '198.18' }] })).rejects.toThrow(/masked/);
    await expect(api.tablePage({ table: 'finding', filters: [{ column: 'summary', op: 'contains', value: 'staff.m' }] })).rejects.toThrow(/masked/);
    await expect(api.exportTableCsv({ table: 'signin', outPath: path.join(s.outDir, 'f.csv'), filters: [{ column: 'ip', op: 'eq', value: natIp }] })).rejects.toThrow(/masked/);
    const [first] = (await api.columnFacet({ table: 'signin', column: 'user', limit: 1 })).values;
    expect(first?.value).toMatch(token);
    const byToken = await api.tablePage({ table: 'signin', filters: [{ column: 'user', op: 'eq', value: first?.value ?? '' }] });
    expect(byToken.total).toBe(first?.count);
    const attacker = await api.tablePage({ table: 'signin', filters: [{ column: 'ip', op: 'eq', value: planted.bruteIp }] });
    expect(attacker.total).toBeGreaterThanOrEqual(planted.bruteAttempts);
    expect((await api.tablePage({ table: 'signin', filters: [{ column: 'failure_reason', op: 'eq', value: 'no_such_user' }] })).total).toBeGreaterThan(0);
  });

  it('runs them under a reveal, audited with the filter', async () => {
    const page = await s.engine.api.tablePage({ table: 'signin', filters: [{ column: 'ip', op: 'eq', value: homeIp(7) }], reveal: true });
    expect(page.total).toBeGreaterThan(0);
    const last = (await reveals()).at(-1);
    expect(last).toMatchObject({ view: 'data:signin', method: 'tablePage', arg: { filters: [{ column: 'ip', op: 'eq', value: expect.stringMatching(/^198\.18\.\*\.\*#[0-9a-f]{6}$/) }] } });
    expect(JSON.stringify(last), 'the audit trail, read in the data view, names the filtered value by its pseudonym').not.toContain(homeIp(7));
    const [first] = (await s.engine.api.columnFacet({ table: 'signin', column: 'user', limit: 1 })).values;
    const revealedByToken = await s.engine.api.tablePage({ table: 'signin', filters: [{ column: 'user', op: 'eq', value: first?.value ?? '' }], reveal: true });
    expect(revealedByToken.total).toBe(first?.count);
  });
});

describe('a reveal is the analyst’s explicit act', () => {
  it('is audited with the view, the arguments and the pseudonyms of what was shown', async () => {
    const masked = await s.engine.api.signinEvents({ user: (await s.engine.api.topAccounts({ limit: 1 }))[0]?.user ?? '', limit: 3 });
    const shownToken = masked.rows[0]?.user ?? '';
    const clear = (await s.engine.api.revealCall({ view: 'signin', method: 'signinEvents', arg: { user: shownToken, limit: 3 } })) as typeof masked;
    expect(clear.rows[0]?.user).not.toMatch(token);
    expect(clear.rows[0]?.user).toContain('@corp.example');
    const last = (await reveals()).at(-1);
    expect(last?.view).toBe('signin');
    expect(last?.method).toBe('signinEvents');
    expect(last?.arg.user).toBe(shownToken);
    expect(JSON.stringify(last)).not.toContain(clear.rows[0]?.user);
    expect(last?.shown.pseudonyms).toContain(shownToken);
    expect(last?.shown.values).toBeGreaterThan(0);
  });
});
