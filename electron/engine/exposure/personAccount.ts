/**
 * SQL: the account as a person's, NULL for a machine (computer) account, which Windows names with a trailing `$`
 * (`WS21$`). Detectors count accounts with `count(DISTINCT person)`, so machine sign-ins do not make a spray look
 * wider; the rows keep the name as logged, which is the mark.
 */
export function personAccountSql(userExpr: string): string {
  return `CASE WHEN ends_with(${userExpr}, '$') THEN NULL ELSE ${userExpr} END`;
}
