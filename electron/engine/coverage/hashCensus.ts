import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../db/queryRows';
import { sqlIdent } from '../db/sqlString';

/** One scheme (and bcrypt cost) of a password column, with how many values have it. */
export interface HashCount {
  scheme: string;
  cost: number | null;
  count: number;
}

/**
 * Census of a password column by unambiguous structure only (needs the coverage macros on the
 * connection): crypt schemes by prefix, bcrypt with its cost, bare hex by length as an ambiguous class,
 * opaque blobs, and the rest as plaintext-looking. The bcrypt cost is read by position: bd_scheme already
 * matched `$2[abxy]?$NN$`, so it sits after the third or fourth character.
 */
export async function hashCensus(c: DuckDBConnection, table: string, column: string): Promise<HashCount[]> {
  return queryRows<HashCount>(
    c,
    `SELECT scheme, CASE WHEN scheme = 'bcrypt' THEN (CASE WHEN substr(v, 3, 1) = '$' THEN substr(v, 4, 2) ELSE substr(v, 5, 2) END)::INTEGER END AS cost, count(*)::DOUBLE AS count
     FROM (SELECT v, coalesce(bd_scheme(v), CASE WHEN bd_opaque_shape(v) THEN 'opaque (encrypted or encoded)' ELSE 'plaintext-looking' END) AS scheme
           FROM (SELECT bd_norm(${sqlIdent(column)}) AS v FROM ${table}) WHERE v IS NOT NULL)
     GROUP BY ALL ORDER BY count DESC, scheme, cost`,
  );
}
