import { sqlList } from '../../../../sql/sqlList';
import { sqlLookup } from '../../../../sql/sqlLookup';
import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import { firstJsonRecord } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';
import { jumpcloudSigninEvents } from './jumpcloudSigninEvents';

const signinTypes = Object.keys(jumpcloudSigninEvents);

/**
 * JumpCloud Directory Insights events (the API's `POST /insights/directory/v1/events` answer, a JSON array, or one
 * event per line as an export to S3 or a collector writes them): the login events of the portals, SSO applications,
 * RADIUS, LDAP and devices are sign-ins; their outcome is `success` (`sso_token_success` for SSO).
 */
export const jumpcloudInsights = logLoader({
  format: 'jumpcloud-directory-insights',
  kind: 'signin',
  label: 'JumpCloud Directory Insights events JSON (event_type, service, success, initiated_by, client_ip)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return (
      r !== null &&
      typeof r.event_type === 'string' &&
      typeof r.service === 'string' &&
      typeof r.timestamp === 'string' &&
      (typeof r.initiated_by === 'object' || typeof r.organization === 'string')
    );
  },
  mapping: {
    ts: 'timestamp (RFC 3339, UTC)',
    user: 'initiated_by.username, else username (RADIUS), else initiated_by.email (administrators)',
    ip: 'client_ip',
    success: 'success, else sso_token_success (SSO); neither: outcome unknown',
    failure_reason:
      'error_message: "MS-CHAP2-Response is incorrect" (RADIUS) bad_password; else by its words (locked, unknown user, MFA, password or credentials); a policy refusal ("not authorized") or an error other',
    result_code: 'event_type',
    app: 'application.display_label, else application.name (SSO), else the portal, RADIUS, LDAP or device login the event type names',
    country: 'geoip.country_code',
  },
  notes: [`Only the login events (${signinTypes.join(', ')}) are loaded; directory changes and the other events are skipped and counted.`],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    return {
      from: staged,
      layers: [
        ...jsonFieldLayers({
          iso: ['timestamp'],
          kind: ['event_type'],
          login: ['initiated_by.username', 'username', 'initiated_by.email'],
          address: ['client_ip'],
          ok_text: ['success', 'sso_token_success'],
          err: ['error_message'],
          app_label: ['application.display_label', 'application.name'],
          cc: ['geoip.country_code'],
        }),
        { ok: 'try_cast(ok_text AS BOOLEAN)', err_l: 'lower(err)' },
      ],
      parsed: 'j IS NOT NULL',
      relevant: `kind IN ${sqlList(signinTypes)}`,
      columns: {
        ts: zonedTimeSql('iso', timezone),
        user: 'login',
        ip: clientIpSql('address'),
        success: 'ok',
        failure_reason: `CASE WHEN ok IS NULL OR ok THEN NULL WHEN err_l IS NULL THEN 'other'
          WHEN contains(err_l, 'ms-chap2-response is incorrect') THEN 'bad_password' ELSE ${textReasonSql('err_l')} END`,
        result_code: 'kind',
        app: `coalesce(app_label, ${sqlLookup('kind', Object.entries(jumpcloudSigninEvents))})`,
        country: 'cc',
      },
      timeText: 'iso',
      timeExpected: 'an RFC 3339 time in timestamp',
      unparsed: 'expected a JSON object (one JumpCloud Directory Insights event)',
    };
  },
});
