import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../../../../shared/api/sourcesApi';
import { queryOne, queryRows } from '../../../sql/queryRows';
import { sqlIdent, sqlString } from '../../../sql/sqlString';
import type { RejectedRow } from '../../Loader';
import { canonicalTable } from './canonicalColumns';
import type { RecordMapping } from './RecordMapping';
import { valueShapeSql } from '../../valueShape';

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
  let from = mapping.from;
  for (const layer of mapping.layers ?? []) {
    const exprs = Object.entries(layer).map(([n, sql]) => `${sql} AS ${sqlIdent(n)}`).join(',\n  ');
    from = `(SELECT *, ${exprs} FROM ${from})`;
  }
  const exprs = columns.map((col) => `${mapping.columns[col] ?? 'NULL'} AS ${sqlIdent(col)}`).join(',\n  ');
  const checks = (mapping.checks ?? []).map((ch) => `WHEN ${ch.when} THEN ${sqlString(ch.reason)}`).join(' ');
  const checkProblem = checks === '' ? 'CAST(NULL AS VARCHAR)' : `CASE ${checks} END`;
  await c.run(
    `CREATE TEMP TABLE ${mapped} AS
     SELECT *, CASE WHEN NOT parsed THEN coalesce(unparsed_why, ${sqlString(mapping.unparsed)})
       WHEN relevant AND ts IS NULL THEN ${sqlString(`expected ${mapping.timeExpected}`)} || coalesce(', got ' || ${valueShapeSql('time_text')}, ', found none')
       WHEN relevant AND check_problem IS NOT NULL THEN check_problem END AS problem
     FROM (SELECT ln, coalesce((${mapping.parsed}), false) AS parsed, coalesce((${mapping.parsed}) AND (${mapping.relevant}), false) AS relevant,
       CAST(${mapping.timeText} AS VARCHAR) AS time_text, ${checkProblem} AS check_problem,
       ${mapping.unparsedWhy === undefined ? 'CAST(NULL AS VARCHAR)' : `CASE WHEN NOT coalesce((${mapping.parsed}), false) THEN CAST(${mapping.unparsedWhy} AS VARCHAR) END`} AS unparsed_why,
       ${exprs}
     FROM ${from})`,
  );
  const cols = columns.map(sqlIdent).join(', ');
  const inserted = await c.run(
    `INSERT INTO ${table} (${cols}, source_id, raw_ref) SELECT ${cols}, $sourceId, ln FROM ${mapped} WHERE relevant AND problem IS NULL ORDER BY ln`,
    { sourceId },
  );
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
