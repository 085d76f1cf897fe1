import { sqlIdent, sqlString } from '../../../sql/sqlString';
import { valueShapeSql } from '../../valueShape';
import type { CanonicalColumn } from './canonicalColumns';
import type { RecordMapping } from './RecordMapping';

/**
 * SQL of every record of a family's RecordMapping as `ln`, `parsed`, `relevant`, the canonical columns and `problem`
 * (why it is rejected, NULL when it loads or is skipped), the layers applied in order; shared by the loading paths so
 * they judge a record alike.
 */
export function mappedRecordsSql(mapping: RecordMapping, columns: readonly CanonicalColumn[]): string {
  const from = layeredRecordsSql(mapping);
  const exprs = columns.map((col) => `${mapping.columns[col] ?? 'NULL'} AS ${sqlIdent(col)}`).join(',\n  ');
  const checks = (mapping.checks ?? []).map((ch) => `WHEN ${ch.when} THEN ${sqlString(ch.reason)}`).join(' ');
  const checkProblem = checks === '' ? 'CAST(NULL AS VARCHAR)' : `CASE ${checks} END`;
  return `SELECT *, CASE WHEN NOT parsed THEN coalesce(unparsed_why, ${sqlString(mapping.unparsed)})
       WHEN relevant AND ts IS NULL THEN ${sqlString(`expected ${mapping.timeExpected}`)} || coalesce(', got ' || ${valueShapeSql('time_text')}, ', found none')
       WHEN relevant AND check_problem IS NOT NULL THEN check_problem END AS problem
     FROM (SELECT ln, coalesce((${mapping.parsed}), false) AS parsed, coalesce((${mapping.parsed}) AND (${mapping.relevant}), false) AS relevant,
       CAST(${mapping.timeText} AS VARCHAR) AS time_text, ${checkProblem} AS check_problem,
       ${mapping.unparsedWhy === undefined ? 'CAST(NULL AS VARCHAR)' : `CASE WHEN NOT coalesce((${mapping.parsed}), false) THEN CAST(${mapping.unparsedWhy} AS VARCHAR) END`} AS unparsed_why,
       ${exprs}
     FROM ${from})`;
}

/** SQL of the staged records with every layer of the mapping applied in order (the FROM of mappedRecordsSql). */
export function layeredRecordsSql(mapping: Pick<RecordMapping, 'from' | 'layers'>): string {
  let from = mapping.from;
  for (const layer of mapping.layers ?? []) {
    const exprs = Object.entries(layer).map(([n, sql]) => `${sql} AS ${sqlIdent(n)}`).join(',\n  ');
    from = `(SELECT *, ${exprs} FROM ${from})`;
  }
  return from;
}
