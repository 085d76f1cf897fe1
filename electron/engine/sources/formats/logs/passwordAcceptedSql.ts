import { sqlList } from '../../../sql/sqlList';

/** The failure reasons reached only after the password was checked and accepted (see failureReasons). */
export const passwordAcceptedReasons = ['mfa_required', 'mfa_denied', 'interrupted'] as const;

/**
 * SQL: the sign-in row's password was accepted — a completed sign-in, or a second factor asked, failed or an
 * interrupt after it. The one definition every detector uses, so "the leaked password worked" means the same
 * thing everywhere. `alias` is the table alias of a `signin` row (empty for none).
 */
export function passwordAcceptedSql(alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `(coalesce(${a}success, false) OR coalesce(${a}failure_reason IN ${sqlList(passwordAcceptedReasons)}, false))`;
}
