import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../../shared/api/detectParams';
import type { SpikePageDto, SpikeRowDto } from '../../../shared/api/spikesApi';
import { pageOf } from '../sql/pageOf';
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

/** One page of reference-rule rows, with the parameters and SQL that produced them. */
export async function referenceSpikes(c: DuckDBConnection, p: SpikeParams['reference'], offset: number, limit: number): Promise<SpikePageDto> {
  const sql = referenceSpikesSql(p);
  const { total, rows } = await pageOf<SpikeRowDto>(c, sql, offset, limit);
  return { params: p, sql, total, rows };
}
