import { sqlList } from '../sql/sqlList';
import { sqlParams, type SqlPart } from '../sql/SqlPart';
import type { FindingRelations } from './FindingRelations';

/**
 * Distinct accounts of the findings of some kinds, not dismissed (previews and complete member tables), as one scalar
 * SQL subquery: the report's accounts attacked and confirmed valid and the accounts at risk count by this one rule.
 */
export function distinctAccountsSql(kinds: readonly string[], r: FindingRelations): SqlPart {
  return {
    sql: `(WITH f AS (SELECT id, users FROM ${r.findings.sql} WHERE kind IN ${sqlList(kinds)} AND status <> 'dismissed')
     SELECT count(DISTINCT account)::DOUBLE FROM (
       SELECT unnest(users) AS account FROM f
       UNION ALL SELECT m."user" FROM ${r.members.sql} m JOIN f ON m.finding_id = f.id WHERE m.role = 'account' AND m."user" IS NOT NULL))`,
    params: sqlParams(r.findings, r.members),
  };
}
