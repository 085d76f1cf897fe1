import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { insertSignins } from '../testing/planted/insertSignins';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase } from '../testing/withTempCase';
import { intelDatasets } from './intelDatasets';
import { intelProvenance, stalenessWarning } from './intelProvenance';
import { ensureSourceIntel, refreshSourceIntel } from './refreshSourceIntel';

const at = Date.parse('2026-07-01T09:00:00Z');
const signinIps = ['8.8.8.8', '193.0.6.139', '2001:4860:4860::8888', '::ffff:8.8.4.4', '10.1.2.3', '100.64.7.9', '203.0.113.5', 'fe80::1%eth0', 'sshd-host.example'];

describe('source intel', () => {
  it('gives routable addresses a country and an AS from the shipped dataset, labels special-use ranges, and records the dataset once', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(
        engine,
        [...signinIps, '8.8.8.8', null].map((ip, i) => ({ ts: at + i * 1000, user: `u${i}@corp.example`, ip, success: i % 2 === 0 })),
      );
      const db = requireCase(engine.ctx);
      await db.withConnection((c) => c.run(`INSERT INTO transfer VALUES ('2026-07-02 10:00:00+00', 'u1@corp.example', 10, 'GET', '/x', '81.2.69.144', 2, 1)`));

      expect(await refreshSourceIntel(db)).toEqual({ addresses: signinIps.length + 1, located: 4 + 1 });
      const rows = await sqlOn<{ ip: string; family: number | null; country: string | null; asn: number | null; org: string | null; label: string | null }>(
        engine,
        `SELECT ip, family, country, asn::INTEGER AS asn, as_org AS org, range_label AS label FROM source_intel ORDER BY ip`,
      );
      const by = new Map(rows.map((r) => [r.ip, r]));
      expect(by.get('8.8.8.8')).toEqual({ ip: '8.8.8.8', family: 4, country: 'US', asn: 15169, org: 'Google LLC', label: null });
      expect(by.get('193.0.6.139')).toMatchObject({ country: 'NL', asn: 3333, label: null });
      expect(by.get('2001:4860:4860::8888')).toMatchObject({ family: 6, country: 'US', asn: 15169, label: null });
      expect(by.get('::ffff:8.8.4.4')).toMatchObject({ family: 4, country: 'US', asn: 15169 });
      expect(by.get('81.2.69.144')).toMatchObject({ country: 'GB', asn: 20712 });
      for (const [ip, label] of [
        ['10.1.2.3', 'private'],
        ['100.64.7.9', 'cgnat'],
        ['203.0.113.5', 'documentation'],
        ['fe80::1%eth0', 'link_local'],
        ['sshd-host.example', 'not_an_ip'],
      ]) {
        expect(by.get(ip as string), ip).toMatchObject({ country: null, asn: null, org: null, label });
      }

      const shipped = intelDatasets();
      const provenance = await db.withConnection((c) => intelProvenance(c));
      expect(provenance).toMatchObject({ logsFrom: '2026-07-01', logsTo: '2026-07-02' });
      expect(provenance.datasets.map((d) => [d.role, d.name, d.version, d.dataDate])).toEqual(shipped.map((d) => [d.role, d.name, d.version, d.dataDate]).sort());
      const version = (JSON.parse(fs.readFileSync(path.join(path.dirname(shipped[0]?.files.v4 ?? ''), 'package.json'), 'utf8')) as { version: string }).version;
      expect(provenance.datasets.find((d) => d.role === shipped[0]?.role)?.version).toBe(version);
      expect(provenance.datasets.every((d) => d.ranges > 100_000)).toBe(true);

      expect(await ensureSourceIntel(db)).toEqual({ rebuilt: false });
      // Two builds asked at once (the UI and a detector run) take turns instead of conflicting on the table.
      const [first, second] = await Promise.all([refreshSourceIntel(db), refreshSourceIntel(db), ensureSourceIntel(db)]);
      expect(second).toEqual(first);
      await insertSignins(engine, [{ ts: at, user: 'x@corp.example', ip: '1.1.1.1', success: true }], 3);
      expect(await ensureSourceIntel(db)).toEqual({ rebuilt: true });
      expect(await ensureSourceIntel(db)).toEqual({ rebuilt: false });
      expect(await sqlOn(engine, `SELECT asn::INTEGER AS asn FROM source_intel WHERE ip = '1.1.1.1'`)).toEqual([{ asn: 13335 }]);
      expect(await refreshSourceIntel(db)).toEqual({ addresses: signinIps.length + 2, located: 6 });
      const loads = await sqlOn<{ n: number }>(engine, `SELECT count(*)::INTEGER AS n FROM audit WHERE action = 'load_ip_dataset'`);
      expect(loads[0]?.n).toBe(2);
    });
  });

  it('warns when the logs are far from the dataset date, and says how to update offline', () => {
    const datasets = [{ name: '@ip-location-db/asn', dataDate: '2026-06-17' }];
    expect(stalenessWarning(datasets, '2026-06-01', '2026-12-13')).toBeNull();
    expect(stalenessWarning(datasets, null, null)).toBeNull();
    const late = stalenessWarning(datasets, '2026-06-01', '2026-12-15');
    expect(late).toMatch(/logs run to 2026-12-15, 181 days after @ip-location-db\/asn \(2026-06-17\)/);
    expect(late).toMatch(/npm pack/);
    expect(stalenessWarning(datasets, '2025-12-01', '2026-01-01')).toMatch(/logs start 2025-12-01, 198 days before/);
  });
});
