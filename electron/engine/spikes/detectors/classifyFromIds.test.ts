import { describe, expect, it } from 'vitest';
import { spikeParamsSchema } from '../../../../shared/api/detectParams';
import { requireCase } from '../../case/requireCase';
import { isDerivedCurrent } from '../../db/derivedState';
import { insertSignins } from '../../testing/planted/insertSignins';
import { loadTenantScenario } from '../../testing/scenarios/loadTenantScenario';
import { tenantScenario } from '../../testing/scenarios/tenantScenario';
import { withTempCase } from '../../testing/withTempCase';
import { refreshSigninRollup } from '../signinRollup';
import { classifySignins } from './classifySignins';

describe('sign-in classification over the rollups', () => {
  for (const seed of [4, 9]) {
    it(`finds what it finds over the raw sign-ins (seed ${seed}: accounts and addresses missing, accounts in capitals, dismissals, known sources${seed % 2 === 0 ? ', IP intel' : ''})`, async () => {
      await withTempCase(async (engine) => {
        const s = tenantScenario({ seed, accounts: 1200, days: 14, proxyAccounts: 400, proxyMaxAccountsPerSource: (seed % 4) + 1, cgnatAddresses: 20 });
        await loadTenantScenario(engine, s, { intel: seed % 2 === 0 });
        const odd = s.rows.slice(0, 600).map((r, i) => ({ ...r, ts: r.ts + 1000 * i, user: i % 3 === 0 ? null : i % 3 === 1 ? (r.user?.toUpperCase() ?? null) : r.user, ip: i % 2 === 0 ? null : r.ip }));
        await insertSignins(engine, odd, 2);
        const failing = s.rows.filter((r) => !r.success);
        const dismissed = [
          ...[...new Set(failing.map((r) => r.ip))].slice(0, 30).filter((_, i) => i % 3 === 0).map((v) => ['source', v]),
          ...[...new Set(failing.map((r) => r.user))].slice(0, 40).filter((_, i) => i % 4 === 0).map((v) => ['account', v]),
        ];
        const known = [...new Set(s.rows.map((r) => r.ip))].slice(0, 200).filter((ip, i) => ip !== null && i % 5 === 0);
        await requireCase(engine.ctx).withConnection(async (c) => {
          await c.run(`INSERT INTO dismissal_entry (kind, value, note, added_at) SELECT x[1], x[2], 'test', now() FROM (SELECT unnest($list::VARCHAR[][]) AS x)`, { list: JSON.stringify(dismissed) });
          await c.run(`CREATE TABLE known_source AS SELECT unnest($ips::VARCHAR[]) AS ip, 'egress' AS kind`, { ips: JSON.stringify(known) });
          const run = async () => (await classifySignins(c, spikeParamsSchema.parse({}))).map(({ sql: _s, ...f }) => f);
          expect(await isDerivedCurrent(c, 'signin')).toBe(false);
          const raw = await run();
          await refreshSigninRollup(c);
          expect(await isDerivedCurrent(c, 'signin')).toBe(true);
          expect(await run()).toEqual(raw);
          expect(raw.filter((f) => f.kind === 'account_takeover').length).toBeGreaterThan(50);
        });
      });
    }, 120_000);
  }
});
