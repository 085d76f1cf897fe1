import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableInfoDto } from '../../../shared/api/dataApi';
import { UserError } from '../../../shared/userError';
import { queryRows } from '../sql/queryRows';
import { sqlIdent } from '../sql/sqlString';
import { columnClasses } from './columnClasses';
import { loadingSuffix } from '../sources/formats/leak/leakTable';

/** Lists the case's own tables (not temp or internal ones, nor a leak table whose load is finishing) with their columns and masking. */
export async function caseTables(c: DuckDBConnection): Promise<TableInfoDto[]> {
  const tables = await queryRows<{ name: string; rows: number }>(
    c,
    `SELECT table_name AS name, estimated_size::DOUBLE AS rows FROM duckdb_tables()
     WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND NOT suffix(table_name, $loading) ORDER BY table_name`,
    { loading: loadingSuffix },
  );
  const columns = await queryRows<{ table: string; name: string; type: string }>(
    c,
    `SELECT table_name AS "table", column_name AS name, data_type AS type FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' ORDER BY table_name, column_index`,
  );
  const classes = await columnClasses(c);
  return tables.map((t) => ({
    name: t.name,
    rows: t.rows,
    columns: columns
      .filter((col) => col.table === t.name)
      .map((col) => {
        const info = classes(t.name, col.name, col.type);
        return { name: col.name, type: col.type, dataClass: info.dataClass, masked: info.masked };
      }),
  }));
}

/**
 * Finds one table by name, refusing names that are not tables of the case (no SQL reaches DuckDB unchecked). Answers
 * as `caseTables` would for that table, but reads the catalog for it alone, since every data-view page calls it.
 */
export async function requireTable(c: DuckDBConnection, name: string): Promise<TableInfoDto> {
  const found = await queryRows<{ name: string; rows: number; db: string }>(
    c,
    `SELECT table_name AS name, estimated_size::DOUBLE AS rows, database_name AS db FROM duckdb_tables()
     WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary AND table_name = $name AND NOT suffix(table_name, $loading)`,
    { name, loading: loadingSuffix },
  );
  const [table] = found;
  if (!table) throw new UserError('not_found', `No table "${name}" in this case.`);
  const columns = await queryRows<{ name: string; type: string }>(c, `SELECT name, type FROM pragma_table_info($table) ORDER BY cid`, {
    table: `${sqlIdent(table.db)}.main.${sqlIdent(name)}`,
  });
  const classes = await columnClasses(c, { table: name });
  return {
    name,
    rows: table.rows,
    columns: columns.map((col) => {
      const info = classes(name, col.name, col.type);
      return { name: col.name, type: col.type, dataClass: info.dataClass, masked: info.masked };
    }),
  };
}

/** Refuses column names that are not columns of `table`. */
export function requireColumn(table: TableInfoDto, column: string): void {
  if (!table.columns.some((c) => c.name === column)) throw new UserError('not_found', `No column "${column}" in table ${table.name}.`);
}
