import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../db/queryRows';
import { sqlIdent } from '../../db/sqlString';
import { leakTable } from './leakTable';
import { leakValueColumns } from './leakValueColumns';
import { numberLeakLines } from './numberLeakLines';

/**
 * Last step of a leak load from createLeakTable, inside its transaction: when some field holds a newline the
 * one-line-per-record `_line` numbering is not exact, so it is renumbered (numberLeakLines). The check is one
 * `contains` scan (about 4 s per 10 M rows here); the PII coverage is computed after the commit (addSource), where
 * its scans use every core.
 */
export async function finishLeakLoad(c: DuckDBConnection, sourceId: number, firstLine: number): Promise<void> {
  const cols = (await leakValueColumns(c, sourceId)).map(sqlIdent);
  if (cols.length === 0) return;
  const { multiline } = await queryOne<{ multiline: boolean }>(
    c,
    `SELECT EXISTS (SELECT 1 FROM ${leakTable(sourceId)} WHERE ${cols.map((q) => `contains(${q}, chr(10))`).join(' OR ')}) AS multiline`,
  );
  if (multiline) await numberLeakLines(c, sourceId, firstLine);
}
