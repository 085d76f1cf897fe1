import type { DuckDBConnection } from '@duckdb/node-api';
import type { TransferEventPageDto } from '../../../shared/api/exportsApi';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlIso } from '../sql/sqlIso';
import { sqlJoin, type SqlPart } from '../sql/SqlPart';
import { timeRange } from '../sql/timeRange';

/** One page of raw transfer events for a user, an ip and/or a time range, in time order. */
export async function transferEvents(
  c: DuckDBConnection,
  f: { user?: string | undefined; ip?: string | undefined; from?: string | undefined; to?: string | undefined; offset: number; limit: number },
): Promise<TransferEventPageDto> {
  const parts: SqlPart[] = [];
  if (f.user !== undefined) parts.push({ sql: `"user" = $user`, params: { user: f.user } });
  if (f.ip !== undefined) parts.push({ sql: 'ip = $ip', params: { ip: f.ip } });
  const where = sqlJoin([...parts, timeRange(f)], ' AND ');
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM transfer WHERE ${where.sql}`, where.params);
  const rows = await queryRows<TransferEventPageDto['rows'][number]>(
    c,
    `SELECT ${sqlIso('ts')} AS ts, "user", bytes::DOUBLE AS bytes, action, object, ip, source_id AS "sourceId", raw_ref::DOUBLE AS "rawRef"
     FROM transfer WHERE ${where.sql}
     ORDER BY transfer.ts, source_id, raw_ref NULLS LAST, "user" NULLS FIRST
     LIMIT ${Math.trunc(f.limit)} OFFSET ${Math.trunc(f.offset)}`,
    where.params,
  );
  return { total, rows };
}
