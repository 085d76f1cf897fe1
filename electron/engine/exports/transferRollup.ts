import type { DuckDBConnection } from '@duckdb/node-api';
import { derivedBase, forgetDerived, recordDerived } from '../db/derivedState';
import { mergeAggregatesSql } from '../sql/mergeAggregates';
import { queryRows } from '../sql/queryRows';
import { transferUsersTable, unitOfRollup, userHourRollupTable, userHourStatsTable } from './userHoursCte';
import { statsFromSums } from './userHourStatsCte';

const hourUs = 3_600_000_000;
/** The UTC hour's index since the epoch (the floor of epoch microseconds over an hour, as sqlBin's hour gives it), the rollups' time key; readers rebuild the hour from it and the baseline's window joins compare it directly. */
const hourIndex = (col: string) => `(epoch_us(${col}) - (((epoch_us(${col}) % ${hourUs}) + ${hourUs}) % ${hourUs})) // ${hourUs}`;

/** Per (source, UTC hour) bytes, events and first/last event, for the transfer-per-hour chart. */
export const hourlyTransferTable = 'rollup.transfer_hourly';

/** The transfers a rollup step adds: all of them (a rebuild) or one new source's, given as a predicate over `transfer`. */
interface TransferScope {
  rebuild: boolean;
  where: string;
}

/**
 * SQL aggregating the scope's transfers per user-hour, given which sources count bytes (measure 'auto': a source with
 * any byte count sums bytes, skipping rows without; any other source counts events). Each unit is aggregated straight
 * from `transfer` by user and hour index, then the (no more numerous) user-hours are keyed by user number, unit flag and
 * hour index (numbering the rows before aggregating joined every transfer), with one BIGINT sum `x` (readers cast it;
 * with two user-hours or more the exact statistics overflow before a sum leaves a BIGINT); a unit without sources is
 * left out instead of scanned.
 */
function userHourSql(where: string, byteSources: number[], eventSources: number[]): string {
  const ids = (list: number[]) => list.map((id) => Math.trunc(id)).join(', ');
  const numbered = (flag: boolean, perUserHour: string) =>
    `SELECT u.uid, ${flag} AS counts_bytes, g.h, g.x
  FROM (${perUserHour}) g JOIN ${transferUsersTable} u ON u."user" IS NOT DISTINCT FROM g."user"`;
  const units = [
    ...(byteSources.length
      ? [numbered(true, `SELECT "user", ${hourIndex('ts')} AS h, sum(bytes)::BIGINT AS x FROM transfer WHERE (${where}) AND source_id IN (${ids(byteSources)}) AND bytes IS NOT NULL GROUP BY ALL`)]
      : []),
    ...(eventSources.length ? [numbered(false, `SELECT "user", ${hourIndex('ts')} AS h, count(*) AS x FROM transfer WHERE (${where}) AND source_id IN (${ids(eventSources)}) GROUP BY ALL`)] : []),
  ];
  return units.length ? units.join('\nUNION ALL\n') : 'SELECT NULL::INTEGER AS uid, NULL::BOOLEAN AS counts_bytes, NULL::BIGINT AS h, NULL::BIGINT AS x WHERE false';
}

/** Exact sums per unit flag over user-hours `table(counts_bytes, x)`: count, Σx and Σx² (HUGEINT), from which the statistics are computed. */
const sumsSql = (table: string) =>
  `SELECT counts_bytes, count(*)::HUGEINT AS n, sum(x)::HUGEINT AS s1, sum(x::HUGEINT * x)::HUGEINT AS s2 FROM ${table} GROUP BY counts_bytes`;

/**
 * What merging the user-hours in `added` into the stored ones adds to those sums, read before the merge: a new
 * user-hour adds one to the count, its x to Σx and x² to Σx²; one already stored (old value o) adds nothing to the
 * count and (o + x)² − o² = x² + 2·o·x to Σx² (why: the statistics follow a new source without reading every user-hour).
 * Only stored user-hours of the added hours `span` can match, so only those are read.
 */
const addedSumsSql = (added: string, span: HourSpan) =>
  `SELECT s.counts_bytes, count(*) FILTER (WHERE t.uid IS NULL)::HUGEINT AS n, sum(s.x)::HUGEINT AS s1,
       sum(s.x::HUGEINT * s.x + 2 * coalesce(t.x, 0)::HUGEINT * s.x)::HUGEINT AS s2
FROM ${added} s LEFT JOIN (SELECT uid, counts_bytes, h, x FROM ${userHourRollupTable} WHERE ${inSpan('h', span)}) t
  ON t.uid = s.uid AND t.counts_bytes = s.counts_bytes AND t.h = s.h
GROUP BY s.counts_bytes`;

/** A range of hour indexes, both ends included. */
interface HourSpan {
  lo: number;
  hi: number;
}

/** SQL true when hour index `col` lies in `span`. */
const inSpan = (col: string, span: HourSpan) => `${col} BETWEEN ${Math.trunc(span.lo)} AND ${Math.trunc(span.hi)}`;

/**
 * The hours the added source's transfers span and the hours the stored rollups span (from the hourly totals, which
 * hold every stored hour: a user-hour's hour is always among them), read before the added hours are stored; null
 * stands for an empty side (why: added hours wholly outside the stored ones cannot meet a stored user-hour, so they
 * are appended without reading the stored ones).
 */
async function hourSpans(c: DuckDBConnection, addedSource: number): Promise<{ added: HourSpan | null; stored: HourSpan | null }> {
  const [row] = await queryRows<{ alo: number | null; ahi: number | null; slo: number | null; shi: number | null }>(
    c,
    `SELECT ${hourIndex('min(ts)')}::DOUBLE AS alo, ${hourIndex('max(ts)')}::DOUBLE AS ahi,
       (SELECT ${hourIndex('min(hour)')}::DOUBLE FROM ${hourlyTransferTable}) AS slo,
       (SELECT ${hourIndex('max(hour)')}::DOUBLE FROM ${hourlyTransferTable}) AS shi
FROM transfer WHERE source_id = $addedSource`,
    { addedSource },
  );
  const span = (lo: number | null | undefined, hi: number | null | undefined) => (lo === null || lo === undefined || hi === null || hi === undefined ? null : { lo, hi });
  return { added: span(row?.alo, row?.ahi), stored: span(row?.slo, row?.shi) };
}

/** SQL true when transfer time `col` falls in an hour of `span`, a range over the raw times (so it skips the row groups outside it). */
const timeInSpan = (col: string, span: HourSpan) =>
  `(${col} >= make_timestamptz(${Math.trunc(span.lo)} * ${hourUs}) AND ${col} < make_timestamptz(${Math.trunc(span.hi) + 1} * ${hourUs}))`;

/**
 * Adds the added source's user-hours (`userHours(where)`: those of its transfers that also meet `where`) to the stored
 * ones and leaves in temp table `transfer_added_sums` what they add to the statistics' exact sums. Only those of the
 * hours the stored rollups also span can meet a stored user-hour: they are merged into the stored user-hours of those
 * hours only; the others are appended straight from `transfer`, adding to the sums with no cross term.
 */
async function extendUserHours(c: DuckDBConnection, addedSource: number, userHours: (where: string) => string): Promise<void> {
  const { added, stored } = await hourSpans(c, addedSource);
  const common = added && stored ? { lo: Math.max(added.lo, stored.lo), hi: Math.min(added.hi, stored.hi) } : null;
  const shared = common && common.lo <= common.hi ? common : null;
  if (shared) {
    await c.run(`CREATE OR REPLACE TEMP TABLE transfer_shared_user_hour AS ${userHours(timeInSpan('ts', shared))}`);
    await c.run(`CREATE OR REPLACE TEMP TABLE transfer_shared_sums AS ${addedSumsSql('transfer_shared_user_hour', shared)}`);
    await c.run(mergeAggregatesSql(userHourRollupTable, 'transfer_shared_user_hour', ['uid', 'counts_bytes', 'h'], { x: 'sum' }, inSpan('t.h', shared)));
    await c.run(`DROP TABLE transfer_shared_user_hour`);
  }
  await c.run(`INSERT INTO ${userHourRollupTable} ${userHours(shared ? `NOT ${timeInSpan('ts', shared)}` : 'true')}`);
  const appended = `(SELECT counts_bytes, x FROM ${userHourRollupTable} WHERE ${added ? inSpan('h', added) : 'false'}${shared ? ` AND NOT ${inSpan('h', shared)}` : ''})`;
  const parts = shared ? `${sumsSql(appended)} UNION ALL SELECT * FROM transfer_shared_sums` : sumsSql(appended);
  await c.run(`CREATE OR REPLACE TEMP TABLE transfer_added_sums AS SELECT counts_bytes, sum(n)::HUGEINT AS n, sum(s1)::HUGEINT AS s1, sum(s2)::HUGEINT AS s2 FROM (${parts}) GROUP BY counts_bytes`);
  await c.run(`DROP TABLE IF EXISTS transfer_shared_sums`);
}

/**
 * Brings the transfer rollups up to date with `transfer`, so no chart or detector re-aggregates it: every user numbered
 * (new users after the stored ones), the user-hour sums the export detectors score (measure 'auto'), their reference
 * statistics, and hourly totals per source. Given the source just added, and rollups that hold exactly every other
 * transfer, it adds that source's rows only (its user-hours appended or merged into the stored ones, its hours appended,
 * the statistics' exact sums grown by what they add); otherwise it rebuilds them all. Records what they hold.
 */
export async function refreshTransferRollup(c: DuckDBConnection, addedSource?: number): Promise<void> {
  const base = addedSource === undefined ? null : await derivedBase(c, 'transfer');
  const others = base && addedSource !== undefined && !base.sources.includes(addedSource) ? await countOthers(c, addedSource) : -1;
  const scope: TransferScope = base && others === base.rows ? { rebuild: false, where: `source_id = ${Math.trunc(addedSource ?? 0)}` } : { rebuild: true, where: 'true' };
  await forgetDerived(c, 'transfer');
  if (scope.rebuild) await c.run(`CREATE OR REPLACE TABLE ${transferUsersTable} ("user" VARCHAR, uid INTEGER)`);
  await c.run(
    `INSERT INTO ${transferUsersTable}
     SELECT "user", ((SELECT coalesce(max(uid), 0) FROM ${transferUsersTable}) + row_number() OVER (ORDER BY "user" NULLS FIRST))::INTEGER AS uid
     FROM (SELECT DISTINCT "user" FROM transfer WHERE ${scope.where}) n
     WHERE NOT EXISTS (SELECT 1 FROM ${transferUsersTable} u WHERE u."user" IS NOT DISTINCT FROM n."user")`,
  );
  const units = await queryRows<{ id: number; bytes: boolean }>(
    c,
    `SELECT source_id AS id, bool_or(bytes IS NOT NULL) AS bytes FROM transfer WHERE ${scope.where} GROUP BY source_id`,
  );
  const userHours = (where: string) => userHourSql(`(${scope.where}) AND ${where}`, units.filter((u) => u.bytes).map((u) => u.id), units.filter((u) => !u.bytes).map((u) => u.id));
  if (scope.rebuild) await c.run(`CREATE OR REPLACE TABLE ${userHourRollupTable} AS ${userHours('true')}`);
  else await extendUserHours(c, Math.trunc(addedSource ?? 0), userHours);
  const sums = scope.rebuild
    ? `SELECT ${unitOfRollup('counts_bytes')} AS unit, n, s1, s2 FROM (${sumsSql(userHourRollupTable)})`
    : `SELECT unit, sum(n)::HUGEINT AS n, sum(s1)::HUGEINT AS s1, sum(s2)::HUGEINT AS s2 FROM (
  SELECT unit, n, s1, s2 FROM ${userHourStatsTable} UNION ALL SELECT ${unitOfRollup('counts_bytes')}, n, s1, s2 FROM transfer_added_sums) GROUP BY unit`;
  await c.run(`CREATE OR REPLACE TEMP TABLE transfer_user_hour_sums AS ${sums}`);
  await c.run(
    `CREATE OR REPLACE TABLE ${userHourStatsTable} AS
WITH ${statsFromSums('SELECT unit, n, s1, s2 FROM transfer_user_hour_sums')}
SELECT stats.*, sums.s1, sums.s2 FROM stats JOIN transfer_user_hour_sums sums USING (unit)`,
  );
  await c.run(`DROP TABLE transfer_user_hour_sums; DROP TABLE IF EXISTS transfer_added_sums`);
  const hourly = `SELECT source_id, make_timestamptz(h * 3600000000) AS hour, bytes, events, lo, hi
FROM (SELECT source_id, ${hourIndex('ts')} AS h, sum(bytes) AS bytes, count(*) AS events, min(ts) AS lo, max(ts) AS hi FROM transfer WHERE ${scope.where} GROUP BY ALL)`;
  await c.run(scope.rebuild ? `CREATE OR REPLACE TABLE ${hourlyTransferTable} AS ${hourly}` : `INSERT INTO ${hourlyTransferTable} ${hourly}`);
  await recordDerived(c, 'transfer');
}

/** How many transfers `transfer` holds besides those of `sourceId`. */
async function countOthers(c: DuckDBConnection, sourceId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(c, `SELECT ((SELECT count(*) FROM transfer) - (SELECT count(*) FROM transfer WHERE source_id = $sourceId))::DOUBLE AS n`, { sourceId });
  return row?.n ?? -1;
}
