import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlBin } from '../sql/sqlBin';
import { transferUsersTable, unitOfRollup, userHourRollupTable, userHourStatsTable } from './userHoursCte';
import { userHourStatsCte } from './userHourStatsCte';

/** The UTC hour's index since the epoch (floor of sqlBin's hour) of timestamp `col`, the rollups' time key; readers rebuild the hour from it and the baseline's window joins compare it directly. */
const hourIndex = (col: string) => `epoch_us(${sqlBin(col, 3600)}) // 3600000000`;

/** Per (source, UTC hour) bytes, events and first/last event, for the transfer-per-hour chart. */
export const hourlyTransferTable = 'rollup.transfer_hourly';

/**
 * SQL that rebuilds every transfer rollup, given which sources count bytes (measure 'auto': a source with any byte
 * count sums bytes, skipping rows without; any other source counts events). Each unit is aggregated straight from
 * `transfer` joined to the user numbers, keyed by user number, unit flag and hour index, with one BIGINT sum `x`
 * (readers cast it; with two user-hours or more the exact statistics overflow before a sum leaves a BIGINT); a unit without
 * sources is left out instead of scanned. Shown to the analyst next to the detector SQL that reads it.
 */
export function transferRollupSql(byteSources: number[], eventSources: number[]): string[] {
  const ids = (list: number[]) => list.map((id) => Math.trunc(id)).join(', ');
  const join = `transfer t JOIN ${transferUsersTable} u ON u."user" IS NOT DISTINCT FROM t."user"`;
  const units = [
    ...(byteSources.length
      ? [`SELECT u.uid, true AS counts_bytes, ${hourIndex('t.ts')} AS h, sum(t.bytes)::BIGINT AS x
  FROM ${join} WHERE t.source_id IN (${ids(byteSources)}) AND t.bytes IS NOT NULL GROUP BY ALL`]
      : []),
    ...(eventSources.length
      ? [`SELECT u.uid, false AS counts_bytes, ${hourIndex('t.ts')} AS h, count(*) AS x
  FROM ${join} WHERE t.source_id IN (${ids(eventSources)}) GROUP BY ALL`]
      : []),
  ];
  return [
    `CREATE OR REPLACE TABLE ${transferUsersTable} AS
SELECT "user", (row_number() OVER (ORDER BY "user" NULLS FIRST))::INTEGER AS uid FROM (SELECT DISTINCT "user" FROM transfer)`,
    `CREATE OR REPLACE TABLE ${userHourRollupTable} AS
${units.length ? units.join('\nUNION ALL\n') : 'SELECT NULL::INTEGER AS uid, NULL::BOOLEAN AS counts_bytes, NULL::BIGINT AS h, NULL::BIGINT AS x WHERE false'}`,
    `CREATE OR REPLACE TABLE ${userHourStatsTable} AS
WITH user_hour AS (SELECT ${unitOfRollup('counts_bytes')} AS unit, x::HUGEINT AS xi FROM ${userHourRollupTable}),
${userHourStatsCte('auto', 'scan')}
SELECT *, (SELECT count(*) FROM transfer) AS transfer_rows FROM stats`,
    `CREATE OR REPLACE TABLE ${hourlyTransferTable} AS
SELECT source_id, make_timestamptz(h * 3600000000) AS hour, bytes, events, lo, hi
FROM (SELECT source_id, ${hourIndex('ts')} AS h, sum(bytes) AS bytes, count(*) AS events, min(ts) AS lo, max(ts) AS hi FROM transfer GROUP BY ALL)`,
  ];
}

/**
 * Rebuilds the transfer rollups after a transfer ingest commits, in a transaction of their own (docs/design.md §3): the
 * user-hour sums the export detectors score (measure 'auto'), their reference statistics, and hourly totals per source,
 * so no chart or detector re-aggregates `transfer`: the aggregation runs once per ingest instead of on every call.
 */
export async function refreshTransferRollup(c: DuckDBConnection): Promise<void> {
  const units = await queryRows<{ id: number; bytes: boolean }>(c, `SELECT source_id AS id, bool_or(bytes IS NOT NULL) AS bytes FROM transfer GROUP BY source_id`);
  const sql = transferRollupSql(
    units.filter((u) => u.bytes).map((u) => u.id),
    units.filter((u) => !u.bytes).map((u) => u.id),
  );
  for (const statement of sql) await c.run(statement);
}

/** True when the case holds transfer rollups built from exactly the rows `transfer` has now. */
export async function hasCurrentTransferRollup(c: DuckDBConnection): Promise<boolean> {
  const { present } = await queryOne<{ present: number }>(
    c,
    `SELECT count(*)::INTEGER AS present FROM duckdb_tables() WHERE NOT temporary AND schema_name || '.' || table_name IN ('${transferUsersTable}', '${userHourRollupTable}', '${userHourStatsTable}', '${hourlyTransferTable}')`,
  );
  if (present !== 4) return false;
  const { same } = await queryOne<{ same: boolean }>(
    c,
    `SELECT coalesce((SELECT max(transfer_rows) FROM ${userHourStatsTable}), 0) = (SELECT count(*) FROM transfer) AS same`,
  );
  return same;
}
