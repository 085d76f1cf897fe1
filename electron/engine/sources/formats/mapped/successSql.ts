import { sqlString } from '../../../sql/sqlString';

/** Result values read as a successful sign-in unless the analyst lists others. */
export const defaultSuccessValues = ['0', 'success', 'succeeded', 'successful', 'ok', 'true', 'yes', 'accepted', 'allow', 'allowed', 'pass', 'passed'];

/** SQL: true when the result text is one of the success values (case-insensitive), NULL when it is empty. */
export function successSql(expr: string, successValues: string[]): string {
  const v = `lower(trim(CAST(${expr} AS VARCHAR)))`;
  return `CASE WHEN ${expr} IS NULL OR ${v} = '' THEN NULL ELSE ${v} IN (${successValues.map((s) => sqlString(s.toLowerCase())).join(', ')}) END`;
}
