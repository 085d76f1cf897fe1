import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../../sql/queryRows';
import type { ReportFinding } from './ReportModel';

/** The bulk-export figures a report states as possible exfiltration: findings an analyst must look at, not crowd hours. */
export interface ExportCounts {
  /** Bulk-export findings of medium severity or more outside crowd hours, not dismissed. */
  findings: number;
  /** Of those, high or critical. */
  severe: number;
  /** Distinct accounts they name. */
  accounts: number;
  /** Bytes moved in their flagged hours (byte-counting sources only). */
  bytes: number;
  /** Crowd hours (many users alike in one hour: a release, a re-sync), low and not counted above. */
  crowdHours: number;
}

const judged = `kind = 'bulk_export' AND status <> 'dismissed'`;
const crowd = `coalesce((evidence->>'reason'), '') = 'crowd'`;
const counted = `severity IN ('medium', 'high', 'critical') AND NOT ${crowd}`;

/**
 * Counts the bulk-export findings a report calls possible exfiltration: medium or more and not a crowd hour (the Art. 33
 * facts counted every bulk-export finding, a release's crowd hour among them, as "user-hours", from the first 1 000
 * findings only). Stored findings are counted in SQL over the whole table; live ones from their rows.
 */
export async function exportCounts(c: DuckDBConnection, findings: { origin: 'stored' | 'live'; rows: ReportFinding[] }): Promise<ExportCounts> {
  if (findings.origin === 'stored') {
    return queryOne<ExportCounts>(
      c,
      `WITH f AS (SELECT * FROM finding WHERE ${judged})
       SELECT count(*) FILTER (WHERE ${counted})::DOUBLE AS findings,
              count(*) FILTER (WHERE ${counted} AND severity IN ('high', 'critical'))::DOUBLE AS severe,
              (SELECT count(DISTINCT u)::DOUBLE FROM (SELECT unnest(users) AS u FROM f WHERE ${counted})) AS accounts,
              coalesce(sum((evidence->>'total')::DOUBLE) FILTER (WHERE ${counted} AND (evidence->>'unit') = 'bytes'), 0)::DOUBLE AS bytes,
              count(*) FILTER (WHERE ${crowd})::DOUBLE AS "crowdHours"
       FROM f`,
    );
  }
  const bulk = findings.rows.filter((f) => f.kind === 'bulk_export');
  const isCrowd = (f: ReportFinding) => f.evidence.reason === 'crowd';
  const rows = bulk.filter((f) => !isCrowd(f) && f.severity !== 'low');
  return {
    findings: rows.length,
    severe: rows.filter((f) => f.severity === 'high' || f.severity === 'critical').length,
    accounts: new Set(rows.flatMap((f) => f.users)).size,
    bytes: rows.reduce((s, f) => s + (f.evidence.unit === 'bytes' && typeof f.evidence.total === 'number' ? f.evidence.total : 0), 0),
    crowdHours: bulk.filter(isCrowd).length,
  };
}
