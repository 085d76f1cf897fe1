import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../../shared/api/detectParams';
import type { SpikePageDto, SpikeRowDto } from '../../../shared/api/spikesApi';
import type { ReadMemo } from '../db/ReadMemo';
import { memoQueryRows, pageOfKept, type QueryRows } from '../db/memoQueryRows';
import { pageOf } from '../sql/pageOf';
import { queryOne } from '../sql/queryRows';
import { sqlBin } from '../sql/sqlBin';
import { sqlIso } from '../sql/sqlIso';
import { sqlList } from '../sql/sqlList';

/** The reference rule as SQL: failed sign-ins with a listed result code per (ip, user, epoch-aligned UTC bin), kept where count > threshold. */
export function referenceSpikesSql(p: SpikeParams['reference']): string {
  return `SELECT ip, "user", ${sqlIso('bin')} AS bin, failed
FROM (
  SELECT ip, "user", ${sqlBin('ts', p.binMinutes * 60)} AS bin, count(*)::DOUBLE AS failed
  FROM signin
  WHERE result_code IN ${sqlList(p.failureCodes)}
  GROUP BY ip, "user", bin
  HAVING count(*) > ${p.minExclusive}
)
ORDER BY bin, ip NULLS FIRST, "user" NULLS FIRST`;
}

/**
 * The rows of reference-rule query `sql`, computed once per case between two write turns (its first page and its side
 * file in `analyze` ask for the same): kept in the read memo under the query and the sign-in sources it reads.
 */
export async function referenceSpikeRows(c: DuckDBConnection, sql: string, memo: ReadMemo | undefined): Promise<QueryRows | null> {
  if (!memo) return null;
  const { stamp } = await queryOne<{ stamp: string }>(
    c,
    `SELECT (SELECT count(*) FROM signin)::VARCHAR || '/' || coalesce((SELECT string_agg(id::VARCHAR, ',' ORDER BY id) FROM sources WHERE kind = 'signin'), '') AS stamp`,
  );
  return memoQueryRows(c, sql, stamp, memo);
}

/** One page of reference-rule rows, with the parameters and SQL that produced them (from the rows kept in `memo` when the side file just read them). */
export async function referenceSpikes(c: DuckDBConnection, p: SpikeParams['reference'], offset: number, limit: number, memo?: ReadMemo): Promise<SpikePageDto> {
  const sql = referenceSpikesSql(p);
  const { total, rows } = pageOfKept<SpikeRowDto>(await referenceSpikeRows(c, sql, memo), offset, limit) ?? (await pageOf<SpikeRowDto>(c, sql, offset, limit));
  return { params: p, sql, total, rows };
}
