import type { SqlPart } from '../sql/SqlPart';

/**
 * Where the accounts-at-risk, accounts-to-reset and accounts-attacked rules read findings and their member rows, so the
 * stored findings and a report's live ones (never stored) are counted by the same SQL: `findings` has the columns
 * id, kind, severity, users, start_ts, end_ts, evidence (JSON) and status; `members` finding_id, role, "user", first_ts, last_ts.
 */
export interface FindingRelations {
  findings: SqlPart;
  members: SqlPart;
}

/** The case's stored findings and their complete member tables. */
export const storedFindingRelations: FindingRelations = {
  findings: { sql: 'finding', params: {} },
  members: { sql: 'finding_member', params: {} },
};
