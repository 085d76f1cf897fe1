import { describe, expect, it } from 'vitest';
import { exportParamsSchema } from '../../../shared/api/detectParams';
import { requireCase } from '../case/requireCase';
import { ReadMemo } from '../db/ReadMemo';
import { withTempCase } from '../testing/withTempCase';
import { flaggedHours } from './flaggedHours';
import { refreshTransferRollup } from './transferRollup';
import { userBaselineSql } from './userBaseline';
import { userHourSourceOf } from './userHourSourceOf';

const hour = 3_600_000;
const start = Date.UTC(2024, 3, 1);
/** Pulls, one hour each, by user and hour of the fortnight, in GB: the largest come last in time, as a log's last days can. */
const pulls: Array<[string, number, number]> = [
  ['ann', 20, 2],
  ['bob', 40, 3],
  ['cy', 60, 4],
  ['ann', 300, 7],
  ['bob', 310, 8],
  ['cy', 320, 9],
];

describe('flaggedHours: every flagged user-hour, or the largest when more than the cap', () => {
  it('keeps the largest hours, not the first ones in time, and counts every flagged hour, read from the memo or from SQL alike', async () => {
    await withTempCase(async (engine) => {
      await requireCase(engine.ctx).withConnection(async (c) => {
        const rows: Array<{ ts: number; user: string; bytes: number }> = [];
        for (const user of ['ann', 'bob', 'cy']) for (let h = 0; h < 24 * 14; h++) rows.push({ ts: start + h * hour + 60_000, user, bytes: 1e6 });
        for (const [user, h, gb] of pulls) rows.push({ ts: start + h * hour + 120_000, user, bytes: gb * 1e9 });
        await c.run(
          `INSERT INTO transfer (ts, "user", bytes, source_id)
           SELECT make_timestamptz(r.ts * 1000), r."user", r.bytes, 1 FROM (SELECT unnest(from_json($1, '[{"ts":"BIGINT","user":"VARCHAR","bytes":"BIGINT"}]'), recursive := true)) r`,
          [JSON.stringify(rows)],
        );
        await refreshTransferRollup(c);
        const p = exportParamsSchema.parse({});
        const from = await userHourSourceOf(c, p.measure);
        expect(from).toBe('rollup');
        const sql = userBaselineSql(p, from);
        const hoursOf = (r: { rows: Array<{ user: string | null; hour: string }> }) => r.rows.map((x) => `${x.user}@${x.hour.slice(5, 13)}`).sort();
        const largest = ['ann@04-13T12', 'bob@04-13T22', 'cy@04-14T08'];
        for (const memo of [undefined, new ReadMemo()]) {
          const capped = await flaggedHours(c, sql, from, memo, 3);
          expect(capped.flagged).toBe(6);
          expect(hoursOf(capped)).toEqual(largest);
          const all = await flaggedHours(c, sql, from, memo, 100);
          expect(all.flagged).toBe(6);
          expect(all.rows).toHaveLength(6);
        }
      });
    });
  });
});
