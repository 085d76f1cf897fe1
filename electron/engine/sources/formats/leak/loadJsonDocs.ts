import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../../../sql/queryRows';
import { sqlIdent, sqlString } from '../../../sql/sqlString';
import type { RejectedRow } from '../../Loader';
import { columnNames } from './columnNames';
import { leakTable } from './leakTable';
import { jsonLeafPaths, jsonPointer } from './jsonLeafPaths';
import { elasticHitColumns } from './elasticHits';
import { unwrapExtendedJson } from './extendedJson';
import { markLeakMetadata } from './leakMetadataColumns';

/** Most fields kept as columns; beyond that a document's extra fields stay out (the raw JSON is not kept). */
const maxKeys = 2000;

/**
 * Turns JSON documents (`_line`, `j` text) into `leak_<id>`: one VARCHAR column per field (jsonLeafPaths: nested
 * objects flattened into dotted names, lists kept as JSON text, MongoDB Extended JSON wrappers unwrapped into their
 * field: unwrapExtendedJson; Elasticsearch hits named by their `_source` fields, the hit's metadata marked: elasticHitColumns),
 * in first-seen order. Blank entries are skipped;
 * anything that is not a JSON object becomes a reject saying so.
 */
export async function loadJsonDocs(
  c: DuckDBConnection,
  sourceId: number,
  docs: string,
  unit: string,
): Promise<{ rowsLoaded: number; rejects: RejectedRow[]; rowsRejected: number; columns: string[] }> {
  const staged = sqlIdent(`leak_docs_${sourceId}`);
  await c.run(
    `CREATE TEMP TABLE ${staged} AS
     SELECT _line, j, CASE WHEN json_valid(j) THEN json_type(j::JSON) END AS kind
     FROM (${docs}) WHERE j IS NOT NULL AND trim(j) <> ''`,
  );
  const fields = await jsonLeafPaths(c, staged, maxKeys);
  const { titles, metadata } = elasticHitColumns(fields);
  const names = columnNames(titles, fields.length);
  // Plain fields read as text in one list; fields holding Extended JSON wrappers read as JSON in another, then unwrapped.
  const plain = fields.flatMap((f, i) => (f.wrapped ? [] : [i]));
  const wrapped = fields.flatMap((f, i) => (f.wrapped ? [i] : []));
  const picks = names.map((n, i) =>
    fields[i]?.wrapped ? `${unwrapExtendedJson(`w[${wrapped.indexOf(i) + 1}]`)} AS ${sqlIdent(n)}` : `e[${plain.indexOf(i) + 1}] AS ${sqlIdent(n)}`,
  );
  const pointers = (idx: number[]) => idx.map((i) => sqlString(jsonPointer(fields[i]?.keys ?? []))).join(', ') || "'/'";
  await c.run(
    `CREATE TABLE ${leakTable(sourceId)} AS
     SELECT _line::BIGINT AS _line${picks.length ? ', ' + picks.join(', ') : ''}
     FROM (SELECT _line, json_extract_string(j, [${pointers(plain)}]) AS e, ${wrapped.length ? `json_extract(j, [${pointers(wrapped)}])` : 'NULL'} AS w FROM ${staged} WHERE kind = 'OBJECT')
     ORDER BY _line`,
  );
  await markLeakMetadata(c, `leak_${sourceId}`, names.filter((_, i) => metadata[i]));
  const { rowsLoaded, rowsRejected } = await queryOne<{ rowsLoaded: number; rowsRejected: number }>(
    c,
    `SELECT count(*) FILTER (WHERE kind = 'OBJECT')::DOUBLE AS "rowsLoaded", count(*) FILTER (WHERE kind IS DISTINCT FROM 'OBJECT')::DOUBLE AS "rowsRejected" FROM ${staged}`,
  );
  const bad = await queryRows<{ line: number; kind: string | null; raw: string }>(
    c,
    `SELECT _line::DOUBLE AS line, kind, left(j, 2000) AS raw FROM ${staged} WHERE kind IS DISTINCT FROM 'OBJECT' ORDER BY _line LIMIT 10000`,
  );
  await c.run(`DROP TABLE ${staged}`);
  const rejects = bad.map((b) => ({
    line: b.line,
    column: null,
    reason: `expected a JSON object ${unit}, got ${b.kind === null ? 'text that is not valid JSON' : `a JSON ${b.kind.toLowerCase()}`}`,
    raw: b.raw,
  }));
  return { rowsLoaded, rejects, rowsRejected, columns: names };
}
