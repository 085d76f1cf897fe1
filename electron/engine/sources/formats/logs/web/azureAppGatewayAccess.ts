import { clientIpSql } from '../clientIpSql';
import { firstJsonRecord, pathOf } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** Azure Application Gateway access logs (diagnostic-settings JSON, category ApplicationGatewayAccessLog): one transfer per request, sentBytes per client address. */
export const azureAppGatewayAccess = logLoader({
  format: 'azure-appgw-access',
  kind: 'transfer',
  label: 'Azure Application Gateway access log (diagnostic-settings JSON)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && (r.category === 'ApplicationGatewayAccessLog' || r.operationName === 'ApplicationGatewayAccess') && pathOf(r, 'properties.clientIP') !== undefined;
  },
  mapping: {
    ts: 'timeStamp (else time)',
    user: 'properties.clientIP (the log names no user)',
    bytes: 'properties.sentBytes (the response sent to the client)',
    action: 'properties.httpMethod and properties.httpStatus, e.g. "GET 200"',
    object: 'properties.host (else originalHost) with requestUri and requestQuery',
    ip: 'properties.clientIP',
  },
  notes: ['Other Application Gateway categories (firewall, performance) in the same export are skipped and counted.'],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    const [extract, pick] = jsonFieldLayers({
      time: ['timeStamp', 'time'],
      category: ['category'],
      operation: ['operationName'],
      client: ['properties.clientIP'],
      sent: ['properties.sentBytes'],
      method: ['properties.httpMethod'],
      status: ['properties.httpStatus'],
      host: ['properties.host', 'properties.originalHost'],
      path: ['properties.requestUri'],
      query: ['properties.requestQuery'],
    });
    return {
      from: staged,
      layers: [extract, pick],
      parsed: 'j IS NOT NULL',
      relevant: `coalesce(category = 'ApplicationGatewayAccessLog', operation = 'ApplicationGatewayAccess', false)`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: clientIpSql('client'),
        bytes: 'try_cast(sent AS BIGINT)',
        action: `nullif(concat_ws(' ', method, status), '')`,
        object: `nullif(coalesce(host, '') || coalesce(path, '') || coalesce('?' || query, ''), '')`,
        ip: clientIpSql('client'),
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in timeStamp',
      unparsed: 'expected a JSON object (one Application Gateway log record)',
      checks: [{ when: 'sent IS NOT NULL AND try_cast(sent AS BIGINT) IS NULL', reason: 'expected a whole number of bytes in properties.sentBytes' }],
    };
  },
});
