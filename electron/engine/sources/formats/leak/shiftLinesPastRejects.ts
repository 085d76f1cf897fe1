import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent } from '../../../sql/sqlString';
import { leakValueColumns } from './leakValueColumns';

/**
 * Moves each record's `_line` in leak table `table` (unquoted) past the lines the CSV reader refused before it, so evidence points at the physical line:
 * with r_1 < r_2 < … the refused lines, a record numbered L as if they were absent starts on L + #{j : r_j − j < L}.
 * Runs only when some line was refused; the order of the records does not change.
 */
export async function shiftLinesPastRejects(c: DuckDBConnection, table: string, refusedLines: number[]): Promise<void> {
  if (refusedLines.length === 0) return;
  const shifts = sqlIdent(`${table}_refused`);
  const staged = sqlIdent(`${table}_shifted`);
  await c.run(`CREATE TEMP TABLE ${shifts} (g BIGINT, k BIGINT)`);
  const appender = await c.createAppender(`${table}_refused`, 'main', 'temp');
  refusedLines.forEach((line, i) => {
    appender.appendBigInt(BigInt(line - (i + 1)));
    appender.appendBigInt(BigInt(i + 1));
    appender.endRow();
  });
  appender.closeSync();
  const cols = (await leakValueColumns(c, table)).map((name) => `l.${sqlIdent(name)}`);
  await c.run(
    `CREATE TABLE ${staged} AS
     SELECT (l._line + coalesce(s.k, 0))::BIGINT AS _line${cols.length ? `, ${cols.join(', ')}` : ''}
     FROM ${sqlIdent(table)} l ASOF LEFT JOIN (SELECT g, max(k) AS k FROM ${shifts} GROUP BY g) s ON l._line > s.g
     ORDER BY l._line`,
  );
  await c.run(`DROP TABLE ${shifts}`);
  await c.run(`DROP TABLE ${sqlIdent(table)}`);
  await c.run(`ALTER TABLE ${staged} RENAME TO ${sqlIdent(table)}`);
}
