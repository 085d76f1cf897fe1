import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceDto } from '../../../shared/api/sourcesApi';
import { queryRows } from '../sql/queryRows';

/** SELECT list mapping the `sources` table onto SourceDto. */
export const sourceColumns = `id, kind, path, sha256, size::DOUBLE AS size, format,
  rows_loaded::DOUBLE AS "rowsLoaded", rows_rejected::DOUBLE AS "rowsRejected",
  coalesce(try_cast(json_extract_string(mapping, '$.skippedRecords') AS DOUBLE), 0) AS "rowsSkipped",
  strftime(ingested_at, '%Y-%m-%dT%H:%M:%SZ') AS "ingestedAt", status, message`;

/** Reads sources as DTOs, optionally one id. */
export async function readSources(c: DuckDBConnection, id?: number): Promise<SourceDto[]> {
  return id === undefined
    ? queryRows<SourceDto>(c, `SELECT ${sourceColumns} FROM sources ORDER BY id`)
    : queryRows<SourceDto>(c, `SELECT ${sourceColumns} FROM sources WHERE id = $id`, { id });
}
