import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../db/queryRows';

/** Columns every intel relation the detectors read has. */
const empty = `SELECT NULL::VARCHAR AS ip, NULL::VARCHAR AS country, NULL::VARCHAR AS asn, NULL::VARCHAR AS as_org, NULL::VARCHAR AS range_label WHERE false`;

/**
 * SQL of the relation (ip, country, asn, as_org, range_label) the detectors join for ASN and country evidence: the
 * case's offline IP intel (`source_intel`) when present, else an empty relation so every intel reason stays silent.
 */
export async function ipIntelSql(c: DuckDBConnection): Promise<{ sql: string; present: boolean }> {
  const { n } = await queryOne<{ n: number }>(
    c,
    `SELECT (SELECT count(*) FROM duckdb_tables() WHERE table_name = 'source_intel') + (SELECT count(*) FROM duckdb_views() WHERE view_name = 'source_intel')::DOUBLE AS n`,
  );
  const present = n > 0;
  return present ? { sql: `SELECT ip, country, asn, as_org, range_label FROM source_intel`, present } : { sql: empty, present };
}
