import { confidences } from '../../../shared/api/findingEvidence';
import { severities, type FindingOrder } from '../../../shared/api/findingsApi';
import { sqlJoin, sqlParam, type SqlPart } from '../sql/SqlPart';

/**
 * The ORDER BY of a page of stored findings (columns of `finding`): detector order, or the accounts-at-risk triage order
 * (a takeover by its evidence's confidence, high first, every other finding after; then the more severe first, then
 * start, then id). One rule in SQL, so every page of a list of thousands follows it, and the screen sorts nothing itself.
 */
export function findingOrderSql(order: FindingOrder): SqlPart {
  if (order === 'stored') return { sql: 'finding.seq, finding.id', params: {} };
  const confidence = sqlParam('confidenceOrder', JSON.stringify(confidences));
  const severity = sqlParam('severityOrder', JSON.stringify(severities));
  const unranked = confidences.length + 1;
  return sqlJoin(
    [
      {
        sql: `CASE WHEN finding.kind = 'account_takeover' THEN coalesce(list_position(from_json(${confidence.sql}, '["VARCHAR"]'), json_extract_string(finding.evidence, '$.confidence')), ${unranked}) ELSE ${unranked} END`,
        params: confidence.params,
      },
      { sql: `list_position(from_json(${severity.sql}, '["VARCHAR"]'), finding.severity) DESC`, params: severity.params },
      { sql: 'finding.start_ts, finding.id', params: {} },
    ],
    ', ',
  );
}
