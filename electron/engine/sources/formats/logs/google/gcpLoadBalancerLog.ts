import { clientIpSql } from '../clientIpSql';
import { firstJsonRecord, pathOf } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** Cloud Logging resource types of Google Cloud's application load balancers (global external, regional, internal). */
const loadBalancerResource = /load_balancer|lb_rule/;

/** Whether a parsed log entry is an application load balancer's request entry. */
function isLoadBalancerEntry(r: Record<string, unknown> | null): boolean {
  const type = pathOf(r, 'resource.type');
  const payload = pathOf(r, 'jsonPayload.@type');
  return pathOf(r, 'httpRequest.remoteIp') !== undefined && ((typeof type === 'string' && loadBalancerResource.test(type)) || (typeof payload === 'string' && payload.includes('LoadBalancerLogEntry')));
}

/**
 * Google Cloud HTTP(S) (application) load balancer request logs as Cloud Logging exports them (JSON lines from a sink
 * or `gcloud logging read --format=json`): one transfer per request, httpRequest.responseSize per client address.
 */
export const gcpLoadBalancerLog = logLoader({
  format: 'gcp-loadbalancer-log',
  kind: 'transfer',
  label: 'Google Cloud HTTP(S) load balancer log (Cloud Logging JSON; responseSize per client address)',
  stage: 'json',
  detect: (head) => isLoadBalancerEntry(firstJsonRecord(head)),
  mapping: {
    ts: 'timestamp (RFC 3339, UTC)',
    user: 'httpRequest.remoteIp without its port (the log names no user)',
    bytes: 'httpRequest.responseSize (the response sent to the client; absent means 0, as Cloud Logging leaves zero values out)',
    action: 'httpRequest.requestMethod and status, e.g. "GET 200"',
    object: 'httpRequest.requestUrl',
    ip: 'httpRequest.remoteIp without its port',
  },
  notes: ['Entries without an httpRequest (other logs in the same export) are skipped and counted.'],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    const [extract, pick] = jsonFieldLayers({
      time: ['timestamp'],
      client: ['httpRequest.remoteIp'],
      sent: ['httpRequest.responseSize'],
      method: ['httpRequest.requestMethod'],
      status: ['httpRequest.status'],
      url: ['httpRequest.requestUrl'],
    });
    return {
      from: staged,
      layers: [extract, pick],
      parsed: 'j IS NOT NULL',
      relevant: 'client IS NOT NULL',
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: clientIpSql('client'),
        bytes: `try_cast(coalesce(sent, '0') AS BIGINT)`,
        action: `nullif(concat_ws(' ', method, status), '')`,
        object: 'url',
        ip: clientIpSql('client'),
      },
      timeText: 'time',
      timeExpected: 'an RFC 3339 time in timestamp',
      unparsed: 'expected a JSON object (one Cloud Logging entry)',
      checks: [{ when: 'sent IS NOT NULL AND try_cast(sent AS BIGINT) IS NULL', reason: 'expected a whole number of bytes in httpRequest.responseSize' }],
    };
  },
});
