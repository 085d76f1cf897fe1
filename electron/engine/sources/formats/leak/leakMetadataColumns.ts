import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../../../sql/queryRows';
import { sqlIdent, sqlString } from '../../../sql/sqlString';

/** The column comment marking a leak column as the export's own metadata. */
const metadataComment = 'breachdesk:metadata';

/**
 * Marks columns of leak table `table` as the export's metadata (an Elasticsearch hit's `_index`, `_type`, `_id`,
 * `_score`), in the table itself so it lasts with the case: why: coverage must never count them as a category of
 * personal data (a constant index name read as Names went into the notification's list).
 */
export async function markLeakMetadata(c: DuckDBConnection, table: string, columns: string[]): Promise<void> {
  for (const column of columns) await c.run(`COMMENT ON COLUMN ${sqlIdent(table)}.${sqlIdent(column)} IS ${sqlString(metadataComment)}`);
}

/** The columns of leak table `table` that markLeakMetadata marked, for coverage to leave unclassified. */
export async function leakMetadataColumns(c: DuckDBConnection, table: string): Promise<Set<string>> {
  const rows = await queryRows<{ name: string }>(
    c,
    `SELECT column_name AS name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = $table AND comment = $comment`,
    { table, comment: metadataComment },
  );
  return new Set(rows.map((r) => r.name));
}
