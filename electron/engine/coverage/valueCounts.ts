import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent } from '../sql/sqlString';

/** The SQL of a column's distinct raw values with the rows holding each, as (raw, n): the input of the passes that count by value. */
export function valueCounts(table: string, column: string): string {
  return `(SELECT ${sqlIdent(column)} AS raw, count(*) AS n FROM ${table} GROUP BY ALL)`;
}

/** Each grouped column's (raw, n) source by index, and how to drop them. */
export interface GroupedValues {
  source(i: number): string | undefined;
  drop(): Promise<void>;
}

/**
 * Groups each few-valued column of `table` once, into a temp table of valueCounts, so that every pass counting it by value
 * (the first pass, then the costly checks the decision still needs) reads its few values instead of every row again.
 * The caller drops them when done; after a failure they go with its transaction's rollback, or are replaced next time.
 */
export async function groupValues(c: DuckDBConnection, table: string, columns: string[], few: Set<number>): Promise<GroupedValues> {
  const made = new Map<number, string>();
  for (const i of few) {
    const name = sqlIdent(`bd_coverage_values_${i}`);
    await c.run(`CREATE OR REPLACE TEMP TABLE ${name} AS SELECT * FROM ${valueCounts(table, columns[i] as string)}`);
    made.set(i, name);
  }
  return {
    source: (i) => made.get(i),
    drop: async () => {
      for (const t of made.values()) await c.run(`DROP TABLE ${t}`);
    },
  };
}
