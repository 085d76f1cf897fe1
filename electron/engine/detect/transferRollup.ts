import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../db/queryRows';
import { sqlBin } from './sqlBin';
import { transferUsersTable, unitOfRollup, userHourRollupTable, userHourStatsTable } from './userHoursCte';
import { userHourStatsCte } from './userHourStatsCte';

/** The UTC hour's index since the epoch (floor of sqlBin's hour), the rollup's time key; readers rebuild the hour from it and the baseline's window joins compare it directly. */
const hourIndex = `epoch_us(${sqlBin('ts', 3600)}) // 3600000000`;

/** Per (source, UTC hour) bytes, events and first/last event, for the transfer-per-hour chart. */
export const hourlyTransferTable = 'rollup.transfer_hourly';

/**
 * SQL that rebuilds every transfer rollup, given which sources count bytes (measure 'auto': a source with any byte
 * count sums bytes, skipping rows without; any other source counts events). Each unit is aggregated straight from
 * `transfer`, restricted to its sources, then keyed by user number, unit flag and hour index (a constant text column
 * cost seconds to write); shown to the analyst next to the
 * detector SQL that reads it.
 */
export function transferRollupSql(byteSources: number[], eventSources: number[]): string[] {
  const ids = (list: number[]) => (list.length ? list.map((id) => Math.trunc(id)).join(', ') : 'NULL');
  return [
    'CREATE SCHEMA IF NOT EXISTS rollup',
    `CREATE OR REPLACE TABLE ${transferUsersTable} AS
SELECT "user", (row_number() OVER (ORDER BY "user" NULLS FIRST))::INTEGER AS uid FROM (SELECT DISTINCT "user" FROM transfer)`,
    `CREATE OR REPLACE TABLE ${userHourRollupTable} AS
SELECT u.uid, a.counts_bytes, a.h, a.xi, a.xi::DOUBLE AS x FROM (
  SELECT "user", true AS counts_bytes, ${hourIndex} AS h, sum(bytes)::HUGEINT AS xi
  FROM transfer WHERE source_id IN (${ids(byteSources)}) AND bytes IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT "user", false AS counts_bytes, ${hourIndex} AS h, count(*)::HUGEINT AS xi
  FROM transfer WHERE source_id IN (${ids(eventSources)}) GROUP BY ALL
) a JOIN ${transferUsersTable} u ON u."user" IS NOT DISTINCT FROM a."user"`,
    `CREATE OR REPLACE TABLE ${userHourStatsTable} AS
WITH user_hour AS (SELECT ${unitOfRollup('counts_bytes')} AS unit, xi FROM ${userHourRollupTable}),
${userHourStatsCte('auto', 'scan')}
SELECT *, (SELECT count(*) FROM transfer) AS transfer_rows FROM stats`,
    `CREATE OR REPLACE TABLE ${hourlyTransferTable} AS
SELECT source_id, ${sqlBin('ts', 3600)} AS hour, sum(bytes) AS bytes, count(*) AS events, min(ts) AS lo, max(ts) AS hi
FROM transfer GROUP BY ALL`,
  ];
}

/**
 * Rebuilds the transfer rollups inside the ingest's transaction: the user-hour sums the export detectors score
 * (measure 'auto'), their reference statistics, and hourly totals per source, so no chart or detector re-aggregates
 * `transfer` (8.7 M user-hours from 10 M rows cost seconds once here instead of on every call).
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
