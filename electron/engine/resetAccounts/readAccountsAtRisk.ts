import type { DuckDBConnection } from '@duckdb/node-api';
import type { AccountsAtRiskDto } from '../../../shared/api/resetAccountsApi';
import { queryOne } from '../sql/queryRows';
import { readResetAccountsSql } from './readResetAccounts';
import { storedAccountsSql } from './storedAccountsSql';

/**
 * The accounts at risk from the stored findings not dismissed, counted in SQL. A takeover or MFA-fatigue finding is about
 * its evidence's account (else its first user); an account is taken over when one of its takeovers is above low, and an
 * owner's sign-in after tries when all of them are low (docs/design.md §1). Accounts to reset are the rows of
 * readResetAccountsSql, confirmed valid every member of the credential_valid findings.
 */
export const readAccountsAtRiskSql = `WITH f AS (
  SELECT kind, severity, json_extract_string(evidence, '$.confidence') AS confidence,
         CASE WHEN json_type(evidence, '$.account') = 'VARCHAR' THEN json_extract_string(evidence, '$.account') ELSE users[1] END AS account
  FROM finding WHERE kind IN ('account_takeover', 'mfa_fatigue') AND status <> 'dismissed'
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
       ${storedAccountsSql(['credential_valid'])} AS "credentialsValid",
       (SELECT count(*) FROM (SELECT DISTINCT account FROM f WHERE kind = 'mfa_fatigue'))::DOUBLE AS "mfaFatigue",
       (SELECT count(*) FROM (${readResetAccountsSql}))::DOUBLE AS "toReset"`;

/** Reads the accounts at risk the report states (its campaign counts call this on stored findings), for the screens to show the same figures. */
export async function readAccountsAtRisk(c: DuckDBConnection): Promise<AccountsAtRiskDto> {
  const r = await queryOne<Omit<AccountsAtRiskDto, 'takenOverByConfidence'> & { high: number; medium: number; low: number }>(c, readAccountsAtRiskSql);
  return {
    takenOver: r.takenOver,
    takenOverByConfidence: { high: r.high, medium: r.medium, low: r.low },
    ownerSigninsAfterTries: r.ownerSigninsAfterTries,
    credentialsValid: r.credentialsValid,
    mfaFatigue: r.mfaFatigue,
    toReset: r.toReset,
  };
}
