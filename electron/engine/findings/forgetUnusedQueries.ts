import type { DuckDBConnection } from '@duckdb/node-api';

/** Drops the SQL and parameters no stored finding names any more (after a run replaced its findings, or a source's were removed), so finding_query holds only what the findings need. */
export async function forgetUnusedQueries(c: DuckDBConnection): Promise<void> {
  await c.run(`DELETE FROM finding_query WHERE key NOT IN (SELECT query_key FROM finding WHERE query_key IS NOT NULL)`);
}
