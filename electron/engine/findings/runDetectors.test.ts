import { describe, expect, it } from 'vitest';
import type { FindingDto } from '../../../shared/api/findingsApi';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase } from '../testing/withTempCase';
import { exportScenario, exportTruth } from '../testing/planted/exportScenario';
import { insertSignins } from '../testing/planted/insertSignins';
import { insertTransfers } from '../testing/planted/insertTransfers';
import { planted, plantedScenario } from '../testing/planted/plantedScenario';

const withoutTimes = (rows: FindingDto[]) => rows.map(({ updatedAt: _u, ...rest }) => rest);

describe('findings: run all detectors, list, verdicts', () => {
  it('stores every finding with its SQL and parameters, reproducibly, and keeps verdicts across re-runs', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, plantedScenario());
      await insertTransfers(engine, exportScenario());
      const summary = await engine.service.runDetectors({});
      expect(summary).toEqual({
        total: 8,
        byKind: { credential_stuffing: 2, password_spray: 1, brute_force: 1, account_takeover: 3, bulk_export: 1 },
        notes: [],
        intel: { state: 'used', addresses: 265, located: 4 },
      });
      const first = await engine.service.listFindings({});
      expect(first.total).toBe(8);
      expect(first.rows.map((f) => f.kind)).toEqual([
        'credential_stuffing',
        'credential_stuffing',
        'password_spray',
        'brute_force',
        'account_takeover',
        'account_takeover',
        'account_takeover',
        'bulk_export',
      ]);
      const bulk = first.rows.at(-1) as FindingDto;
      expect(bulk).toMatchObject({ users: [exportTruth.vendor], start: exportTruth.vendorPullHour, end: '2024-04-10T03:59:59Z', severity: 'high', status: 'new', note: null });
      expect(bulk.evidence).toMatchObject({ total: exportTruth.vendorPullBytes, hours: 1, reason: 'baseline', unit: 'bytes' });
      expect(bulk.params).toMatchObject({ baseline: { floorBytes: 1e9 }, measure: 'auto' });
      expect(bulk.sql).toContain('o.h <> c.h');
      for (const f of first.rows) expect(f.evidence).toHaveProperty('userCount');
      const severityRank = (x: string) => ['low', 'medium', 'high', 'critical'].indexOf(x);
      for (const least of ['medium', 'high', 'critical'] as const) {
        const page = await engine.service.listFindings({ minSeverity: least });
        expect(page.rows.map((f) => f.id)).toEqual(first.rows.filter((f) => severityRank(f.severity) >= severityRank(least)).map((f) => f.id));
        expect(page.total).toBe(page.rows.length);
      }
      expect((await engine.service.listFindings({ minSeverity: 'critical', kind: 'account_takeover' })).rows.every((f) => f.kind === 'account_takeover' && f.severity === 'critical')).toBe(true);

      const spray = first.rows.find((f) => f.kind === 'password_spray') as FindingDto;
      const dismissed = await engine.service.updateFinding({ id: spray.id, status: 'confirmed', note: 'PurpleSharp-like spray, reset done' });
      expect(dismissed).toMatchObject({ status: 'confirmed', note: 'PurpleSharp-like spray, reset done' });
      const audit = await sqlOn<{ detail: string }>(engine, `SELECT detail::VARCHAR AS detail FROM audit WHERE action = 'update_finding'`);
      expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ id: spray.id, to: { status: 'confirmed' } });

      // Each distinct SQL and parameters is stored once, however many findings share it; a re-run leaves none unused behind.
      const distinct = new Set(first.rows.map((f) => `${f.sql}\u0000${JSON.stringify(f.params)}`)).size;
      const queries = `SELECT (SELECT count(*) FROM finding_query)::INTEGER AS stored, (SELECT count(DISTINCT query_key) FROM finding)::INTEGER AS named`;
      expect(distinct).toBeLessThan(first.rows.length);
      expect(await sqlOn(engine, queries)).toEqual([{ stored: distinct, named: distinct }]);

      await engine.service.runDetectors({});
      expect(await sqlOn(engine, queries)).toEqual([{ stored: distinct, named: distinct }]);
      await engine.service.runDetectors({ exports: { baseline: { floorBytes: 2e9 } } });
      expect(await sqlOn(engine, queries)).toEqual([{ stored: distinct, named: distinct }]);
      await engine.service.runDetectors({});
      const second = await engine.service.listFindings({});
      expect(withoutTimes(second.rows).map((f) => (f.id === spray.id ? { ...f, status: 'new', note: null } : f))).toEqual(withoutTimes(first.rows));
      expect(second.rows.find((f) => f.id === spray.id)?.status).toBe('confirmed');
      expect((await engine.service.listFindings({ status: 'confirmed' })).rows.map((f) => f.id)).toEqual([spray.id]);
      const takeovers = (await engine.service.listFindings({ kind: 'account_takeover' })).rows;
      expect(takeovers.map((f) => f.users[0]).sort()).toContain(planted.bruteUser);
      const rank = { high: 0, medium: 1, low: 2 } as Record<string, number>;
      const ranks = takeovers.map((f) => rank[String(f.evidence.confidence)] ?? 3);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect((await engine.service.listFindings({ kind: 'account_takeover', offset: 1, limit: 1 })).rows[0]?.id).toBe(takeovers[1]?.id);
    });
  });

  it('refuses a verdict on an unknown finding', async () => {
    await withTempCase(async (engine) => {
      await expect(engine.service.updateFinding({ id: 'nope', status: 'dismissed' })).rejects.toThrow(/No finding nope/);
    });
  });
});
