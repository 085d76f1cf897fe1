import type { DuckDBConnection } from '@duckdb/node-api';
import { resetKinds } from '../../../shared/api/resetAccountsApi';
import { queryRows } from '../sql/queryRows';
import { sqlIso } from '../sql/sqlIso';
import { sqlList } from '../sql/sqlList';
import { sqlParams, type SqlPart } from '../sql/SqlPart';
import { storedFindingRelations, type FindingRelations } from './FindingRelations';

/** One account whose credential is known to work, with why and when. */
export interface ResetAccountRow {
  account: string;
  reasons: string[];
  confidence: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  findingIds: string[];
}

/**
 * The accounts of every takeover, confirmed-valid and MFA-fatigue finding the analyst has not dismissed, stored or live (previews and
 * complete member tables), one row per account, aggregated in SQL. A low takeover is left out: the detector names one
 * low only for the owner's own device on its own network after a campaign's failed tries (docs/design.md §1), which
 * says the attacker's guesses failed, not that the credential works; it stays in the findings.
 */
export function readResetAccountsSql(r: FindingRelations): SqlPart {
  return {
    sql: `WITH f AS (
  SELECT id, kind, users, start_ts, end_ts,
         CASE json_extract_string(evidence, '$.confidence') WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 END AS rank
  FROM ${r.findings.sql} WHERE kind IN ${sqlList(resetKinds)} AND status <> 'dismissed' AND NOT (kind = 'account_takeover' AND severity = 'low')
), hit AS (
  SELECT unnest(users) AS account, kind, id, start_ts, end_ts, rank FROM f
  UNION ALL
  SELECT m."user", f.kind, f.id, coalesce(m.first_ts, f.start_ts), coalesce(m.last_ts, f.end_ts), f.rank
  FROM f JOIN ${r.members.sql} m ON m.finding_id = f.id AND m.role = 'account' AND m."user" IS NOT NULL
)
SELECT account, list(DISTINCT kind ORDER BY kind) AS reasons,
       CASE max(rank) WHEN 3 THEN 'high' WHEN 2 THEN 'medium' WHEN 1 THEN 'low' END AS confidence,
       ${sqlIso('min(start_ts)')} AS "firstSeen", ${sqlIso('max(end_ts)')} AS "lastSeen", list(DISTINCT id ORDER BY id) AS "findingIds"
FROM hit GROUP BY account ORDER BY max(rank) DESC NULLS LAST, account`,
    params: sqlParams(r.findings, r.members),
  };
}

/** Reads the accounts to reset from the stored findings. */
export async function readResetAccounts(c: DuckDBConnection): Promise<ResetAccountRow[]> {
  const q = readResetAccountsSql(storedFindingRelations);
  return queryRows<ResetAccountRow>(c, q.sql, q.params);
}
