import { sqlString } from '../../../sql/sqlString';

/**
 * The user name AWS CloudTrail writes on a console sign-in whose name matched no IAM user: the name typed is withheld,
 * so the value names no account and must never load as one.
 */
export const cloudTrailHiddenUser = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/**
 * SQL: a user value, NULL when it is the log's placeholder for a withheld name, so the attempts load as an unknown user
 * (counted for their address, never made into one pseudo-account that a crowd of sources seems to brute-force).
 */
export function withheldUserSql(expr: string, placeholder: string): string {
  return `CASE WHEN ${expr} = ${sqlString(placeholder)} THEN NULL ELSE ${expr} END`;
}
