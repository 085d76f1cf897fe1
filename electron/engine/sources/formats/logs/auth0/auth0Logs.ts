import { sqlLookup } from '../../../../sql/sqlLookup';
import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { textReasonSql } from '../failureReason';
import { firstJsonRecord } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';
import { auth0SigninTypes } from './auth0SigninTypes';

/** Whether a record is an Auth0 log event: flat as the Management API lists it, or under `data` as a log stream sends it. */
function isAuth0Event(r: Record<string, unknown> | null): boolean {
  return r !== null && typeof r.type === 'string' && typeof r.date === 'string' && (typeof r.log_id === 'string' || typeof r._id === 'string');
}

/** Every Auth0 field read, each at the top (Management API) or under `data` (log stream). */
function fields(names: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(names).map(([name, path]) => [name, [`data.${path}`, path]]));
}

const codes = Object.entries(auth0SigninTypes);
const typeList = codes.map(([code]) => sqlString(code)).join(', ');
const successList = codes.filter(([, outcome]) => outcome === 'success').map(([code]) => sqlString(code)).join(', ');
const reasonCodes = codes.filter(([, outcome]) => outcome !== 'success' && outcome !== 'description');

/** Auth0 tenant logs (Management API /api/v2/logs JSON array or NDJSON, or a log stream's `{log_id, data}` events): the sign-in attempts. */
export const auth0Logs = logLoader({
  format: 'auth0-logs',
  kind: 'signin',
  label: 'Auth0 tenant logs (Management API or log stream JSON: date, type, user_name, ip)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    const data = r?.data;
    return isAuth0Event(r) || (typeof data === 'object' && data !== null && !Array.isArray(data) && isAuth0Event(data as Record<string, unknown>));
  },
  mapping: {
    ts: 'date',
    user: 'user_name, else user_id',
    ip: 'ip',
    success: 'type s, scoa or sepft',
    failure_reason: 'type fp bad_password, fu no_such_user, limit_wc locked, mfar mfa_required, gd_auth_failed / gd_auth_rejected mfa_denied; f, fcoa, fepft from description',
    result_code: 'type',
    app: 'client_name, else Auth0',
    user_agent: 'user_agent',
    country: 'location_info.country_code',
  },
  notes: [`Only the sign-in event types are loaded (${codes.map(([code]) => code).join(', ')}); logouts, signups, token exchanges and management events are skipped.`],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    return {
      from: staged,
      layers: jsonFieldLayers(
        fields({ time: 'date', code: 'type', login: 'user_name', user_id: 'user_id', address: 'ip', description: 'description', client: 'client_name', agent: 'user_agent', cc: 'location_info.country_code' }),
      ),
      parsed: 'j IS NOT NULL',
      relevant: `code IN (${typeList})`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'coalesce(login, user_id)',
        ip: clientIpSql('address'),
        success: `code IN (${successList})`,
        failure_reason: `CASE WHEN code IN (${successList}) THEN NULL ELSE coalesce(${sqlLookup('code', reasonCodes)}, ${textReasonSql('description')}) END`,
        result_code: 'code',
        app: `coalesce(client, 'Auth0')`,
        user_agent: 'agent',
        country: 'cc',
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in date',
      unparsed: 'expected a JSON object (one Auth0 log event)',
    };
  },
});
