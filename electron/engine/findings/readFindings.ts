import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { severities, type FindingDto, type FindingKind, type FindingPageDto, type FindingStatus, type Severity } from '../../../shared/api/findingsApi';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlIso } from '../sql/sqlIso';

type StoredRow = Omit<FindingDto, 'evidence' | 'params'> & { evidence: string; params: string };

const columns = `id, kind, severity, ips, users, ${sqlIso('start_ts')} AS start, ${sqlIso('end_ts')} AS "end", summary,
  evidence::VARCHAR AS evidence, coalesce(q.sql, '') AS sql, coalesce(q.params::VARCHAR, '{}') AS params, status, note, ${sqlIso('updated_at')} AS "updatedAt"`;

/** The stored findings with the SQL and parameters each names (a hand-made finding names none: empty SQL, no parameters). */
const findingsWithQuery = `finding LEFT JOIN finding_query q ON q.key = finding.query_key`;

/** Turns a stored row into its DTO, parsing the JSON columns. */
function toDto(r: StoredRow): FindingDto {
  return { ...r, evidence: JSON.parse(r.evidence) as Record<string, unknown>, params: JSON.parse(r.params) as Record<string, unknown> };
}

/** One page of stored findings, optionally of one kind, one status, a least and/or an exact severity, or not dismissed, in detector order. */
export async function readFindings(
  c: DuckDBConnection,
  f: { kind?: FindingKind | undefined; status?: FindingStatus | undefined; minSeverity?: Severity | undefined; severity?: Severity | undefined; undismissed?: boolean; offset: number; limit: number },
): Promise<FindingPageDto> {
  const params: DuckDBValue[] = [];
  let where = 'true';
  if (f.kind) {
    params.push(f.kind);
    where += ` AND kind = $${params.length}`;
  }
  if (f.status) {
    params.push(f.status);
    where += ` AND status = $${params.length}`;
  }
  if (f.minSeverity) {
    params.push(JSON.stringify(severities.slice(severities.indexOf(f.minSeverity))));
    where += ` AND severity IN (SELECT unnest(from_json($${params.length}, '["VARCHAR"]')))`;
  }
  if (f.severity) {
    params.push(f.severity);
    where += ` AND severity = $${params.length}`;
  }
  if (f.undismissed) where += ` AND status <> 'dismissed'`;
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM finding WHERE ${where}`, params);
  const rows = await queryRows<StoredRow>(
    c,
    `SELECT ${columns} FROM ${findingsWithQuery} WHERE ${where} ORDER BY seq, id LIMIT ${Math.trunc(f.limit)} OFFSET ${Math.trunc(f.offset)}`,
    params,
  );
  return { total, rows: rows.map(toDto) };
}

/** One stored finding by id, or null. */
export async function readFinding(c: DuckDBConnection, id: string): Promise<FindingDto | null> {
  const rows = await queryRows<StoredRow>(c, `SELECT ${columns} FROM ${findingsWithQuery} WHERE id = $id`, { id });
  return rows[0] ? toDto(rows[0]) : null;
}
