import type { DuckDBConnection } from '@duckdb/node-api';
import { maskStyleForClass } from '../../../shared/mask/maskStyleForClass';
import { queryRows } from '../db/queryRows';

/** Personal fields of the canonical log tables, by column name. */
const logClasses: Record<string, string> = { user: 'Usernames', ip: 'IP addresses', object: 'Identifiers' };

/** Tables whose personal columns are known by name. */
const logTables = new Set(['signin', 'transfer', 'finding', 'rejects']);

/**
 * Decides the data class and masking of every column: log tables by column name, leak tables from the
 * PII coverage results, and anything unclassified in a leak table masked, since it may identify someone.
 * `scope` narrows the coverage lookup to one table (and may say whether coverage exists) for the per-page path.
 */
export async function columnClasses(
  c: DuckDBConnection,
  scope: { table?: string; hasCoverage?: boolean } = {},
): Promise<(table: string, column: string) => { dataClass: string | null; masked: boolean }> {
  const hasCoverage =
    scope.hasCoverage ?? (await queryRows<{ n: number }>(c, `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'coverage_field'`))[0]?.n;
  const leakClasses = new Map<string, string>();
  if (hasCoverage && (scope.table === undefined || scope.table.startsWith('leak_'))) {
    const rows = await queryRows<{ t: string; col: string; cls: string }>(
      c,
      `SELECT 'leak_' || source_id AS t, column_name AS col, data_class AS cls FROM coverage_field${scope.table === undefined ? '' : ` WHERE 'leak_' || source_id = $1`}`,
      scope.table === undefined ? [] : [scope.table],
    );
    for (const r of rows) leakClasses.set(`${r.t}\u0000${r.col}`, r.cls);
  }
  return (table, column) => {
    if (table.startsWith('leak_')) {
      const cls = leakClasses.get(`${table}\u0000${column}`) ?? null;
      if (column.startsWith('_')) return { dataClass: null, masked: false };
      return { dataClass: cls, masked: maskStyleForClass(cls) !== 'none' };
    }
    if (logTables.has(table) && logClasses[column]) {
      const cls = logClasses[column] as string;
      return { dataClass: cls, masked: true };
    }
    if (table === 'rejects' && column === 'raw') return { dataClass: 'Other', masked: true };
    return { dataClass: null, masked: false };
  };
}
