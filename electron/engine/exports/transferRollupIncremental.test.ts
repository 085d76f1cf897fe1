import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { isDerivedCurrent } from '../db/derivedState';
import { seededRandom } from '../demo/seededRandom';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { refreshTransferRollup } from './transferRollup';

const hour = 3_600_000;
const t0 = Date.UTC(2024, 4, 6, 0, 0, 0);

/**
 * One transfer CSV of `n` rows over `hours` hours from hour `from` (by default the same two days as the others of its
 * seed's case), for the same users, with or without byte counts (so the user-hours of both units are merged), blank
 * users (NULL), and `only` a user only this file has (it sorts before every other, so numbering it after the stored
 * ones is visible).
 */
function transferCsv(seed: number, n: number, withBytes: boolean, only: string, from = 0, hours = 48): string {
  const rand = seededRandom(seed);
  const lines = ['timestamp,user_id,bytes_transferred'];
  for (let i = 0; i < n; i++) {
    const ts = t0 + (from + Math.floor(rand() * hours)) * hour + Math.floor(rand() * hour);
    const user = rand() < 0.03 ? '' : rand() < 0.03 ? only : `u${Math.floor(rand() * 12)}`;
    const bytes = withBytes && rand() > 0.05 ? String(Math.round(Math.exp(10 + rand() * 8))) : '';
    lines.push(`${new Date(ts).toISOString()},${user},${bytes}`);
  }
  return lines.join('\n');
}

/** Every transfer rollup with user numbers replaced by the names, each in a fixed order. */
async function snapshot(engine: Engine): Promise<Record<string, unknown>> {
  const queries: Record<string, string> = {
    users: `SELECT count(*)::INTEGER AS users, count(DISTINCT uid)::INTEGER AS uids, count(DISTINCT "user")::INTEGER AS names FROM rollup.transfer_users`,
    userHours: `SELECT u."user", r.counts_bytes, r.h, r.x FROM rollup.transfer_user_hour r LEFT JOIN rollup.transfer_users u USING (uid) ORDER BY ALL`,
    stats: `SELECT * FROM rollup.transfer_user_hour_stats ORDER BY unit`,
    hourly: `SELECT * FROM rollup.transfer_hourly ORDER BY ALL`,
  };
  const out: Record<string, unknown> = {};
  for (const [name, sql] of Object.entries(queries)) out[name] = await sqlOn(engine, sql);
  return out;
}

/** The snapshot after rebuilding every transfer rollup from scratch. */
async function rebuilt(engine: Engine): Promise<Record<string, unknown>> {
  await requireCase(engine.ctx).withConnection((c) => refreshTransferRollup(c));
  return snapshot(engine);
}

describe('transfer rollups extended by each new source', () => {
  it.each([1, 2, 3])('equal the rollups rebuilt from every transfer after adding 1, 2 and 3 sources and removing one (seed %i)', async (seed) => {
    await withTempCase(async (engine, { work }) => {
      const added = [];
      for (const [k, only] of ['zz', 'a0', 'b0'].entries()) {
        const path = writeInput(work, `t${k}.csv`, transferCsv(seed * 10 + k, 400 + 100 * k, k !== 1, only));
        added.push(await engine.service.addSource({ path, kind: 'transfer' }));
        const incremental = await snapshot(engine);
        if (k === 1) {
          const [uids] = await sqlOn<{ newUser: number; most: number }>(
            engine,
            `SELECT (SELECT uid FROM rollup.transfer_users WHERE "user" = 'a0') AS "newUser", (SELECT max(uid) FROM rollup.transfer_users) AS most`,
          );
          expect(uids?.newUser, 'a user first seen in the added source is numbered after the stored ones').toBe(uids?.most);
        }
        expect(incremental.userHours, `source ${k + 1}`).not.toEqual([]);
        expect(incremental, `after source ${k + 1}`).toEqual(await rebuilt(engine));
        expect(await requireCase(engine.ctx).withConnection((c) => isDerivedCurrent(c, 'transfer'))).toBe(true);
      }
      const removed = added[0];
      if (!removed) throw new Error('no first source');
      await engine.service.removeSource({ sourceId: removed.id, sha256: removed.sha256, reason: 'test' });
      const [left] = await sqlOn<{ n: number }>(engine, `SELECT sum(events)::INTEGER AS n FROM rollup.transfer_hourly`);
      expect(left?.n).toBe((added[1]?.rowsLoaded ?? 0) + (added[2]?.rowsLoaded ?? 0));
      expect(await snapshot(engine)).toEqual(await rebuilt(engine));
      expect(await requireCase(engine.ctx).withConnection((c) => isDerivedCurrent(c, 'transfer'))).toBe(true);
    });
  });

  /** Each source's first hour, how many hours it spans, and whether it counts bytes (by default all but the second do), against the first source's two days (hours 0 to 47). */
  const periods: Record<string, [number, number, boolean?][]> = {
    'the next periods, each after the stored hours': [[0, 48], [48, 48], [96, 24]],
    'an earlier period, before the stored hours': [[0, 48], [-72, 24]],
    'a period straddling the end of the stored hours, then one inside them': [[0, 48], [40, 24], [10, 5]],
    'a period around all the stored hours, then one in a gap it left': [[20, 4], [0, 48], [200, 10], [100, 10]],
    'periods sharing only the last or the first stored hour': [[0, 48], [47, 1, true], [-10, 11]],
  };
  it.each(Object.entries(periods))('equal the rollups rebuilt from every transfer for %s', async (_name, spans) => {
    await withTempCase(async (engine, { work }) => {
      for (const [k, [from, hours, withBytes = k !== 1]] of spans.entries()) {
        const path = writeInput(work, `p${k}.csv`, transferCsv(40 + k, 300, withBytes, `o${k}`, from, hours));
        await engine.service.addSource({ path, kind: 'transfer' });
        expect(await requireCase(engine.ctx).withConnection((c) => isDerivedCurrent(c, 'transfer'))).toBe(true);
        expect(await snapshot(engine), `after source ${k + 1}`).toEqual(await rebuilt(engine));
      }
    });
  });

  it('equal the rollups rebuilt from every transfer when a removed source of the latest hours is added again', async () => {
    await withTempCase(async (engine, { work }) => {
      const first = writeInput(work, 'first.csv', transferCsv(7, 400, true, 'zz'));
      const later = writeInput(work, 'later.csv', transferCsv(8, 400, true, 'a0', 48, 48));
      await engine.service.addSource({ path: first, kind: 'transfer' });
      const added = await engine.service.addSource({ path: later, kind: 'transfer' });
      const before = await snapshot(engine);
      await engine.service.removeSource({ sourceId: added.id, sha256: added.sha256, reason: 'test' });
      await engine.service.addSource({ path: later, kind: 'transfer' });
      const again = await snapshot(engine);
      expect(await requireCase(engine.ctx).withConnection((c) => isDerivedCurrent(c, 'transfer'))).toBe(true);
      expect(again).toEqual(await rebuilt(engine));
      expect(again.stats).toEqual(before.stats);
      expect(again.hourly, 'the re-added source has a new id').not.toEqual(before.hourly);
    });
  });

  it('stay current and unchanged when a source without a readable row is added', async () => {
    await withTempCase(async (engine, { work }) => {
      await engine.service.addSource({ path: writeInput(work, 'first.csv', transferCsv(9, 300, true, 'zz')), kind: 'transfer' });
      const before = await snapshot(engine);
      const empty = await engine.service.addSource({ path: writeInput(work, 'bad.csv', 'timestamp,user_id,bytes_transferred\nnot a time,u1,5\n'), kind: 'transfer', maxRejectShare: 1 });
      expect(empty.rowsLoaded).toBe(0);
      expect(await sqlOn(engine, `SELECT action FROM audit WHERE action LIKE '%failed'`), 'the increment ran to its end').toEqual([]);
      expect(await requireCase(engine.ctx).withConnection((c) => isDerivedCurrent(c, 'transfer'))).toBe(true);
      expect(await snapshot(engine)).toEqual(before);
    });
  });
});
