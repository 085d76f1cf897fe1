import { describe, expect, it } from 'vitest';
import { exportParamsSchema } from '../../../shared/api/detectParams';
import { requireCase } from '../case/requireCase';
import { withTempCase } from '../testing/withTempCase';
import { bulkExport } from './bulkExport';

const hour = 3_600_000;
const start = Date.UTC(2024, 3, 1);

/** Two weeks of 1 MB hours for `user` from `habitIp`, but for a 3-hour pull of 5 GB an hour from hour `pullAt`, each hour from its own address. */
function userRows(user: string | null, habitIp: string, pullAt: number, pullIps: [string, string, string]): Array<[number, string | null, number, string]> {
  const rows: Array<[number, string | null, number, string]> = [];
  for (let h = 0; h < 24 * 14; h += 1) if (h < pullAt || h >= pullAt + 3) rows.push([start + h * hour + 60_000, user, 1e6, habitIp]);
  pullIps.forEach((ip, h) => rows.push([start + (pullAt + h) * hour + 59 * 60_000, user, 5e9, ip]));
  return rows;
}

describe('bulk export: one finding per run of flagged hours', () => {
  it("lists each run's own addresses (its user, its hours), a user without a name included", async () => {
    await withTempCase(async (engine) => {
      const rows = [
        ...userRows('ann', '10.0.0.1', 200, ['203.0.113.9', '203.0.113.9', '198.51.100.7']),
        ...userRows('bob', '10.0.0.2', 230, ['192.0.2.44', '192.0.2.44', '192.0.2.44']),
        ...userRows(null, '10.0.0.3', 100, ['192.0.2.99', '192.0.2.98', '192.0.2.99']),
      ];
      await requireCase(engine.ctx).withConnection(async (c) => {
        await c.run(
          `INSERT INTO transfer (ts, "user", bytes, ip, source_id)
           SELECT make_timestamptz(r.ts * 1000), r."user", r.bytes, r.ip, 1 FROM (SELECT unnest(from_json($1, '[{"ts":"BIGINT","user":"VARCHAR","bytes":"BIGINT","ip":"VARCHAR"}]'), recursive := true)) r`,
          [JSON.stringify(rows.map(([ts, user, bytes, ip]) => ({ ts, user, bytes, ip })))],
        );
        const { findings: found } = await bulkExport(c, exportParamsSchema.parse({}));
        expect(found.map((f) => [f.users, f.start, f.evidence.hours, f.ips])).toEqual([
          [[], '2024-04-05T04:00:00Z', 3, ['192.0.2.98', '192.0.2.99']],
          [['ann'], '2024-04-09T08:00:00Z', 3, ['198.51.100.7', '203.0.113.9']],
          [['bob'], '2024-04-10T14:00:00Z', 3, ['192.0.2.44']],
        ]);
      });
    });
  });
});
