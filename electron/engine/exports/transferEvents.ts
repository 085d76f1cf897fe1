import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { TransferEventPageDto } from '../../../shared/api/exportsApi';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlIso } from '../sql/sqlIso';
import { timeRange } from '../sql/timeRange';

/** One page of raw transfer events for a user, an ip and/or a time range, in time order. */
export async function transferEvents(
  c: DuckDBConnection,
  f: { user?: string | undefined; ip?: string | undefined; from?: string | undefined; to?: string | undefined; offset: number; limit: number },
): Promise<TransferEventPageDto> {
  const params: DuckDBValue[] = [];
  let where = 'true';
  if (f.user !== undefined) {
    params.push(f.user);
    where += ` AND "user" = $${params.length}`;
  }
  if (f.ip !== undefined) {
    params.push(f.ip);
    where += ` AND ip = $${params.length}`;
  }
  const r = timeRange(f, params.length + 1);
  where += r.sql;
  params.push(...r.params);
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM transfer WHERE ${where}`, params);
  const rows = await queryRows<TransferEventPageDto['rows'][number]>(
    c,
    `SELECT ${sqlIso('ts')} AS ts, "user", bytes::DOUBLE AS bytes, action, object, ip, source_id AS "sourceId", raw_ref::DOUBLE AS "rawRef"
     FROM transfer WHERE ${where}
     ORDER BY transfer.ts, source_id, raw_ref NULLS LAST, "user" NULLS FIRST
     LIMIT ${Math.trunc(f.limit)} OFFSET ${Math.trunc(f.offset)}`,
    params,
  );
  return { total, rows };
}
