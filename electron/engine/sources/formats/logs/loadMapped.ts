import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../../../../shared/api/sourcesApi';
import { queryOne, queryRows } from '../../../sql/queryRows';
import { sqlIdent } from '../../../sql/sqlString';
import type { RejectedRow } from '../../Loader';
import { canonicalTable } from './canonicalColumns';
import type { RecordMapping } from './RecordMapping';
import { mappedRecordsSql } from './mappedRecordsSql';

/** Rejected rows kept with their text; the count beyond is still reported. */
const maxRejectsKept = 10000;

/** What loadMapped did: rows inserted, rows refused (with the first ones described), records skipped as not relevant. */
export interface MappedOutcome {
  rowsLoaded: number;
  rowsRejected: number;
  rejects: RejectedRow[];
  skipped: number;
}

/**
 * Applies a family's RecordMapping in SQL and inserts the good rows into the canonical table of `kind`, stamped with the
 * source id and raw_ref = ln. The record text (`raw`) is read back for the kept rejects only (and not looked for when
 * there are none), not copied for every record.
 */
export async function loadMapped(c: DuckDBConnection, kind: SourceKind, mapping: RecordMapping, sourceId: number): Promise<MappedOutcome> {
  const { table, columns } = canonicalTable(kind);
  const mapped = sqlIdent(`mapped_${sourceId}`);
  const mappedSql = mappedRecordsSql(mapping, columns);
  const cols = columns.map(sqlIdent).join(', ');
  const { records } = await queryOne<{ records: number }>(c, `SELECT count(*)::DOUBLE AS records FROM ${mapping.from}`);
  const inserted = await c.run(
    `INSERT INTO ${table} (${cols}, source_id, raw_ref) SELECT ${cols}, $sourceId, ln FROM (${mappedSql}) WHERE relevant AND problem IS NULL ORDER BY ln`,
    { sourceId },
  );
  if (inserted.rowsChanged === records) return { rowsLoaded: inserted.rowsChanged, rowsRejected: 0, rejects: [], skipped: 0 };
  await c.run(`CREATE TEMP TABLE ${mapped} AS SELECT ln, relevant, problem FROM (${mappedSql})`);
  const counts = await queryOne<{ rejected: number; skipped: number }>(
    c,
    `SELECT count(*) FILTER (WHERE problem IS NOT NULL)::DOUBLE AS rejected, count(*) FILTER (WHERE problem IS NULL AND NOT relevant)::DOUBLE AS skipped FROM ${mapped}`,
  );
  const kept = `(SELECT ln, problem FROM ${mapped} WHERE problem IS NOT NULL ORDER BY ln LIMIT ${maxRejectsKept})`;
  const rejects = counts.rejected === 0 ? [] : await queryRows<{ line: number; reason: string; raw: string }>(
    c,
    `SELECT k.ln::DOUBLE AS line, k.problem AS reason, left(f.raw, 2000) AS raw
     FROM ${kept} k LEFT JOIN (SELECT ln, any_value(raw) AS raw FROM ${mapping.from} WHERE ln IN (SELECT ln FROM ${kept}) GROUP BY ln) f USING (ln)
     ORDER BY k.ln`,
  );
  await c.run(`DROP TABLE ${mapped}`);
  return {
    rowsLoaded: inserted.rowsChanged,
    rowsRejected: counts.rejected,
    rejects: rejects.map((r) => ({ line: r.line, column: null, reason: r.reason, raw: r.raw })),
    skipped: counts.skipped,
  };
}
