import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent } from '../../db/sqlString';
import { leakTable } from './leakTable';

/**
 * Creates `leak_<id>` from a scan whose rows arrive in file order, every column as VARCHAR, plus `_line`:
 * the line each record starts on, counting the newlines inside quoted fields of the records before it.
 */
export async function createLeakTable(c: DuckDBConnection, sourceId: number, scan: string, columns: string[], firstLine: number): Promise<number> {
  const cols = columns.map(sqlIdent);
  const newlines = cols.map((q) => `coalesce(length(${q}) - length(replace(${q}, chr(10), '')), 0)`).join(' + ');
  await c.run(
    `CREATE TABLE ${leakTable(sourceId)} AS
     SELECT (${firstLine} + coalesce(sum(1 + _nl) OVER (ORDER BY _rn ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::BIGINT AS _line,
            ${cols.map((q) => `${q}::VARCHAR AS ${q}`).join(', ')}
     FROM (SELECT *, ${newlines} AS _nl FROM (SELECT row_number() OVER () AS _rn, * FROM ${scan}))
     ORDER BY _rn`,
  );
  const reader = await c.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM ${leakTable(sourceId)}`);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}
