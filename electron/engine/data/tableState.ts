import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { sqlIdent } from '../sql/sqlString';
import { materializedRows } from './materializedRows';

/**
 * What proves a cached description and seek index of a covered table current: its row count (the tables only grow,
 * by whole ingests) and a fingerprint of the coverage classes that decide its masking (leak tables; '' for the others).
 */
export interface TableState {
  rows: number;
  classes: string;
}

/** The `id` of a `leak_<id>` table, or null. */
function leakSource(name: string): number | null {
  const id = /^leak_(\d+)$/.exec(name)?.[1];
  return id === undefined ? null : Number(id);
}

/**
 * UNION ALL branches of `width` + 2 columns that read the state of table `name` alongside other rows of that shape:
 * tag 1 with the row count in the second column, tag 2 once per coverage class (`column` chr(31) `class`) in the
 * third. Plain rows, no aggregate of the classes: a string_agg would cost every page CPU that plain rows do not.
 */
export function tableStateSql(name: string, width: number): string[] {
  const nulls = (n: number): string => Array.from({ length: n }, () => ', NULL').join('');
  const branches = [`SELECT 1, count(*)::DOUBLE${nulls(width)} FROM ${sqlIdent(name)}`];
  const source = leakSource(name);
  if (source !== null) branches.push(`SELECT 2, NULL, column_name || chr(31) || data_class${nulls(width - 1)} FROM coverage_field WHERE source_id = ${source}`);
  return branches;
}

/** The state in rows read through `tableStateSql` (other rows are ignored); null when the count is missing. */
export function tableStateOf(rows: DuckDBValue[][]): TableState | null {
  const count = rows.find((r) => r[0] === 1)?.[1];
  if (typeof count !== 'number') return null;
  const classes = rows.filter((r) => r[0] === 2).map((r) => String(r[2]));
  return { rows: count, classes: classes.sort().join('\u001e') };
}

/** Reads the state of table `name` on its own (in the caller's snapshot). */
export async function tableState(c: DuckDBConnection, name: string): Promise<TableState> {
  const state = tableStateOf(await materializedRows(c, tableStateSql(name, 1).join(' UNION ALL ')));
  if (!state) throw new Error(`No row count for table ${name}`);
  return state;
}
