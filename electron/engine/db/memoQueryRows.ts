import type { DuckDBConnection, Json } from '@duckdb/node-api';
import { explainStatsOverflow } from '../sql/explainStatsOverflow';
import type { ReadMemo } from './ReadMemo';

/** Rows of one ordered query a case's read memo keeps at most (a few MB); beyond, each reader computes its own. */
const maxKept = 100_000;

/** The in-memory database CaseDb attaches beside the case: tables of kept rows, gone with the process, never in the case file. */
export const scratchDatabase = 'scratch';

/** Scratch tables kept per case at once (the memo keeps four results; a reader may still hold an older one's rows). */
const maxTables = 8;

/** Every row of an ordered query, as JSON row arrays with the column names; `complete` false when it stopped past maxKept. */
export interface QueryRows {
  columns: string[];
  rows: Json[][];
  complete: boolean;
  /** When asked for: the scratch table holding the same rows, in order by its first column `kept_rn`, while it lasts (keptTableSql). */
  table?: string;
}

/** A row of QueryRows as the Api returns it (the query's column names as keys). */
export function rowObject<T>(columns: string[], row: Json[]): T {
  // A plain loop: Object.fromEntries over mapped pairs builds two arrays per row, four times the work for the baseline's tens of thousands.
  const o: Record<string, Json> = {};
  for (let i = 0; i < columns.length; i++) o[columns[i] as string] = row[i] ?? null;
  return o as T;
}

/** Scratch tables made by this process, newest last, per case memo. */
const tablesOf = new WeakMap<ReadMemo, string[]>();
let made = 0;

/** Streams `sql` into JSON row arrays, stopping past maxKept. */
async function readRows(c: DuckDBConnection, sql: string): Promise<QueryRows> {
  const result = await c.stream(sql);
  const rows: Json[][] = [];
  for await (const chunk of result.yieldRowsJson()) {
    rows.push(...chunk);
    if (rows.length > maxKept) return { columns: result.columnNames(), rows, complete: false };
  }
  return { columns: result.columnNames(), rows, complete: true };
}

/**
 * Computes `sql` once into a scratch table (so a side file of the same rows can be written by DuckDB, not row by row in
 * JS) and reads its rows back in order; the oldest scratch tables beyond maxTables are dropped.
 */
async function readRowsKeepingTable(c: DuckDBConnection, sql: string, memo: ReadMemo): Promise<QueryRows> {
  const table = `${scratchDatabase}.kept_${process.pid}_${++made}`;
  const tables = tablesOf.get(memo) ?? [];
  tablesOf.set(memo, tables);
  const old = tables.splice(0, Math.max(0, tables.length + 1 - maxTables));
  await c.run(
    [
      ...old.map((t) => `DROP TABLE IF EXISTS ${t}`),
      `CREATE TABLE ${table} AS SELECT row_number() OVER () AS kept_rn, * FROM (${sql}) LIMIT ${maxKept + 1}`,
    ].join('; '),
  );
  tables.push(table);
  const found = await readRows(c, keptTableSql(table));
  return found.complete ? { ...found, table } : found;
}

/** The ordered query of a scratch table's rows, without its order column. */
export function keptTableSql(table: string): string {
  return `SELECT * EXCLUDE (kept_rn) FROM ${table} ORDER BY kept_rn`;
}

/** Whether a kept result's scratch table is still there (the case reopened or newer results took its place: read the rows instead). */
export async function keptTableExists(c: DuckDBConnection, table: string): Promise<boolean> {
  const name = table.slice(scratchDatabase.length + 1);
  const found = await c.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE database_name = '${scratchDatabase}' AND table_name = $name`, {
    name,
  });
  return found.getRowsJson()[0]?.[0] === 1;
}

/**
 * The rows of ordered query `sql`, computed once per case between two write turns (why: `analyze` asks for a detector's
 * rows for its first page and again for its side file, and they cannot change between them): kept in `memo` under the
 * query and `stamp` (what the query reads), when complete; with `keepTable`, also in a scratch table. Null without a memo (inside a write turn).
 */
export async function memoQueryRows(c: DuckDBConnection, sql: string, stamp: string, memo: ReadMemo | undefined, keepTable = false): Promise<QueryRows | null> {
  if (!memo) return null;
  return memo.get(
    `${stamp}\u0000${keepTable}\u0000${sql}`,
    () => explainStatsOverflow(() => (keepTable ? readRowsKeepingTable(c, sql, memo) : readRows(c, sql))),
    (found) => found.complete,
  );
}

/** One page of kept rows with their total, as pageOf returns it, or null when the rows are not all kept. */
export function pageOfKept<T>(found: QueryRows | null, offset: number, limit: number): { total: number; rows: T[] } | null {
  if (found?.complete !== true) return null;
  return { total: found.rows.length, rows: found.rows.slice(offset, offset + limit).map((r) => rowObject<T>(found.columns, r)) };
}
