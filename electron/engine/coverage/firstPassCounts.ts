import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../sql/queryRows';
import { sqlIdent } from '../sql/sqlString';
import { classChecks, type CheckKey } from './coverageMacros';
import { featureColumns, guardOf } from './coverageGuards';
import { normalisedValues } from './exactCheckCounts';
import { valueCounts, type GroupedValues } from './valueCounts';

/** Rows read from the top of the table to tell which columns hold few distinct values. */
const sampleRows = 100_000;

/** A column whose sample holds at most this share of distinct values is counted by value. */
const fewValuedShare = 0.25;

/** Or whose distinct values grow by at most this factor from the sample's first half to all of it: they are running out. */
const saturatedGrowth = 1.5;

const keys = Object.keys(classChecks) as CheckKey[];

/**
 * Columns (by index) that look few-valued in the table's first rows (few distinct values, or distinct values that stop
 * growing): grouping such a column first is cheap (DuckDB aggregates its dictionary-compressed segments per dictionary
 * entry), so its features run once per distinct value instead of once per row. Only a speed choice: the counts are
 * the same either way. The sample's values are counted by their hashes: near exact (the approximate count can be a
 * quarter off, enough to miss a column whose values stop growing) for little more than the approximate count costs.
 */
export async function fewValuedColumns(c: DuckDBConnection, table: string, columns: string[]): Promise<Set<number>> {
  if (columns.length === 0) return new Set();
  const r = await queryOne<Record<string, number>>(
    c,
    `SELECT count(*)::DOUBLE AS n, ${columns
      .map((col, i) => `count(DISTINCT hash(${sqlIdent(col)}))::DOUBLE AS d${i}, count(DISTINCT hash(${sqlIdent(col)})) FILTER (_r <= ${sampleRows / 2})::DOUBLE AS h${i}`)
      .join(', ')}
     FROM (SELECT ${columns.map(sqlIdent).join(', ')}, row_number() OVER () AS _r FROM (SELECT * FROM ${table} LIMIT ${sampleRows}))`,
  );
  const n = r.n ?? 0;
  const few = (d: number, half: number) => d <= n * fewValuedShare || (n === sampleRows && d <= half * saturatedGrowth);
  return new Set(columns.flatMap((_, i) => (few(r[`d${i}`] ?? 0, r[`h${i}`] ?? 0) ? [i] : [])));
}

/** The first pass's counts of value column v<i> over rows, or, with `n`, over distinct raw values weighted by their count. */
function counts(i: number, distinct: (v: string) => string, n?: string): string[] {
  const count = (cond: string) => (n ? `sum(${n}) FILTER (${cond})` : `count_if(${cond})`);
  return [
    `${n ? `sum(${n}) FILTER (v${i} IS NOT NULL)` : `count(v${i})`}::DOUBLE AS p${i}`,
    `${distinct(`v${i}`)}::DOUBLE AS d${i}`,
    ...keys.map((k) => `${count(guardOf(k, i))}::DOUBLE AS ${k}${i}`),
  ];
}

/**
 * The first coverage pass: per column, populated (p<i>) and distinct (d<i>) values,
 * and how many values pass each check's pre-filter (<key><i>). One scan covers the many-valued columns; each
 * few-valued column is grouped by raw value first and counted once per value, weighted. Distinct counts agree
 * exactly: count(DISTINCT) ignores repeats, and approx_count_distinct's sketch depends only on the set of values.
 * Columns in `skip` are counted by another pass; `grouped` holds few-valued columns already grouped by value.
 */
export async function firstPassCounts(
  c: DuckDBConnection,
  table: string,
  columns: string[],
  distinct: (v: string) => string,
  few: Set<number>,
  skip: Set<number> = new Set(),
  grouped?: GroupedValues,
): Promise<Record<string, number>> {
  const many = [...columns.entries()].filter(([i]) => !few.has(i) && !skip.has(i));
  const first: Record<string, number | null> =
    many.length === 0
      ? {}
      : await queryOne<Record<string, number>>(
          c,
          `SELECT ${many.flatMap(([i]) => counts(i, distinct)).join(', ')}
           FROM (SELECT ${many.map(([i]) => `v${i}, ${featureColumns(i)}`).join(', ')} FROM ${normalisedValues(table, many)})`,
        );
  for (const i of few) {
    Object.assign(
      first,
      await queryOne<Record<string, number | null>>(
        c,
        `SELECT ${counts(i, distinct, '_n').join(', ')}
         FROM (SELECT v${i}, _n, ${featureColumns(i)}
               FROM (SELECT bd_norm(raw) AS v${i}, n AS _n FROM ${grouped?.source(i) ?? valueCounts(table, columns[i] as string)}))`,
      ),
    );
  }
  return Object.fromEntries(Object.entries(first).map(([k, v]) => [k, v ?? 0]));
}
