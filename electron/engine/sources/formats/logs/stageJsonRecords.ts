import fs from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../../../../shared/userError';
import { sqlIdent, sqlString } from '../../../sql/sqlString';
import { composeLogPrefix } from './composeLogPrefix';
import { jsonShape, type JsonShape } from './jsonShape';
import { type LineWatch, stageLines } from './stageLines';
import { scrubQuotedValues } from '../../../db/scrubQuotedValues';
import { isGzipFile } from '../../verifyGzip';
import type { ContainerWrapping } from './container/ContainerWrapping';

/** Largest single record of a JSON array (DuckDB sizes its read buffer from it, so keep it modest). */
const maxRecordBytes = 64 * 1024 * 1024;

/**
 * Stages a JSON log as a temp table `(ln BIGINT, raw VARCHAR, j JSON)`: one row per record, `ln` the
 * 1-based line (NDJSON) or record index (array, wrapper, indented objects), `j` NULL when the line is not a JSON object;
 * a line `docker compose logs` led with its service (`caddy  | {…}`) is read as the JSON after that prefix, `raw` the line.
 * Blank lines are dropped. Arrays are streamed by DuckDB's JSON reader, lines by the appender. A container log
 * (`wrapping`) is read as lines, each unwrapped (stageLines); returned with the lines it skipped as the platform's or the service's own.
 */
export async function stageJsonRecords(
  c: DuckDBConnection,
  file: string,
  head: Buffer,
  table: string,
  displayName: string,
  watch: LineWatch = {},
  wrapping: ContainerWrapping | null = null,
): Promise<{ shape: JsonShape; skipped: number }> {
  const shape: JsonShape = wrapping ? { kind: 'lines' } : jsonShape(head);
  const t = sqlIdent(table);
  if (shape.kind === 'lines') {
    const lines = `${table}_lines`;
    const { skipped } = await stageLines(c, file, lines, watch, wrapping);
    const body = `CASE WHEN starts_with(line, '{') THEN line ELSE regexp_replace(line, ${sqlString(composeLogPrefix)}, '') END`;
    await c.run(
      `CREATE TEMP TABLE ${t} AS SELECT ln, line AS raw,
         CASE WHEN json_valid(body) AND json_type(body) = 'OBJECT' THEN CAST(body AS JSON) END AS j
       FROM (SELECT ln, line, ${body} AS body FROM ${sqlIdent(lines)} WHERE trim(line) <> '')`,
    );
    await c.run(`DROP TABLE ${sqlIdent(lines)}`);
    return { shape, skipped };
  }
  const compression = `compression = '${isGzipFile(file) ? 'gzip' : 'uncompressed'}'`;
  try {
    if (shape.kind === 'array' || shape.kind === 'objects') {
      await c.run(
        `CREATE TEMP TABLE ${sqlIdent(`${table}_docs`)} AS SELECT json AS j FROM read_json_objects(${sqlString(file)}, format = '${shape.kind === 'array' ? 'array' : 'unstructured'}', ${compression}, maximum_object_size = ${maxRecordBytes})`,
      );
      await c.run(
        `CREATE TEMP TABLE ${t} AS SELECT rowid - (SELECT min(rowid) FROM ${sqlIdent(`${table}_docs`)}) + 1 AS ln, CAST(j AS VARCHAR) AS raw, CASE WHEN json_type(j) = 'OBJECT' THEN j END AS j FROM ${sqlIdent(`${table}_docs`)}`,
      );
      await c.run(`DROP TABLE ${sqlIdent(`${table}_docs`)}`);
    } else {
      await c.run(
        `CREATE TEMP TABLE ${t} AS SELECT o.i AS ln, CAST(o.r AS VARCHAR) AS raw, CASE WHEN json_type(o.r) = 'OBJECT' THEN o.r END AS j
         FROM read_json_objects(${sqlString(file)}, format = 'unstructured', ${compression}, maximum_object_size = ${Math.max(maxRecordBytes, fs.statSync(file).size + 1024)}) d,
              unnest(json_extract(d.json, ${sqlString(`$.${shape.key}[*]`)})) WITH ORDINALITY AS o(r, i)`,
      );
    }
  } catch (e) {
    const where = shape.kind === 'array' ? 'a JSON array of objects' : shape.kind === 'objects' ? 'JSON objects one after another' : `a JSON object with a "${shape.key}" array`;
    throw new UserError('bad_input', `${displayName}: expected ${where}; ${scrubQuotedValues((e as Error).message.split('\n')[0] ?? '')}`);
  }
  return { shape, skipped: 0 };
}
