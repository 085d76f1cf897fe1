import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../../sql/queryRows';
import { sqlIdent } from '../../../sql/sqlString';
import type { LoadFinish } from '../../Loader';
import { leakLoadingName, leakTable } from './leakTable';
import { leakValueColumns } from './leakValueColumns';
import { numberLeakLines } from './numberLeakLines';
import { shiftLinesPastRejects } from './shiftLinesPastRejects';

/**
 * Numbers the lines of a committed `leak_<id>_loading` (createLeakTable) and renames it `leak_<id>`, in the
 * transaction that makes the source ready. Committed rows are numbered in parallel scans: each record's `_line` is
 * firstLine + its rowid (rows were inserted in file order) unless some field holds a newline (then numberLeakLines
 * counts them), moved past the lines the CSV reader refused. When `oneLineRecords` knows from the input's line count
 * that every record sat on one line, the scan looking for a newline in the fields is skipped.
 */
export async function finishLeakLoad(c: DuckDBConnection, sourceId: number, firstLine: number, refusedLines: number[], oneLineRecords: () => Promise<boolean>): Promise<void> {
  const table = leakLoadingName(sourceId);
  const cols = (await leakValueColumns(c, table)).map(sqlIdent);
  const { multiline } =
    cols.length === 0 || (await oneLineRecords())
      ? { multiline: false }
      : await queryOne<{ multiline: boolean }>(
          c,
          `SELECT EXISTS (SELECT 1 FROM ${sqlIdent(table)} WHERE ${cols.map((q) => `contains(${q}, chr(10))`).join(' OR ')}) AS multiline`,
        );
  if (multiline) await numberLeakLines(c, table, firstLine);
  else await c.run(`UPDATE ${sqlIdent(table)} SET _line = ${Math.trunc(firstLine)} + rowid`);
  await shiftLinesPastRejects(c, table, refusedLines);
  await c.run(`ALTER TABLE ${sqlIdent(table)} RENAME TO ${leakTable(sourceId)}`);
}

/** The second step of a delimited leak load, for addSource: finishLeakLoad, or dropping the unfinished table. */
export function leakLoadFinish(sourceId: number, firstLine: number, refusedLines: number[], oneLineRecords: () => Promise<boolean>): LoadFinish {
  return {
    run: (c) => finishLeakLoad(c, sourceId, firstLine, refusedLines, oneLineRecords),
    discard: async (c) => void (await c.run(`DROP TABLE IF EXISTS ${sqlIdent(leakLoadingName(sourceId))}`)),
  };
}
