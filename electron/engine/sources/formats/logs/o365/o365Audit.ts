import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent } from '../../../../sql/sqlString';
import { csvHeader } from '../csvHeader';
import { firstJsonRecord } from '../firstJsonRecord';
import type { RecordMapping } from '../RecordMapping';
import { stageCsv } from '../stageCsv';
import { stageJsonRecords } from '../stageJsonRecords';
import { dropStaged } from '../dropStaged';

/** Whether a head is Unified Audit Log JSON (Management Activity API records: Operation, CreationTime, Workload/RecordType). */
export function isUalJson(head: Buffer): boolean {
  const r = firstJsonRecord(head);
  return r !== null && 'Operation' in r && 'CreationTime' in r && ('Workload' in r || 'RecordType' in r);
}

/** Whether a head is the Purview audit-search CSV (CreationDate, UserIds, Operations, AuditData). */
export function isUalCsv(head: Buffer): boolean {
  const cols = new Set(csvHeader(head).map((h) => h.toLowerCase()));
  return cols.has('auditdata') && (cols.has('operations') || cols.has('operation')) && cols.has('creationdate');
}

/**
 * Stages a UAL export as `(ln, raw, j)` whatever its packing: JSON records as they are, or the Purview
 * CSV with each record's JSON taken from its AuditData cell (CSV rows DuckDB refused come back as rejects).
 */
export async function stageUal(c: DuckDBConnection, file: string, head: Buffer, staged: string, displayName: string): Promise<RecordMapping['stagingRejects']> {
  if (!isUalCsv(head)) {
    await stageJsonRecords(c, file, head, staged, displayName);
    return { rows: [], count: 0 };
  }
  const csvTable = `${staged}_csv`;
  const csv = await stageCsv(c, file, csvTable);
  const auditData = csv.columns.find((col) => col.toLowerCase() === 'auditdata') ?? 'AuditData';
  const a = sqlIdent(auditData);
  await c.run(
    `CREATE TEMP TABLE ${sqlIdent(staged)} AS SELECT ln, raw, CASE WHEN json_valid(${a}) AND json_type(${a}) = 'OBJECT' THEN CAST(${a} AS JSON) END AS j FROM ${sqlIdent(csvTable)}`,
  );
  await dropStaged(c, csvTable);
  return { rows: csv.rejects, count: csv.rejected };
}

/** The UAL fields both O365 loaders read once per record, as candidate paths. */
export const ualFields: Record<string, string[]> = {
  time: ['CreationTime'],
  operation: ['Operation'],
  account: ['UserId', 'UserKey'],
  address: ['ClientIP', 'ActorIpAddress', 'ClientIPAddress'],
  workload: ['Workload'],
};

/** Mapping entries common to both O365 loaders. */
export const ualMapping: Record<string, string> = {
  ts: 'CreationTime (UTC by specification, no zone written)',
  user: 'UserId',
  ip: 'ClientIP (else ActorIpAddress), port and brackets removed',
  packing: 'Management Activity JSON (lines or array) or the Purview CSV AuditData column',
};
