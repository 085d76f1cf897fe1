import type { DuckDBConnection } from '@duckdb/node-api';
import { maskStyleForClass } from '../../../shared/mask/maskStyleForClass';
import { queryRows } from '../sql/queryRows';
import { clearColumns, freeTextClass, personalKeys, personalTableColumns } from '../privacy/personalRule';

/** Personal fields of the canonical log tables, by column name. */
const logClasses: Record<string, string> = { user: 'Usernames', ip: 'IP addresses', object: 'Identifiers' };

/** Column types that cannot hold a name, an address or free text. */
const clearType = /^(BOOLEAN|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*|DATE|TIME.*|TIMESTAMP.*|INTERVAL|UUID)$/i;

/** The class of a column outside the leak tables (personalRule.ts, point 3): by name, else free text unless clear. */
function logColumnClass(table: string, column: string, type: string): { dataClass: string | null; masked: boolean } {
  const kind = personalTableColumns[table]?.[column] ?? personalKeys[column];
  if (logClasses[column]) return { dataClass: logClasses[column] as string, masked: true };
  if (kind === 'identity') return { dataClass: column === 'raw' ? 'Other' : 'Usernames', masked: true };
  if (kind === 'ip') return { dataClass: 'IP addresses', masked: true };
  if (clearType.test(type) || clearColumns.has(column)) return { dataClass: null, masked: false };
  return { dataClass: freeTextClass, masked: true };
}

/**
 * Decides the data class and masking of every column: leak tables from the PII coverage results (anything unclassified
 * masked, since it may identify someone), other tables by the personal-data rule (privacy/personalRule.ts).
 * `scope` narrows the coverage lookup to one table for the per-page path.
 */
export async function columnClasses(
  c: DuckDBConnection,
  scope: { table?: string } = {},
): Promise<(table: string, column: string, type: string) => { dataClass: string | null; masked: boolean }> {
  const leakClasses = new Map<string, string>();
  if (scope.table === undefined || scope.table.startsWith('leak_')) {
    const rows = await queryRows<{ t: string; col: string; cls: string }>(
      c,
      `SELECT 'leak_' || source_id AS t, column_name AS col, data_class AS cls FROM coverage_field${scope.table === undefined ? '' : ` WHERE 'leak_' || source_id = $table`}`,
      scope.table === undefined ? {} : { table: scope.table },
    );
    for (const r of rows) leakClasses.set(`${r.t}\u0000${r.col}`, r.cls);
  }
  return (table, column, type) => {
    if (table.startsWith('leak_')) {
      const cls = leakClasses.get(`${table}\u0000${column}`) ?? null;
      if (column.startsWith('_')) return { dataClass: null, masked: false };
      return { dataClass: cls, masked: maskStyleForClass(cls) !== 'none' };
    }
    return logColumnClass(table, column, type);
  };
}
