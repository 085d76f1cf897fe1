import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent } from '../../db/sqlString';
import { leakTable } from './leakTable';

/**
 * Creates `leak_<id>` from a scan whose rows arrive in file order, every column as VARCHAR, plus `_line`
 * as if every record were one line: firstLine + its position. That is the exact start line whenever no
 * field holds a newline; finishLeakLoad renumbers with numberLeakLines when some field does.
 */
export async function createLeakTable(c: DuckDBConnection, sourceId: number, scan: string, columns: string[], firstLine: number): Promise<number> {
  const cols = columns.map(sqlIdent);
  await c.run(
    `CREATE TABLE ${leakTable(sourceId)} AS
     SELECT (${firstLine - 1} + row_number() OVER ())::BIGINT AS _line, ${cols.map((q) => `${q}::VARCHAR AS ${q}`).join(', ')}
     FROM ${scan}`,
  );
  const reader = await c.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM ${leakTable(sourceId)}`);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}
