import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../db/queryRows';
import { sqlIdent } from '../../db/sqlString';
import { leakTable } from './leakTable';

/**
 * Moves each record's `_line` past the lines the CSV reader refused before it, so evidence points at the physical line:
 * with r_1 < r_2 < … the refused lines, a record numbered L as if they were absent starts on L + #{j : r_j − j < L}.
 * Runs only when some line was refused; the order of the records does not change.
 */
export async function shiftLinesPastRejects(c: DuckDBConnection, sourceId: number, refusedLines: number[]): Promise<void> {
  if (refusedLines.length === 0) return;
  const table = leakTable(sourceId);
  const shifts = sqlIdent(`leak_${sourceId}_refused`);
  const staged = sqlIdent(`leak_${sourceId}_shifted`);
  await c.run(`CREATE TEMP TABLE ${shifts} (g BIGINT, k BIGINT)`);
  const appender = await c.createAppender(`leak_${sourceId}_refused`, 'main', 'temp');
  refusedLines.forEach((line, i) => {
    appender.appendBigInt(BigInt(line - (i + 1)));
    appender.appendBigInt(BigInt(i + 1));
    appender.endRow();
  });
  appender.closeSync();
  const cols = (
    await queryRows<{ name: string }>(
      c,
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = 'main' AND table_name = $1 AND column_name <> '_line' ORDER BY ordinal_position`,
      [`leak_${sourceId}`],
    )
  ).map((r) => `l.${sqlIdent(r.name)}`);
  await c.run(
    `CREATE TABLE ${staged} AS
     SELECT (l._line + coalesce(s.k, 0))::BIGINT AS _line${cols.length ? `, ${cols.join(', ')}` : ''}
     FROM ${table} l ASOF LEFT JOIN (SELECT g, max(k) AS k FROM ${shifts} GROUP BY g) s ON l._line > s.g
     ORDER BY l._line`,
  );
  await c.run(`DROP TABLE ${shifts}`);
  await c.run(`DROP TABLE ${table}`);
  await c.run(`ALTER TABLE ${staged} RENAME TO ${sqlIdent(`leak_${sourceId}`)}`);
}
