import type { DuckDBConnection } from '@duckdb/node-api';
import { storedFindingRelations } from '../../resetAccounts/FindingRelations';
import { queryOne } from '../../sql/queryRows';
import { liveFindingRelations } from './liveFindingRelations';
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
  /** Low findings of one account outside crowd hours (a job's usual run, the heavy tail of a person's own work), not counted above: said beside the count, so its parts add up to the bulk exports the summary lists. */
  low: number;
  /** Crowd hours (many users alike in one hour: a release, a re-sync), low and not counted above. */
  crowdHours: number;
}

const judged = `kind = 'bulk_export' AND status <> 'dismissed'`;
const crowd = `coalesce((evidence->>'reason'), '') = 'crowd'`;
const counted = `severity IN ('medium', 'high', 'critical') AND NOT ${crowd}`;

/**
 * Counts the bulk-export findings a report calls possible exfiltration: medium or more and not a crowd hour (the Art. 33
 * facts counted every bulk-export finding, a release's crowd hour among them, as "user-hours", from the first 1 000
 * findings only), in SQL over every stored finding, or by the same SQL over the live ones (liveFindingRelations).
 */
export async function exportCounts(c: DuckDBConnection, findings: { origin: 'stored' | 'live'; rows: ReportFinding[] }): Promise<ExportCounts> {
  const from = (findings.origin === 'stored' ? storedFindingRelations : liveFindingRelations(findings.rows.filter((f) => f.kind === 'bulk_export'))).findings;
  return queryOne<ExportCounts>(
    c,
    `WITH f AS (SELECT * FROM ${from.sql} WHERE ${judged})
     SELECT count(*) FILTER (WHERE ${counted})::DOUBLE AS findings,
            count(*) FILTER (WHERE ${counted} AND severity IN ('high', 'critical'))::DOUBLE AS severe,
            (SELECT count(DISTINCT u)::DOUBLE FROM (SELECT unnest(users) AS u FROM f WHERE ${counted})) AS accounts,
            coalesce(sum((evidence->>'total')::DOUBLE) FILTER (WHERE ${counted} AND (evidence->>'unit') = 'bytes'), 0)::DOUBLE AS bytes,
            count(*) FILTER (WHERE NOT ${counted} AND NOT ${crowd})::DOUBLE AS low,
            count(*) FILTER (WHERE ${crowd})::DOUBLE AS "crowdHours"
     FROM f`,
    from.params,
  );
}
