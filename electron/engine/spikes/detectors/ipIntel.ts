import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../sql/queryRows';

/** Columns every intel relation the detectors read has. */
const empty = `SELECT NULL::VARCHAR AS ip, NULL::VARCHAR AS country, NULL::VARCHAR AS asn, NULL::VARCHAR AS as_org, NULL::VARCHAR AS range_label WHERE false`;

/**
 * SQL of the relation (ip, country, asn, as_org, range_label) the detectors join for ASN and country evidence: the
 * case's offline IP intel (`source_intel`) when present, else an empty relation so every intel reason stays silent.
 */
export async function ipIntelSql(c: DuckDBConnection): Promise<{ sql: string; present: boolean }> {
  const present = await relationExists(c, 'source_intel');
  return present ? { sql: `SELECT ip, country, asn, as_org, range_label FROM source_intel`, present } : { sql: empty, present };
}

/** Whether a table or view of that name exists in the case (the intel relations exist once intel has been built). */
export async function relationExists(c: DuckDBConnection, name: string): Promise<boolean> {
  const { n } = await queryOne<{ n: number }>(
    c,
    `SELECT ((SELECT count(*) FROM duckdb_tables() WHERE table_name = $name) + (SELECT count(*) FROM duckdb_views() WHERE view_name = $name))::DOUBLE AS n`,
    { name },
  );
  return n > 0;
}
