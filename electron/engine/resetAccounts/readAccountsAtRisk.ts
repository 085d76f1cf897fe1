import type { DuckDBConnection } from '@duckdb/node-api';
import type { AccountsAtRiskDto } from '../../../shared/api/resetAccountsApi';
import { queryOne } from '../sql/queryRows';
import { sqlParams, type SqlPart } from '../sql/SqlPart';
import { distinctAccountsSql } from './distinctAccountsSql';
import { storedFindingRelations, type FindingRelations } from './FindingRelations';
import { readResetAccountsSql } from './readResetAccounts';

/**
 * The accounts at risk from the findings not dismissed, counted in SQL. A takeover or MFA-fatigue finding is about
 * its evidence's account (else its first user); an account is taken over when one of its takeovers is above low, and an
 * owner's sign-in after tries when all of them are low (docs/design.md §1). Accounts to reset are the rows of
 * readResetAccountsSql, confirmed valid every member of the credential_valid findings.
 */
export function readAccountsAtRiskSql(r: FindingRelations): SqlPart {
  const valid = distinctAccountsSql(['credential_valid'], r);
  const reset = readResetAccountsSql(r);
  return {
    sql: `WITH f AS (
  SELECT kind, severity, json_extract_string(evidence, '$.confidence') AS confidence,
         CASE WHEN json_type(evidence, '$.account') = 'VARCHAR' THEN json_extract_string(evidence, '$.account') ELSE users[1] END AS account
  FROM ${r.findings.sql} WHERE kind IN ('account_takeover', 'mfa_fatigue') AND status <> 'dismissed'
), takeover AS (
  SELECT account, bool_or(severity <> 'low') AS above_low FROM f WHERE kind = 'account_takeover' GROUP BY account
), above AS (
  SELECT confidence FROM f WHERE kind = 'account_takeover' AND severity <> 'low'
)
SELECT (SELECT count(*) FILTER (WHERE above_low) FROM takeover)::DOUBLE AS "takenOver",
       (SELECT count(*) FILTER (WHERE confidence = 'high') FROM above)::DOUBLE AS high,
       (SELECT count(*) FILTER (WHERE confidence = 'medium') FROM above)::DOUBLE AS medium,
       (SELECT count(*) FILTER (WHERE confidence = 'low') FROM above)::DOUBLE AS low,
       (SELECT count(*) FILTER (WHERE NOT above_low) FROM takeover)::DOUBLE AS "ownerSigninsAfterTries",
       ${valid.sql} AS "credentialsValid",
       (SELECT count(*) FROM (SELECT DISTINCT account FROM f WHERE kind = 'mfa_fatigue'))::DOUBLE AS "mfaFatigue",
       (SELECT count(*) FROM (${reset.sql}))::DOUBLE AS "toReset"`,
    params: sqlParams(r.findings, valid, reset),
  };
}

/**
 * Reads the accounts at risk the report states, of the stored findings (the workbench's screens) or of the findings
 * `r` names (a report's live ones: campaignCounts), by the one rule above.
 */
export async function readAccountsAtRisk(c: DuckDBConnection, r: FindingRelations = storedFindingRelations): Promise<AccountsAtRiskDto> {
  const q = readAccountsAtRiskSql(r);
  const row = await queryOne<Omit<AccountsAtRiskDto, 'takenOverByConfidence'> & { high: number; medium: number; low: number }>(c, q.sql, q.params);
  return {
    takenOver: row.takenOver,
    takenOverByConfidence: { high: row.high, medium: row.medium, low: row.low },
    ownerSigninsAfterTries: row.ownerSigninsAfterTries,
    credentialsValid: row.credentialsValid,
    mfaFatigue: row.mfaFatigue,
    toReset: row.toReset,
  };
}
