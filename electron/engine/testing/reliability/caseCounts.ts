import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../../sql/queryRows';

/** Cheap per-call snapshot of a case: its persistent tables and the row counts that an ingest could change. */
export interface CaseCounts {
  tables: string[];
  sources: number;
  transfer: number;
  signin: number;
  rejects: number;
  audit: number;
}

/** Reads the CaseCounts of the case on this connection. */
export async function caseCounts(c: DuckDBConnection): Promise<CaseCounts> {
  const tables = (
    await queryRows<{ name: string }>(
      c,
      `SELECT CASE WHEN schema_name = 'main' THEN table_name ELSE schema_name || '.' || table_name END AS name FROM duckdb_tables()
       WHERE NOT temporary AND database_name = current_database() ORDER BY 1`,
    )
  ).map((t) => t.name);
  const n = await queryOne<Omit<CaseCounts, 'tables'>>(
    c,
    `SELECT (SELECT count(*) FROM sources)::DOUBLE AS sources, (SELECT count(*) FROM transfer)::DOUBLE AS transfer,
            (SELECT count(*) FROM signin)::DOUBLE AS signin, (SELECT count(*) FROM rejects)::DOUBLE AS rejects,
            (SELECT count(*) FROM audit)::DOUBLE AS audit`,
  );
  return { tables, ...n };
}
