import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../../../../shared/api/sourcesApi';
import { queryOne } from '../../../sql/queryRows';
import { sqlIdent } from '../../../sql/sqlString';
import { canonicalTable } from './canonicalColumns';
import type { MappedOutcome } from './loadMapped';
import { mappedRecordsSql } from './mappedRecordsSql';
import type { RecordMapping } from './RecordMapping';

/** raw_ref of a row while it is being judged: a rejected record, a skipped one (both removed), a kept one (numbered after). */
const rejectedMark = -1;
const skippedMark = -2;

/**
 * Loads a mapping whose records stream straight from the file (no staged copy, see stageCsv) into the canonical table
 * in one pass: every record is inserted, marked kept, skipped or rejected, and a kept record's line is then its
 * position among the inserted rows (they keep the file's order) plus the header. Returns null, with nothing left
 * inserted, when a record is rejected or DuckDB's reader refused a line (`refusedTable`): the caller then loads from a
 * staged copy, which numbers lines around the refused ones and quotes the rejected records.
 */
export async function loadMappedDirect(c: DuckDBConnection, kind: SourceKind, mapping: RecordMapping, sourceId: number, refusedTable: string): Promise<MappedOutcome | null> {
  const { table, columns } = canonicalTable(kind);
  const cols = columns.map(sqlIdent).join(', ');
  const values = columns.map((col) => (col === 'ts' ? `coalesce(ts, make_timestamptz(0::BIGINT))` : sqlIdent(col))).join(', ');
  await c.run(
    `INSERT INTO ${table} (${cols}, source_id, raw_ref)
     SELECT ${values}, $sourceId, CASE WHEN problem IS NOT NULL THEN ${rejectedMark} WHEN NOT relevant THEN ${skippedMark} ELSE 0 END
     FROM (${mappedRecordsSql(mapping, columns)})`,
    { sourceId },
  );
  const marks = await queryOne<{ records: number; rejected: number; skipped: number; refused: number }>(
    c,
    `SELECT count(*)::DOUBLE AS records, count(*) FILTER (WHERE raw_ref = ${rejectedMark})::DOUBLE AS rejected,
            count(*) FILTER (WHERE raw_ref = ${skippedMark})::DOUBLE AS skipped, (SELECT count(*) FROM ${sqlIdent(refusedTable)})::DOUBLE AS refused
     FROM ${table} WHERE source_id = $sourceId`,
    { sourceId },
  );
  if (marks.rejected > 0 || marks.refused > 0) {
    await c.run(`DELETE FROM ${table} WHERE source_id = $sourceId`, { sourceId });
    return null;
  }
  await c.run(
    `UPDATE ${table} SET raw_ref = CASE WHEN raw_ref = ${skippedMark} THEN ${skippedMark} ELSE rowid - (SELECT min(rowid) FROM ${table} WHERE source_id = $sourceId) + 2 END
     WHERE source_id = $sourceId`,
    { sourceId },
  );
  if (marks.skipped > 0) await c.run(`DELETE FROM ${table} WHERE source_id = $sourceId AND raw_ref = ${skippedMark}`, { sourceId });
  return { rowsLoaded: marks.records - marks.skipped, rowsRejected: 0, rejects: [], skipped: marks.skipped };
}
