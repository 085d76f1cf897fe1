import { clientIpSql } from '../clientIpSql';
import { firstJsonRecord } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/** Traefik access logs in JSON (`accessLog.format: json`): one transfer per request, the response size per user or client. */
export const traefikAccessJson = logLoader({
  format: 'traefik-access-json',
  kind: 'transfer',
  label: 'Traefik access log, JSON',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && typeof r.ClientAddr === 'string' && 'DownstreamContentSize' in r && ('StartUTC' in r || 'StartLocal' in r);
  },
  mapping: {
    ts: 'StartUTC (else StartLocal with its offset)',
    user: 'ClientUsername, else the client address when "-"',
    bytes: 'DownstreamContentSize (the response sent to the client)',
    action: 'RequestMethod and DownstreamStatus, e.g. "GET 200"',
    object: 'RequestHost with RequestPath',
    ip: 'ClientHost (the forwarded client when Traefik trusts the proxy), else ClientAddr without its port',
  },
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    const [extract, pick] = jsonFieldLayers({
      time: ['StartUTC', 'StartLocal'],
      host: ['ClientHost'],
      addr: ['ClientAddr'],
      login: ['ClientUsername'],
      sent: ['DownstreamContentSize'],
      method: ['RequestMethod'],
      status: ['DownstreamStatus'],
      requested: ['RequestHost'],
      path: ['RequestPath'],
    });
    return {
      from: staged,
      layers: [extract, pick, { client: clientIpSql('coalesce(host, addr)') }],
      parsed: 'j IS NOT NULL',
      relevant: 'true',
      columns: {
        ts: zonedTimeSql('time', timezone),
        user: 'coalesce(login, client)',
        bytes: 'try_cast(sent AS BIGINT)',
        action: `nullif(concat_ws(' ', method, status), '')`,
        object: `nullif(coalesce(requested, '') || coalesce(path, ''), '')`,
        ip: 'client',
      },
      timeText: 'time',
      timeExpected: 'an ISO 8601 time in StartUTC or StartLocal',
      unparsed: 'expected a JSON object (one Traefik access log record)',
      checks: [{ when: 'sent IS NOT NULL AND try_cast(sent AS BIGINT) IS NULL', reason: 'expected a whole number of bytes in DownstreamContentSize' }],
    };
  },
});
