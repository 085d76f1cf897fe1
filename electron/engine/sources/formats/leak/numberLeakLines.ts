import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent } from '../../../sql/sqlString';
import { leakValueColumns } from './leakValueColumns';

/**
 * Rewrites leak table `table` (unquoted, committed, rows in file order) with `_line` the line each record starts on,
 * counting the newlines inside quoted fields of the records before it: the exact numbering, needed only when some
 * field holds a newline.
 */
export async function numberLeakLines(c: DuckDBConnection, table: string, firstLine: number): Promise<void> {
  const staged = sqlIdent(`${table}_lines`);
  const cols = (await leakValueColumns(c, table)).map(sqlIdent);
  const newlines = cols.map((q) => `coalesce(length(${q}) - length(replace(${q}, chr(10), '')), 0)`).join(' + ');
  await c.run(
    `CREATE TABLE ${staged} AS
     SELECT (${firstLine} + coalesce(sum(1 + _nl) OVER (ORDER BY _rid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::BIGINT AS _line, ${cols.join(', ')}
     FROM (SELECT rowid AS _rid, ${cols.length ? `${cols.join(', ')}, ` : ''}${newlines || '0'} AS _nl FROM ${sqlIdent(table)})
     ORDER BY _line`,
  );
  await c.run(`DROP TABLE ${sqlIdent(table)}`);
  await c.run(`ALTER TABLE ${staged} RENAME TO ${sqlIdent(table)}`);
}
