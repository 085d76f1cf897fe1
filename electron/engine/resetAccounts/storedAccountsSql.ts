import { sqlList } from '../sql/sqlList';

/**
 * Distinct accounts of the stored findings of some kinds, not dismissed (previews and complete member tables), as one
 * scalar SQL subquery: the report's accounts attacked and confirmed valid and the accounts at risk count by this one rule.
 */
export function storedAccountsSql(kinds: readonly string[]): string {
  return `(WITH f AS (SELECT id, users FROM finding WHERE kind IN ${sqlList(kinds)} AND status <> 'dismissed')
     SELECT count(DISTINCT account)::DOUBLE FROM (
       SELECT unnest(users) AS account FROM f
       UNION ALL SELECT m."user" FROM finding_member m JOIN f ON m.finding_id = f.id WHERE m.role = 'account' AND m."user" IS NOT NULL))`;
}
