import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../sql/queryRows';

/** A set of derived tables built together from one raw table: the sign-in rollups from `signin`, the transfer rollups from `transfer`. */
export type DerivedSet = 'signin' | 'transfer';

/**
 * Which raw rows each set of derived tables was built from (why: readers use a rollup only when it holds exactly the
 * rows the raw table holds now, and an ingest extends it by the new source's rows only when it covers all the others).
 * Written in the transaction that builds the set, so a crash before its commit leaves the set marked not current.
 */
export const derivedStateTable = 'rollup.derived_state';

/** What a set was last built from: the raw table's row count then and its source ids. */
export interface DerivedBase {
  rows: number;
  sources: number[];
}

/** The one answer to "is this set of derived tables current": true when it was built from exactly the rows its raw table holds now. */
export async function isDerivedCurrent(c: DuckDBConnection, set: DerivedSet): Promise<boolean> {
  const { same } = await queryOne<{ same: boolean }>(
    c,
    `SELECT coalesce((SELECT max(base_rows) FROM ${derivedStateTable} WHERE name = $set), -1) = (SELECT count(*) FROM ${set}) AS same`,
    { set },
  );
  return same;
}

/** What the set was last built from, or null when it never was (or a failed build left it unrecorded). */
export async function derivedBase(c: DuckDBConnection, set: DerivedSet): Promise<DerivedBase | null> {
  const [row] = await queryRows<{ rows: number; sources: number[] }>(
    c,
    `SELECT base_rows::DOUBLE AS rows, sources FROM ${derivedStateTable} WHERE name = $set`,
    { set },
  );
  return row ? { rows: row.rows, sources: [...row.sources].map(Number) } : null;
}

/** Forgets what the set was built from (why: a build that starts over leaves it not current until it records again). */
export async function forgetDerived(c: DuckDBConnection, set: DerivedSet): Promise<void> {
  await c.run(`DELETE FROM ${derivedStateTable} WHERE name = $set`, { set });
}

/** Records that the set now holds every row of its raw table; call inside the transaction that built it. */
export async function recordDerived(c: DuckDBConnection, set: DerivedSet): Promise<void> {
  await forgetDerived(c, set);
  await c.run(
    `INSERT INTO ${derivedStateTable} SELECT $set, count(*), coalesce(list(DISTINCT source_id ORDER BY source_id), []::INTEGER[]) FROM ${set}`,
    { set },
  );
}
