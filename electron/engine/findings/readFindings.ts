import type { DuckDBConnection } from '@duckdb/node-api';
import { severities, type FindingDto, type FindingKind, type FindingOrder, type FindingPageDto, type FindingStatus, type Severity } from '../../../shared/api/findingsApi';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlJoin, sqlParam, sqlParams, type SqlPart } from '../sql/SqlPart';
import { sqlIso } from '../sql/sqlIso';
import { findingOrderSql } from './findingOrderSql';

type StoredRow = Omit<FindingDto, 'evidence' | 'params'> & { evidence: string; params: string };

const columns = `id, kind, severity, ips, users, ${sqlIso('start_ts')} AS start, ${sqlIso('end_ts')} AS "end", summary,
  evidence::VARCHAR AS evidence, coalesce(q.sql, '') AS sql, coalesce(q.params::VARCHAR, '{}') AS params, status, note, ${sqlIso('updated_at')} AS "updatedAt"`;

/** The stored findings with the SQL and parameters each names (a hand-made finding names none: empty SQL, no parameters). */
const findingsWithQuery = `finding LEFT JOIN finding_query q ON q.key = finding.query_key`;

/** Turns a stored row into its DTO, parsing the JSON columns. */
function toDto(r: StoredRow): FindingDto {
  return { ...r, evidence: JSON.parse(r.evidence) as Record<string, unknown>, params: JSON.parse(r.params) as Record<string, unknown> };
}

/** Which stored findings a page is of: one kind or any of several, one status, a least and/or an exact severity, not dismissed, without the low takeovers. */
export interface FindingFilter {
  kind?: FindingKind | undefined;
  kinds?: readonly FindingKind[] | undefined;
  status?: FindingStatus | undefined;
  minSeverity?: Severity | undefined;
  severity?: Severity | undefined;
  undismissed?: boolean;
  exceptLowTakeovers?: boolean;
}

/** The filter as one SQL condition over `finding`, its values bound as named parameters. */
function findingWhere(f: FindingFilter): SqlPart {
  const parts: SqlPart[] = [];
  const equals = (column: string, value: string) => {
    const p = sqlParam(column, value);
    parts.push({ sql: `${column} = ${p.sql}`, params: p.params });
  };
  const oneOf = (column: string, name: string, values: readonly string[]) => {
    const p = sqlParam(name, JSON.stringify(values));
    parts.push({ sql: `${column} IN (SELECT unnest(from_json(${p.sql}, '["VARCHAR"]')))`, params: p.params });
  };
  if (f.kind) equals('kind', f.kind);
  if (f.kinds) oneOf('kind', 'kinds', f.kinds);
  if (f.status) equals('status', f.status);
  if (f.minSeverity) oneOf('severity', 'minSeverity', severities.slice(severities.indexOf(f.minSeverity)));
  if (f.severity) equals('severity', f.severity);
  if (f.undismissed) parts.push({ sql: `status <> 'dismissed'`, params: {} });
  if (f.exceptLowTakeovers) parts.push({ sql: `NOT (kind = 'account_takeover' AND severity = 'low')`, params: {} });
  return sqlJoin(parts, ' AND ', 'true');
}

/** One page of stored findings matching the filter, in detector order or by confidence (findingOrderSql), with their exact total. */
export async function readFindings(c: DuckDBConnection, f: FindingFilter & { order?: FindingOrder; offset: number; limit: number }): Promise<FindingPageDto> {
  const where = findingWhere(f);
  const order = findingOrderSql(f.order ?? 'stored');
  const { total } = await queryOne<{ total: number }>(c, `SELECT count(*)::DOUBLE AS total FROM finding WHERE ${where.sql}`, where.params);
  const rows = await queryRows<StoredRow>(
    c,
    `SELECT ${columns} FROM ${findingsWithQuery} WHERE ${where.sql} ORDER BY ${order.sql} LIMIT ${Math.trunc(f.limit)} OFFSET ${Math.trunc(f.offset)}`,
    sqlParams(where, order),
  );
  return { total, rows: rows.map(toDto) };
}

/** One stored finding by id, or null. */
export async function readFinding(c: DuckDBConnection, id: string): Promise<FindingDto | null> {
  const rows = await queryRows<StoredRow>(c, `SELECT ${columns} FROM ${findingsWithQuery} WHERE id = $id`, { id });
  return rows[0] ? toDto(rows[0]) : null;
}
