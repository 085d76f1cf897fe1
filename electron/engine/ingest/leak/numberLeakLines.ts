import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent } from '../../db/sqlString';
import { leakTable } from './leakTable';
import { leakValueColumns } from './leakValueColumns';

/**
 * Rewrites `_line` of a leak table created by createLeakTable as the line each record starts on,
 * counting the newlines inside quoted fields of the records before it (the exact, slower numbering,
 * needed only when some field holds a newline).
 */
export async function numberLeakLines(c: DuckDBConnection, sourceId: number, firstLine: number): Promise<void> {
  const table = leakTable(sourceId);
  const staged = sqlIdent(`leak_${sourceId}_lines`);
  const cols = (await leakValueColumns(c, sourceId)).map(sqlIdent);
  const newlines = cols.map((q) => `coalesce(length(${q}) - length(replace(${q}, chr(10), '')), 0)`).join(' + ');
  await c.run(
    `CREATE TABLE ${staged} AS
     SELECT (${firstLine} + coalesce(sum(1 + _nl) OVER (ORDER BY _line ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::BIGINT AS _line, ${cols.join(', ')}
     FROM (SELECT *, ${newlines || '0'} AS _nl FROM ${table})
     ORDER BY _line`,
  );
  await c.run(`DROP TABLE ${table}`);
  await c.run(`ALTER TABLE ${staged} RENAME TO ${table}`);
}
