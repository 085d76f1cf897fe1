import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import { firstJsonRecord } from '../firstJsonRecord';
import { jsonFieldLayers, jsonValue } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

// Okta event types (https://developer.okta.com/docs/reference/api/event-types/): a push sent to Okta Verify
// after the password step, and the user rejecting that push.
const pushSent = `'system.push.send_factor_verify_push'`;
const pushDenied = `'user.mfa.okta_verify.deny_push'`;
const success = `(result IN ('SUCCESS', 'ALLOW') AND event NOT IN (${pushSent}, ${pushDenied}))`;

/** Okta System Log events (API JSON, or Sentinel's flattened Okta_CL columns) that are sign-in attempts. */
export const oktaSystemLog = logLoader({
  format: 'okta-system-log',
  kind: 'signin',
  label: 'Okta System Log JSON (eventType, published, actor, outcome)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    if (!r) return false;
    return ('eventType' in r && 'published' in r && 'outcome' in r) || ('eventType_s' in r && 'published_t' in r);
  },
  mapping: {
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
  },
  notes: [
    'Only user.session.start, user.authentication.* and the Okta Verify push events (system.push.send_factor_verify_push, user.mfa.okta_verify.deny_push) are loaded (sign-in attempts); policy, logout and admin events are skipped.',
  ],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    return {
      from: staged,
      layers: [
        ...jsonFieldLayers({
          time: ['published', 'published_t'],
          event: ['eventType', 'eventType_s'],
          login: ['actor.alternateId', 'actor_alternateId_s'],
          address: ['client.ipAddress', 'client_ipAddress_s'],
          result_text: ['outcome.result', 'outcome_result_s'],
          reason: ['outcome.reason', 'outcome_reason_s'],
          agent: ['client.userAgent.rawUserAgent', 'client_userAgent_rawUserAgent_s'],
          cc: ['client.geographicalContext.country', 'client_geographicalContext_country_s'],
          as_number: ['securityContext.asNumber', 'securityContext_asNumber_d'],
        }),
        { result: 'upper(result_text)', targets: jsonValue('target') },
      ],
      parsed: 'j IS NOT NULL',
      relevant: `event = 'user.session.start' OR event LIKE 'user.authentication.%' OR event IN (${pushSent}, ${pushDenied})`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'login',
        ip: clientIpSql('address'),
        success,
        failure_reason: `CASE WHEN ${success} THEN NULL
          WHEN event = ${pushSent} OR result = 'CHALLENGE' THEN 'mfa_required'
          WHEN event = ${pushDenied} OR event = 'user.authentication.auth_via_mfa' THEN 'mfa_denied'
          ELSE ${textReasonSql('reason')} END`,
        result_code: `result || coalesce(':' || reason, '')`,
        app: `coalesce(CASE WHEN json_type(targets) = 'ARRAY' THEN list_filter(CAST(json_extract(targets, '$[*]') AS JSON[]), lambda t: t->>'type' = 'AppInstance')[1]->>'displayName' END, 'Okta')`,
        user_agent: 'agent',
        country: 'cc',
        asn: 'as_number',
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in published',
      unparsed: 'expected a JSON object (one Okta System Log event)',
    };
  },
});
