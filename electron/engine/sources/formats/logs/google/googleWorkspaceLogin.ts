import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import { eventParameter, isWorkspaceActivity, workspaceEvents, workspaceLayers, workspaceMapping } from './googleWorkspaceActivity';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** Google Workspace login audit (login_success / login_failure events) as sign-ins. */
export const googleWorkspaceLogin = logLoader({
  format: 'gws-login',
  kind: 'signin',
  label: 'Google Workspace login audit (Reports API: login_success, login_failure)',
  stage: 'json',
  detect: isWorkspaceActivity,
  mapping: {
    ...workspaceMapping,
    success: 'event login_success',
    failure_reason: 'parameter login_failure_type (login_failure_invalid_password bad_password, …_invalid_second_factor mfa_denied, …_missing_second_factor mfa_required)',
    result_code: 'event name, else login_failure_type',
    app: 'Google Workspace',
  },
  notes: ['Only events of application "login" named login_success or login_failure are loaded.'],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    return {
      from: workspaceEvents(staged),
      layers: workspaceLayers({ failure_type: eventParameter('login_failure_type') }),
      parsed: 'j IS NOT NULL',
      relevant: `application = 'login' AND event IN ('login_success', 'login_failure')`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'actor',
        ip: clientIpSql('address'),
        success: `event = 'login_success'`,
        failure_reason: `CASE WHEN event = 'login_success' THEN NULL ELSE ${textReasonSql('failure_type')} END`,
        result_code: `coalesce(failure_type, event)`,
        app: `'Google Workspace'`,
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in id.time',
      unparsed: 'expected a JSON object (one Reports API activity)',
    };
  },
});
