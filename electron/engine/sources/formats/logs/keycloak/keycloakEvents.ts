import { firstJsonRecord } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { keycloakSigninColumns } from './keycloakSigninColumns';

/**
 * Keycloak user events as the Admin REST API lists them (`GET /admin/realms/{realm}/events`, a JSON array, newest
 * first; or one event per line): LOGIN and LOGIN_ERROR are sign-ins, the other types skipped.
 */
export const keycloakEvents = logLoader({
  format: 'keycloak-events',
  kind: 'signin',
  label: 'Keycloak user events JSON (Admin REST API: time, type LOGIN / LOGIN_ERROR, realmId, ipAddress, error)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && typeof r.realmId === 'string' && typeof r.type === 'string' && typeof r.time === 'number' && 'ipAddress' in r;
  },
  mapping: {
    ts: 'time (epoch milliseconds, UTC)',
    user: 'details.username (the name typed), else userId',
    ip: 'ipAddress',
    success: 'type LOGIN',
    failure_reason: 'error (invalid_user_credentials bad_password, user_not_found no_such_user, user_temporarily_disabled locked, invalid_totp mfa_denied, …)',
    result_code: 'type[:error]',
    app: 'clientId',
  },
  notes: ['Only LOGIN and LOGIN_ERROR events are loaded; token, logout, registration and the other events are skipped.'],
  zoneless: false,
  build({ staged }): RecordMapping {
    return {
      from: staged,
      layers: jsonFieldLayers({ millis: ['time'], kind: ['type'], login: ['details.username'], user_id: ['userId'], address: ['ipAddress'], error: ['error'], client: ['clientId'] }),
      parsed: 'j IS NOT NULL',
      relevant: `kind IN ('LOGIN', 'LOGIN_ERROR')`,
      columns: keycloakSigninColumns({ type: 'kind', login: 'login', userId: 'user_id', address: 'address', error: 'error', client: 'client' }, 'to_timestamp(try_cast(millis AS DOUBLE) / 1000)'),
      timeText: 'millis',
      timeExpected: 'epoch milliseconds in time',
      unparsed: 'expected a JSON object (one Keycloak event)',
    };
  },
});
