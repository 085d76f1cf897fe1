import { sqlLookup } from '../../../../sql/sqlLookup';
import { clientIpSql } from '../clientIpSql';
import { firstJsonRecord } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';
import { duoDenialReasons } from './duoDenialReasons';

/** Duo authentication logs (Admin API v2 records, v1 records, or the API's `{"response": {"authlogs": […]}}` answer): each authentication a sign-in. */
export const duoAuthLog = logLoader({
  format: 'duo-auth-log',
  kind: 'signin',
  label: 'Duo authentication log JSON (Admin API: txid, factor, result, reason, access_device)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    if (!r || typeof r.factor !== 'string' || typeof r.result !== 'string') return false;
    const v2 = typeof r.txid === 'string' && typeof r.access_device === 'object' && (typeof r.isotimestamp === 'string' || typeof r.timestamp === 'number');
    const v1 = typeof r.username === 'string' && typeof r.integration === 'string' && typeof r.timestamp === 'number';
    return v2 || v1;
  },
  mapping: {
    ts: 'isotimestamp, else timestamp (epoch seconds)',
    user: 'user.name (v2), else username (v1)',
    ip: 'access_device.ip (v2), else ip (v1): the device that signed in, not the phone that approved',
    success: 'result success',
    failure_reason:
      'reason: a factor refused, wrong, unanswered or reported as fraud mfa_denied (Duo is asked after the password); no factor enrolled mfa_required; locked_out / user_disabled locked; else other',
    result_code: 'result:reason',
    app: 'application.name (v2), else integration (v1)',
    country: 'access_device.location.country',
  },
  notes: ['Only authentication events are loaded; enrollment events are skipped.'],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    return {
      from: staged,
      layers: [
        ...jsonFieldLayers({
          iso: ['isotimestamp'],
          epoch: ['timestamp'],
          kind: ['event_type'],
          login: ['user.name', 'username'],
          address: ['access_device.ip', 'ip'],
          result_text: ['result'],
          reason: ['reason'],
          application: ['application.name', 'integration'],
          cc: ['access_device.location.country'],
        }),
        { result: 'lower(result_text)', why: `regexp_replace(lower(reason), '[^a-z0-9]+', '_', 'g')` },
      ],
      parsed: 'j IS NOT NULL',
      relevant: `coalesce(kind, 'authentication') = 'authentication'`,
      columns: {
        ts: `coalesce(${zonedTimeSql('iso', timezone)}, to_timestamp(try_cast(epoch AS DOUBLE)))`,
        user: 'login',
        ip: clientIpSql('address'),
        success: `result = 'success'`,
        failure_reason: `CASE WHEN result = 'success' THEN NULL ELSE coalesce(${sqlLookup('why', Object.entries(duoDenialReasons))}, 'other') END`,
        result_code: `result || coalesce(':' || why, '')`,
        app: `coalesce(application, 'Duo')`,
        country: 'cc',
      },
      timeText: 'coalesce(iso, epoch)',
      timeExpected: 'an ISO 8601 time in isotimestamp or epoch seconds in timestamp',
      unparsed: 'expected a JSON object (one Duo authentication log record)',
    };
  },
});
