import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../sql/queryRows';
import { sqlIdent } from '../sql/sqlString';
import { classChecks, type CheckKey } from './coverageMacros';
import { censusAggregates } from './hashCensus';
import { valueCounts } from './valueCounts';

/** Checks that read the value's hash scheme (bd_scheme) or parsed time (bd_ts), the two costly features. */
const needsScheme = new Set<CheckKey>(['hash', 'opaque']);
const needsTime = new Set<CheckKey>(['date', 'birth', 'phone']);

/** The normalised values of the given columns of `table` as v<i>, for the coverage passes. */
export function normalisedValues(table: string, columns: Array<[number, string]>): string {
  return `(SELECT ${columns.map(([i, col]) => `bd_norm(${sqlIdent(col)}) AS v${i}`).join(', ')} FROM ${table})`;
}

/** The SQL of v<i>'s scheme s<i> and time t<i>, each computed only when one of the checks reads it. */
function costlyFeatures(i: number, keys: CheckKey[]): string {
  const s = keys.some((k) => needsScheme.has(k)) ? `bd_scheme(v${i})` : 'NULL';
  const t = keys.some((k) => needsTime.has(k)) ? `bd_ts(v${i})` : 'NULL';
  return `${s} AS s${i}, ${t} AS t${i}`;
}

/** True when the checks read the value's hash scheme, so the pass computing them can count the census too. */
export function readsScheme(keys: CheckKey[]): boolean {
  return keys.some((k) => needsScheme.has(k));
}

/** What one pass counts for a column: exact check counts, and optionally its totals, subjects and census. */
export interface ColumnChecks {
  column: string;
  keys: CheckKey[];
  /** Also count populated (p<i>) and distinct (d<i>) values. */
  totals?: boolean;
  /** Count subj<i>; by default when the checks include email. */
  subjects?: boolean;
  /** Count the census aggregates; by default when the checks read the hash scheme. */
  census?: boolean;
  /** Count the values lower-casing changes (cased<i>): with none, the subjects are the distinct values, no second distinct count needed. */
  cased?: boolean;
}

/**
 * Exact counts of the given checks over several columns in one scan, as `<key><i>`; with `subjects`,
 * also `subj<i>`: the distinct lower-cased values of every column checked for email, and for every column whose
 * checks read the hash scheme, its census aggregates (censusAggregates): both cheap to add here. With `totals`, the
 * column's populated and distinct counts too, so a pass can stand in for the first one.
 */
export function countChecks(
  c: DuckDBConnection,
  table: string,
  needs: Map<number, ColumnChecks>,
  subjects: (v: string) => string,
): Promise<Record<string, number | string | null>> {
  const cols = [...needs];
  return queryOne<Record<string, number | string | null>>(
    c,
    `SELECT ${cols
      .flatMap(([i, { keys, totals, cased, subjects: subj = keys.includes('email'), census = readsScheme(keys) }]) => [
        ...(totals ? [`count(v${i})::DOUBLE AS p${i}`, `${subjects(`v${i}`)}::DOUBLE AS d${i}`] : []),
        ...keys.map((k) => `count_if(${classChecks[k]}(v${i}, s${i}, t${i}))::DOUBLE AS ${k}${i}`),
        ...(subj ? [`${subjects(`lower(v${i})`)}::DOUBLE AS subj${i}`] : []),
        ...(cased ? [`count_if(v${i} <> lower(v${i}))::DOUBLE AS cased${i}`] : []),
        ...(census ? censusAggregates(i) : []),
      ])
      .join(', ')}
     FROM (SELECT ${cols.map(([i, { keys, census = readsScheme(keys) }]) => `v${i}, ${costlyFeatures(i, census ? [...keys, 'hash'] : keys)}`).join(', ')}
           FROM ${normalisedValues(table, cols.map(([i, { column }]) => [i, column]))})`,
  );
}

/**
 * Exact counts of the given checks over one column with few distinct values: each check runs once per distinct value,
 * weighted by its count; `values` is the column's valueCounts, or a table already holding them.
 */
export async function countChecksByValue(c: DuckDBConnection, table: string, column: string, keys: CheckKey[], values = valueCounts(table, column)): Promise<Record<CheckKey, number>> {
  const r = await queryOne<Record<string, number | null>>(
    c,
    `SELECT ${keys.map((k) => `sum(n) FILTER (WHERE ${classChecks[k]}(v0, s0, t0))::DOUBLE AS ${k}`).join(', ')}
     FROM (SELECT v0, n, ${costlyFeatures(0, keys)}
           FROM (SELECT bd_norm(raw) AS v0, n FROM ${values}))`,
  );
  return Object.fromEntries(keys.map((k) => [k, r[k] ?? 0])) as Record<CheckKey, number>;
}
