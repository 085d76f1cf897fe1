import type { FindingRelations } from '../../resetAccounts/FindingRelations';
import { sqlParam } from '../../sql/SqlPart';
import type { ReportFinding } from './ReportModel';

const rowShape = JSON.stringify([{ id: 'VARCHAR', kind: 'VARCHAR', severity: 'VARCHAR', users: ['VARCHAR'], start: 'VARCHAR', end: 'VARCHAR', evidence: 'VARCHAR', status: 'VARCHAR' }]);

/**
 * A report's live findings (never stored) as the relations the stored findings' counting rules read, bound as one JSON
 * parameter, so a report before Run detectors counts by the same SQL as after it (it counted by a JavaScript copy of the
 * rule, which put the owners' own sign-ins after tries among the accounts to reset). Live findings carry their complete
 * account lists (they are never capped for storage), so their member relation is empty.
 */
export function liveFindingRelations(rows: readonly ReportFinding[]): FindingRelations {
  const staged = rows.map((f) => ({ id: f.id, kind: f.kind, severity: f.severity, users: f.users, start: f.start, end: f.end, evidence: JSON.stringify(f.evidence), status: f.status ?? 'new' }));
  const json = sqlParam('liveFindings', JSON.stringify(staged));
  return {
    findings: {
      sql: `(SELECT r.id, r.kind, r.severity, r.users, r.start::TIMESTAMPTZ AS start_ts, r."end"::TIMESTAMPTZ AS end_ts, r.evidence::JSON AS evidence, r.status
        FROM (SELECT unnest(from_json(${json.sql}, '${rowShape}')) AS r))`,
      params: json.params,
    },
    members: {
      sql: `(SELECT NULL::VARCHAR AS finding_id, NULL::VARCHAR AS role, NULL::VARCHAR AS "user", NULL::TIMESTAMPTZ AS first_ts, NULL::TIMESTAMPTZ AS last_ts WHERE false)`,
      params: {},
    },
  };
}
