import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../sql/queryRows';
import { sqlIdent, sqlString } from '../sql/sqlString';

/** One scheme (and bcrypt cost) of a password column, with how many values have it. */
export interface HashCount {
  scheme: string;
  cost: number | null;
  count: number;
}

/** Census names of the values bd_scheme leaves unnamed: opaque blobs (bd_opaque_shape), and the rest. */
const opaqueScheme = 'opaque (encrypted or encoded)';
const plainScheme = 'plaintext-looking';

/** The bcrypt cost of value `v`, read by position: bd_scheme already matched `$2[abxy]?$NN$`, so it sits after the third or fourth character. */
const bcryptCost = (v: string) => `(CASE WHEN substr(${v}, 3, 1) = '$' THEN substr(${v}, 4, 2) ELSE substr(${v}, 5, 2) END)::INTEGER`;

/**
 * Census of a password column by unambiguous structure only (needs the coverage macros on the
 * connection): crypt schemes by prefix, bcrypt with its cost, bare hex by length as an ambiguous class,
 * opaque blobs, and the rest as plaintext-looking.
 */
export async function hashCensus(c: DuckDBConnection, table: string, column: string): Promise<HashCount[]> {
  return queryRows<HashCount>(
    c,
    `SELECT scheme, CASE WHEN scheme = 'bcrypt' THEN ${bcryptCost('v')} END AS cost, count(*)::DOUBLE AS count
     FROM (SELECT v, coalesce(bd_scheme(v), CASE WHEN bd_opaque_shape(v) THEN ${sqlString(opaqueScheme)} ELSE ${sqlString(plainScheme)} END) AS scheme
           FROM (SELECT bd_norm(${sqlIdent(column)}) AS v FROM ${table}) WHERE v IS NOT NULL)
     GROUP BY ALL ORDER BY count DESC, scheme, cost`,
  );
}

/**
 * The aggregates that give hashCensus's answer from a pass that already computes value v<i> and its scheme s<i>
 * (exactCheckCounts), so a password column's census costs no scan of its own: schemes and bcrypt costs as JSON
 * histograms, opaque blobs counted; plaintext-looking values are the populated ones left over.
 */
export function censusAggregates(i: number): string[] {
  return [
    `histogram(s${i})::JSON::VARCHAR AS cs${i}`,
    `histogram(CASE WHEN s${i} = 'bcrypt' THEN ${bcryptCost(`v${i}`)} END)::JSON::VARCHAR AS cc${i}`,
    `count_if(bd_opaque(v${i}, s${i}, NULL))::DOUBLE AS co${i}`,
  ];
}

/** Assembles the census of column i from censusAggregates' results and its populated count, in hashCensus's rows and order. */
export function censusFromAggregates(row: Record<string, unknown>, i: number, populated: number): HashCount[] {
  const schemes = JSON.parse((row[`cs${i}`] as string | null) ?? '{}') as Record<string, number>;
  const costs = JSON.parse((row[`cc${i}`] as string | null) ?? '{}') as Record<string, number>;
  const opaque = Number(row[`co${i}`] ?? 0);
  const named = Object.values(schemes).reduce((a, b) => a + Number(b), 0);
  const rows: HashCount[] = [];
  for (const [scheme, n] of Object.entries(schemes)) {
    if (scheme !== 'bcrypt') rows.push({ scheme, cost: null, count: Number(n) });
  }
  for (const [cost, n] of Object.entries(costs)) rows.push({ scheme: 'bcrypt', cost: Number(cost), count: Number(n) });
  if (opaque > 0) rows.push({ scheme: opaqueScheme, cost: null, count: opaque });
  if (populated - named - opaque > 0) rows.push({ scheme: plainScheme, cost: null, count: populated - named - opaque });
  const byCost = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
  return rows.sort((a, b) => b.count - a.count || (a.scheme < b.scheme ? -1 : a.scheme > b.scheme ? 1 : 0) || byCost(a.cost, b.cost));
}
