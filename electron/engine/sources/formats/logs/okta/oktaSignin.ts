import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

// Okta event types (https://developer.okta.com/docs/reference/api/event-types/): a push sent to Okta Verify
// after the password step, and the user rejecting that push.
const pushSent = `'system.push.send_factor_verify_push'`;
const pushDenied = `'user.mfa.okta_verify.deny_push'`;
const success = `(result IN ('SUCCESS', 'ALLOW') AND event NOT IN (${pushSent}, ${pushDenied}))`;

/** SQL over the named field `event`: the Okta System Log events that are sign-in attempts; the JSON and CSV loaders skip the others alike. */
export const oktaSigninEventSql = `event = 'user.session.start' OR event LIKE 'user.authentication.%' OR event IN (${pushSent}, ${pushDenied})`;

/** Why only some events load, said the same way by both Okta loaders. */
export const oktaSigninNote =
  'Only user.session.start, user.authentication.* and the Okta Verify push events (system.push.send_factor_verify_push, user.mfa.okta_verify.deny_push) are loaded (sign-in attempts); policy, logout and admin events are skipped.';

/** Canonical field → Okta System Log field (dotted as the API and the console's CSV name them), shown before loading. */
export const oktaSigninMapping: Record<string, string> = {
  ts: 'published',
  user: 'actor.alternateId',
  ip: 'client.ipAddress',
  success: 'outcome.result SUCCESS or ALLOW (not for a push sent or denied)',
  failure_reason:
    'outcome.reason (INVALID_CREDENTIALS bad_password, LOCKED_OUT locked, …); CHALLENGE or push sent mfa_required; push denied or a failed auth_via_mfa mfa_denied',
  result_code: 'outcome.result[:outcome.reason]',
  app: 'target AppInstance displayName, else Okta',
  user_agent: 'client.userAgent.rawUserAgent',
  country: 'client.geographicalContext.country',
  asn: 'securityContext.asNumber',
};

/**
 * The canonical sign-in columns of an Okta event over its named fields (`time`, `event`, `login`, `address`, `result`
 * upper-cased, `reason`, `agent`, `cc`, `as_number`), so the JSON and CSV loaders judge an outcome alike; `app` is the
 * loader's own SQL for the application signed in to.
 */
export function oktaSigninColumns(timezone: string, app: string): RecordMapping['columns'] {
  return {
    ts: zonedTimeSql('time', timezone),
    user: 'login',
    ip: clientIpSql('address'),
    success,
    failure_reason: `CASE WHEN ${success} THEN NULL
          WHEN event = ${pushSent} OR result = 'CHALLENGE' THEN 'mfa_required'
          WHEN event = ${pushDenied} OR event = 'user.authentication.auth_via_mfa' THEN 'mfa_denied'
          ELSE ${textReasonSql('reason')} END`,
    result_code: `result || coalesce(':' || reason, '')`,
    app,
    user_agent: 'agent',
    country: 'cc',
    asn: 'as_number',
  };
}
