import { sqlList } from '../../../../sql/sqlList';
import { clientIpSql } from '../clientIpSql';
import { firstJsonRecord, pathOf } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** The access-log categories of Front Door (classic), Front Door Standard/Premium and Azure CDN from Microsoft. */
const accessCategories = ['FrontdoorAccessLog', 'FrontDoorAccessLog', 'AzureCdnAccessLog'];

/** Azure Front Door and CDN access logs (diagnostic-settings JSON): one transfer per request, responseBytes per client address. */
export const azureFrontDoorAccess = logLoader({
  format: 'azure-frontdoor-access',
  kind: 'transfer',
  label: 'Azure Front Door / CDN access log (diagnostic-settings JSON; responseBytes per client address)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && typeof r.category === 'string' && accessCategories.includes(r.category) && pathOf(r, 'properties.clientIp') !== undefined;
  },
  mapping: {
    ts: 'time (ISO 8601, UTC)',
    user: 'properties.clientIp, else socketIp (the log names no user)',
    bytes: 'properties.responseBytes (the response sent to the client)',
    action: 'properties.httpMethod and httpStatusCode, e.g. "GET 200"',
    object: 'properties.requestUri',
    ip: 'properties.clientIp, else socketIp',
  },
  notes: ['Other categories in the same export (WAF, health probe) are skipped and counted.'],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    const [extract, pick] = jsonFieldLayers({
      time: ['time', 'timeStamp'],
      category: ['category'],
      client: ['properties.clientIp', 'properties.socketIp'],
      sent: ['properties.responseBytes'],
      method: ['properties.httpMethod'],
      status: ['properties.httpStatusCode'],
      uri: ['properties.requestUri'],
    });
    return {
      from: staged,
      layers: [extract, pick],
      parsed: 'j IS NOT NULL',
      relevant: `coalesce(category IN ${sqlList(accessCategories)}, false)`,
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: clientIpSql('client'),
        bytes: 'try_cast(sent AS BIGINT)',
        action: `nullif(concat_ws(' ', method, status), '')`,
        object: 'uri',
        ip: clientIpSql('client'),
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in time',
      unparsed: 'expected a JSON object (one Front Door or CDN log record)',
      checks: [{ when: 'sent IS NOT NULL AND try_cast(sent AS BIGINT) IS NULL', reason: 'expected a whole number of bytes in properties.responseBytes' }],
    };
  },
});
