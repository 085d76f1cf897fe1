import { describe, expect, it } from 'vitest';
import { exportParamsSchema } from '../../../shared/api/detectParams';
import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { seededRandom } from '../demo/seededRandom';
import { insertTransfers, type TransferFixture } from '../testing/planted/insertTransfers';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase } from '../testing/withTempCase';
import { refreshTransferRollup } from './transferRollup';
import { userHourSourceOf } from './userHourSourceOf';

const hour = 3_600_000;
const t0 = Date.UTC(2024, 6, 1);
const params = exportParamsSchema.parse({ baseline: { floorBytes: 5e8, baselineDays: 2 } });

/**
 * Transfers in one of several shapes: `ties` (byte counts from three values), `flat` (every user-hour the same: zero
 * variance), `single` (many users with one active hour), `mixed` (heavy-tailed bytes, rows without bytes or user).
 */
function generate(shape: 'ties' | 'flat' | 'single' | 'mixed', seed: number): TransferFixture[] {
  const rand = seededRandom(seed);
  const rows: TransferFixture[] = [];
  for (let i = 0; i < 3000; i++) {
    const user = shape === 'single' && i % 3 === 0 ? `one${i}` : shape === 'mixed' && rand() < 0.02 ? null : `u${Math.floor(rand() * 12)}`;
    const at = t0 + Math.floor(rand() * 10 * 24) * hour + Math.floor(rand() * hour);
    const bytes =
      shape === 'flat' ? 1e6 : shape === 'ties' ? [1e6, 1e6, 2e6, 3e9][Math.floor(rand() * 4)] ?? 1e6 : shape === 'mixed' && rand() < 0.05 ? null : Math.round(Math.exp(8 + rand() * rand() * 16));
    rows.push({ ts: shape === 'flat' ? t0 + (i % 240) * hour + 60_000 * (i % 7) : at, user, bytes });
  }
  if (shape === 'flat') return rows.filter((r, i, all) => all.findIndex((o) => o.ts - (o.ts % hour) === r.ts - (r.ts % hour) && o.user === r.user) === i);
  return rows;
}

/** The reference z-score and the baseline flags straight from docs/design.md §1, on a fresh aggregation: the plain SQL any fast path must equal. */
async function definition(engine: Engine): Promise<{ reference: unknown[]; baseline: unknown[] }> {
  const b = params.baseline;
  const span = b.baselineDays * 24;
  const userHour = `uh AS (SELECT "user", epoch_us(date_trunc('hour', ts)) // 3600000000 AS h, sum(bytes)::DOUBLE AS x FROM transfer WHERE bytes IS NOT NULL GROUP BY ALL),
    st AS (SELECT avg(x) AS mean, stddev_samp(x) AS sd FROM uh)`;
  const reference = await sqlOn(engine, `WITH ${userHour} SELECT "user", h::DOUBLE AS h, x, round(abs(x - mean) / sd, 6) AS z FROM uh, st WHERE sd > 0 AND abs(x - mean) / sd > ${params.reference.zLimit} ORDER BY h, "user" NULLS FIRST`);
  const robust = (q: string) => `(c.x - ${q}[2]) / greatest((${q}[3] - ${q}[1]) / 1.349, ${b.minScaleShare} * ${q}[2], 1)`;
  const baseline = await sqlOn(
    engine,
    `WITH ${userHour},
     scored AS (
       SELECT c."user", c.h, c.x, quantile_cont(o.x, [0.25, 0.5, 0.75]) AS q, count(o.x) AS n,
              quantile_cont(o.x, [0.25, 0.5, 0.75]) FILTER (WHERE o.h % 24 = c.h % 24) AS hq, count(o.x) FILTER (WHERE o.h % 24 = c.h % 24) AS hn
       FROM uh c LEFT JOIN uh o ON o."user" IS NOT DISTINCT FROM c."user" AND o.h BETWEEN c.h - ${span} AND c.h + ${span} AND o.h <> c.h
       WHERE c.x >= ${b.floorBytes} GROUP BY c."user", c.h, c.x)
     SELECT s."user", s.h::DOUBLE AS h, s.x, round(score, 6) AS score FROM (
       SELECT *, CASE WHEN n >= ${b.minBaselineHours} THEN least(${robust('q')}, coalesce(CASE WHEN hn >= ${b.minBaselineHours} THEN ${robust('hq')} END, ${robust('q')})) END AS score FROM scored c
     ) s, st
     WHERE score > ${b.scoreLimit} OR (n < ${b.minBaselineHours} AND abs(s.x - mean) / nullif(sd, 0) > ${params.reference.zLimit})
     ORDER BY s.h, s."user" NULLS FIRST`,
  );
  return { reference, baseline };
}

/** What the engine answers, as the definition's columns. */
async function engineAnswer(engine: Engine): Promise<{ reference: unknown[]; baseline: unknown[] }> {
  const h = (iso: string) => Date.parse(iso) / hour;
  const reference = (await engine.service.exportReference({ params, limit: 1000 })).rows.map((r) => ({ user: r.user, h: h(r.hour), x: r.bytes, z: Math.round(r.z * 1e6) / 1e6 }));
  const baseline = (await engine.service.exportBaseline({ params, limit: 1000 })).rows.map((r) => ({ user: r.user, h: h(r.hour), x: r.bytes, score: r.score === null ? null : Math.round(r.score * 1e6) / 1e6 }));
  return { reference, baseline };
}

describe('the user-hour rollup (fast path) against plain SQL', () => {
  it('serves the reference z-score and the baseline exactly as docs/design.md defines them, whether the rollup is used or not', async () => {
    for (const [shape, seed] of [['ties', 1], ['flat', 2], ['single', 3], ['mixed', 4], ['mixed', 5]] as const) {
      await withTempCase(async (engine) => {
        await insertTransfers(engine, generate(shape, seed));
        const onCase = <T>(fn: Parameters<ReturnType<typeof requireCase>['withConnection']>[0]) => requireCase(engine.ctx).withConnection(fn) as Promise<T>;
        const truth = await definition(engine);
        expect(await onCase((c) => userHourSourceOf(c, 'auto'))).toBe('scan');
        expect(await engineAnswer(engine), `${shape} ${seed}, plain scan`).toEqual(truth);
        await onCase((c) => refreshTransferRollup(c));
        expect(await onCase((c) => userHourSourceOf(c, 'auto'))).toBe('rollup');
        expect(await onCase((c) => userHourSourceOf(c, 'events'))).toBe('scan');
        expect(await engineAnswer(engine), `${shape} ${seed}, rollup`).toEqual(truth);
        if (shape === 'flat') expect(truth.reference).toEqual([]);
        if (shape === 'ties' || shape === 'single') expect(truth.baseline.length).toBeGreaterThan(0);
      });
    }
  }, 120_000);
});
