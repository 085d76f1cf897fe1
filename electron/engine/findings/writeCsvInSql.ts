import fs from 'node:fs';
import path from 'node:path';
import { DuckDBTypeId, type DuckDBConnection, type Json } from '@duckdb/node-api';
import { privateFileMode } from '../db/makePrivate';
import { hashFile } from '../sources/hashFile';
import type { Masker } from '../privacy/Masker';
import { personalKeys, statedKeys } from '../privacy/personalRule';
import { pseudonymTagSql } from '../privacy/pseudonym';
import { csvCell, csvLine } from '../report/tables/csvCell';
import { sqlIdent, sqlString } from '../sql/sqlString';
import { jsNumberSql } from './jsNumberSql';
import { maskedCsvLines } from './maskedCsvLines';
import { moveFile } from './moveFile';

/** What a written side file holds: its columns, rows, size and SHA-256. */
export interface CsvWritten {
  columns: string[];
  rows: number;
  bytes: number;
  sha256: string;
}

/** Column types whose cells this writer formats in SQL as the JS writer did (a number, or text masked per distinct value). */
const textTypes = new Set([DuckDBTypeId.VARCHAR]);
const wholeTypes = new Set([DuckDBTypeId.TINYINT, DuckDBTypeId.SMALLINT, DuckDBTypeId.INTEGER, DuckDBTypeId.UTINYINT, DuckDBTypeId.USMALLINT, DuckDBTypeId.UINTEGER]);
const realTypes = new Set([DuckDBTypeId.FLOAT, DuckDBTypeId.DOUBLE]);

/** Temp tables made by this process (a set per file written, so two writes on one connection never share one). */
let made = 0;

/** A fresh temp table `name(key, text)` of the given pairs, sent as two JSON lists in one statement (DuckDB parses them; no native call per value). */
async function tableOf(c: DuckDBConnection, name: string, [key, keyType]: [string, 'VARCHAR' | 'BIGINT'], text: string, rows: Array<[string | number, string]>): Promise<void> {
  await c.run(
    `CREATE TEMP TABLE ${name} AS SELECT unnest(from_json($keys, '["${keyType}"]')) AS ${key}, unnest(from_json($texts, '["VARCHAR"]')) AS ${text}`,
    { keys: JSON.stringify(rows.map(([k]) => k)), texts: JSON.stringify(rows.map(([, v]) => v)) },
  );
}

/**
 * A fresh temp table `name(col, v, cell)`: each distinct value `v` of the text columns `textAt` of `rowsTable` with its
 * CSV cell, masked in JS by `masker` (values under a personal key with their pseudonym's tag, computed by DuckDB: its
 * HMAC is most of masking a value in JS). Every column's values come in one row of lists and the cells go back in one
 * statement: a statement or a fetch (of 2048 values) more would each wait its turn behind the other lists' work.
 */
async function maskedCellsTable(c: DuckDBConnection, name: string, rowsTable: string, columns: string[], textAt: number[], masker: Masker | null): Promise<void> {
  const tagged = (k: string) => masker !== null && personalKeys[k] !== undefined && !statedKeys.has(k);
  const lists = textAt.map((i) => {
    const k = columns[i] as string;
    const col = `r.${sqlIdent(k)}`;
    return `(SELECT coalesce(list([v${tagged(k) ? `, ${pseudonymTagSql('v')}` : ''}]), []) FROM (SELECT DISTINCT ${col} AS v FROM ${rowsTable} r WHERE ${col} IS NOT NULL))`;
  });
  const found = textAt.length === 0 ? [] : ((await c.runAndReadAll(`SELECT ${lists.join(', ')}`, masker && textAt.some((i) => tagged(columns[i] as string)) ? masker.tagParams() : {})).getRowsJson()[0] as Array<Array<[string, string?]>>);
  const at: number[] = [];
  const values: string[] = [];
  const cells: string[] = [];
  textAt.forEach((i, j) => {
    const k = columns[i] as string;
    const kind = personalKeys[k];
    for (const [v, tag] of found[j] ?? []) {
      at.push(i);
      values.push(v);
      cells.push(csvCell(!masker || statedKeys.has(k) ? v : kind ? masker.byKind(v, kind, tag) : masker.text(v)));
    }
  });
  await c.run(
    `CREATE TEMP TABLE ${name} AS SELECT unnest(from_json($at, '["INTEGER"]')) AS col, unnest(from_json($values, '["VARCHAR"]')) AS v, unnest(from_json($cells, '["VARCHAR"]')) AS cell`,
    { at: JSON.stringify(at), values: JSON.stringify(values), cells: JSON.stringify(cells) },
  );
}

/**
 * Writes one ordered query to a CSV file byte for byte as maskedCsvLines writes it row by row, but formatted and
 * written by DuckDB: each distinct text of a column is masked in JS once (the same Masker, so the same pseudonyms) and
 * joined back in SQL, numbers are spelt as JavaScript spells them, and the rare rows whose free text names one of their
 * own identities get their line from maskedCsvLines itself. DuckDB may only write inside the case, so the file is
 * written in `scratchDir` (a private folder of the case) and then moved to `out` (moveFile), written whole or not at all. Null when
 * a column's type is not one it formats (lists, JSON, 64-bit integers): the caller then writes the file in JS.
 */
export async function writeCsvInSql(
  c: DuckDBConnection,
  sql: string,
  out: string,
  masker: Masker | null,
  scratchDir: string,
  /** Called with the temp table of the ordered rows (`side_rn`, then the query's columns) once it is filled: what else they give. */
  onRows?: (rowsTable: string) => Promise<void>,
): Promise<CsvWritten | null> {
  const prepared = await c.prepare(sql);
  const columns = Array.from({ length: prepared.columnCount }, (_, i) => prepared.columnName(i));
  const types = columns.map((_, i) => prepared.columnTypeId(i));
  if (!types.every((t) => textTypes.has(t) || wholeTypes.has(t) || realTypes.has(t))) return null;
  const n = ++made;
  const rowsTable = `side_rows_${process.pid}_${n}`;
  const temps = [rowsTable];
  const scratch = path.join(scratchDir, `side-${process.pid}-${n}.csv`);
  try {
    await c.run(`CREATE TEMP TABLE ${rowsTable} AS SELECT row_number() OVER () AS side_rn, * FROM (${sql})`);
    await onRows?.(rowsTable);
    const cells: string[] = [];
    const joins: string[] = [];
    const textAt = columns.flatMap((k, i) => (textTypes.has(types[i] as DuckDBTypeId) && !personalKeys[k] && !statedKeys.has(k) ? [i] : []));
    const identityAt = columns.flatMap((k, i) => (textTypes.has(types[i] as DuckDBTypeId) && personalKeys[k] === 'identity' ? [i] : []));
    const cellsTable = `side_cells_${process.pid}_${n}`;
    temps.push(cellsTable);
    await maskedCellsTable(c, cellsTable, rowsTable, columns, columns.flatMap((_, i) => (textTypes.has(types[i] as DuckDBTypeId) ? [i] : [])), masker);
    for (const [i, k] of columns.entries()) {
      const col = `r.${sqlIdent(k)}`;
      if (wholeTypes.has(types[i] as DuckDBTypeId)) cells.push(`coalesce(${col}::VARCHAR, '')`);
      else if (realTypes.has(types[i] as DuckDBTypeId)) cells.push(`coalesce(${jsNumberSql(`${col}::DOUBLE`)}, '')`);
      else {
        joins.push(`LEFT JOIN ${cellsTable} m${i} ON m${i}.col = ${i} AND m${i}.v = ${col}`);
        cells.push(`coalesce(m${i}.cell, '')`);
      }
    }
    if (masker && textAt.length > 0 && identityAt.length > 0) {
      // A row whose free text contains one of its identities is masked with that identity's pattern (maskDeep): rare, so done in JS.
      const names = (i: number) => `r.${sqlIdent(columns[i] as string)}`;
      const suspect = identityAt.map((id) => `(strlen(${names(id)}) >= 3 AND (${textAt.map((t) => `contains(${names(t)}, ${names(id)})`).join(' OR ')}))`).join(' OR ');
      const odd = await c.runAndReadAll(`SELECT r.side_rn::DOUBLE, r.* EXCLUDE (side_rn) FROM ${rowsTable} r WHERE ${suspect} ORDER BY r.side_rn`);
      if (odd.currentRowCount > 0) {
        const line = maskedCsvLines(columns, masker);
        const table = `side_lines_${process.pid}_${n}`;
        temps.push(table);
        await tableOf(c, table, ['rn', 'BIGINT'], 'line', odd.getRowsJson().map(([rn, ...row]) => [rn as number, line(row as Json[]).slice(0, -2)]));
        joins.push(`LEFT JOIN ${table} s ON s.rn = r.side_rn`);
        cells.splice(0, cells.length, `coalesce(s.line, ${cells.join(` || ',' || `)})`);
      }
    }
    fs.writeFileSync(scratch, '', { mode: privateFileMode, flag: 'wx' });
    const lines = `SELECT 0 AS rn, ${sqlString(csvLine(columns).slice(0, -2))} AS line
      UNION ALL SELECT r.side_rn, ${cells.join(` || ',' || `)} FROM ${rowsTable} r ${joins.join(' ')}`;
    const copied = await c.run(`COPY (SELECT line FROM (${lines}) ORDER BY rn) TO ${sqlString(scratch)} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER E'\\x01', NEW_LINE E'\\r\\n')`);
    // COPY counts the lines it wrote, the header among them.
    const count = copied.rowsChanged - 1;
    fs.chmodSync(scratch, privateFileMode);
    moveFile(scratch, out);
    return { columns, rows: count, bytes: fs.statSync(out).size, sha256: await hashFile(out) };
  } finally {
    fs.rmSync(scratch, { force: true });
    // One call for every temp table: each statement sent on its own waits its turn behind the other lists' work.
    await c.run(temps.map((t) => `DROP TABLE IF EXISTS ${t}`).join('; '));
  }
}
