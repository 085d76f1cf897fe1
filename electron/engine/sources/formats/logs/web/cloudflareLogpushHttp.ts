import { clientIpSql } from '../clientIpSql';
import { firstJsonRecord } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/**
 * SQL: a Logpush timestamp in any of its `timestamp_format`s as TIMESTAMPTZ: `unixnano` (19 digits, the default),
 * microseconds, milliseconds, `unix` seconds, or `rfc3339`. Why: one zone's jobs may differ, and all are UTC.
 */
function logpushTimeSql(text: string, timezone: string): string {
  return `CASE WHEN regexp_full_match(${text}, '[0-9]{17,19}') THEN to_timestamp(CAST(${text} AS HUGEINT) // 1000 / 1e6)
    WHEN regexp_full_match(${text}, '[0-9]{14,16}') THEN to_timestamp(CAST(${text} AS BIGINT) / 1e6)
    ELSE ${zonedTimeSql(text, timezone)} END`;
}

/** Cloudflare Logpush `http_requests` records (JSON lines): one transfer per request, EdgeResponseBytes per client address. */
export const cloudflareLogpushHttp = logLoader({
  format: 'cloudflare-logpush-http',
  kind: 'transfer',
  label: 'Cloudflare Logpush HTTP requests (JSON lines; EdgeResponseBytes per client address)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && typeof r.ClientIP === 'string' && 'EdgeResponseBytes' in r && 'EdgeStartTimestamp' in r;
  },
  mapping: {
    ts: 'EdgeStartTimestamp (unixnano, unix or RFC 3339 as the job writes it; UTC)',
    user: 'ClientIP (the log names no user)',
    bytes: 'EdgeResponseBytes (headers and body the edge sent to the client)',
    action: 'ClientRequestMethod and EdgeResponseStatus, e.g. "GET 200"',
    object: 'ClientRequestHost with ClientRequestURI',
    ip: 'ClientIP',
  },
  notes: ['Records without ClientIP (another dataset pushed to the same place) are skipped and counted.'],
  zoneless: false,
  build({ staged, timezone }): RecordMapping {
    const [extract, pick] = jsonFieldLayers({
      time: ['EdgeStartTimestamp'],
      client: ['ClientIP'],
      sent: ['EdgeResponseBytes'],
      method: ['ClientRequestMethod'],
      status: ['EdgeResponseStatus'],
      host: ['ClientRequestHost'],
      uri: ['ClientRequestURI'],
    });
    return {
      from: staged,
      layers: [extract, pick],
      parsed: 'j IS NOT NULL',
      relevant: 'client IS NOT NULL',
      columns: {
        ts: logpushTimeSql('time', timezone),
        user: clientIpSql('client'),
        bytes: 'try_cast(sent AS BIGINT)',
        action: `nullif(concat_ws(' ', method, status), '')`,
        object: `nullif(coalesce(host, '') || coalesce(uri, ''), '')`,
        ip: clientIpSql('client'),
      },
      timeText: 'time',
      timeExpected: 'EdgeStartTimestamp as unixnano, unix seconds or RFC 3339',
      unparsed: 'expected a JSON object (one Logpush http_requests record)',
      checks: [{ when: 'sent IS NOT NULL AND try_cast(sent AS BIGINT) IS NULL', reason: 'expected a whole number of bytes in EdgeResponseBytes' }],
    };
  },
});
