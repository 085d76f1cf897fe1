import { clientIpSql } from '../clientIpSql';
import { headJsonRecords } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { localTimeSql, zonedTimeSql } from '../zonedTimeSql';

/** The logger Caddy names its access records with (`http.log.access`, `http.log.access.log0`, `http.log.access.<name>`). */
const accessLogger = 'http.log.access';

/**
 * SQL: Caddy's `ts` in any of its encoder's `time_format`s as TIMESTAMPTZ: seconds with a fraction (the default),
 * milliseconds (`unix_milli_float`), nanoseconds (`unix_nano`), ISO 8601 / RFC 3339 text, `wall`, `wall_milli`,
 * `wall_nano` (`2006/01/02 15:04:05[.000]`, zone-less: UTC as Caddy writes it, the server's local time when the log's
 * `time_local` is set, so read in `timezone`), or `common_log` (`02/Jan/2006:15:04:05 -0700`, its offset honoured).
 * Why: a site's log block may set any of them.
 */
function caddyTimeSql(text: string, timezone: string): string {
  return `CASE WHEN regexp_full_match(${text}, '[0-9]{12,13}([.][0-9]+)?') THEN to_timestamp(${text}::DOUBLE / 1000)
    WHEN regexp_full_match(${text}, '[0-9]{17,19}') THEN to_timestamp(CAST(${text} AS HUGEINT) // 1000 / 1e6)
    WHEN regexp_full_match(${text}, '[0-9]{4}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?') THEN ${localTimeSql(`try_cast(replace(${text}, '/', '-') AS TIMESTAMP)`, timezone)}
    WHEN regexp_full_match(${text}, '[0-9]{2}/[A-Za-z]{3}/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}') THEN try_strptime(${text}, '%d/%b/%Y:%H:%M:%S %z')
    ELSE ${zonedTimeSql(text, timezone)} END`;
}

/** A record of Caddy's access logger: judged over the head's records, as a file may open with its start-up messages. */
function isCaddyAccessRecord(r: Record<string, unknown>): boolean {
  return typeof r.logger === 'string' && r.logger.startsWith(accessLogger) && r.request !== null && typeof r.request === 'object' && 'status' in r;
}

/** Caddy 2 JSON access logs (`log` directive, logger `http.log.access`): one transfer per request, `size` per user or client. */
export const caddyAccessJson = logLoader({
  format: 'caddy-access-json',
  kind: 'transfer',
  label: 'Caddy access log, JSON (logger http.log.access)',
  stage: 'json',
  detect(head) {
    return headJsonRecords(head, 50).some(isCaddyAccessRecord);
  },
  mapping: {
    ts: 'ts (seconds since 1970, as Caddy writes it by default; milliseconds, nanoseconds, ISO 8601, wall (2006/01/02 15:04:05[.000], zone-less) or common_log (02/Jan/2006:15:04:05 -0700) as a time_format sets it)',
    user: 'user_id (the user an authentication handler named), else the client address when empty',
    bytes: 'size (the response body sent to the client)',
    action: 'request.method and status, e.g. "GET 200"',
    object: 'request.host with request.uri',
    ip: 'request.client_ip (the forwarded client when Caddy trusts the proxy), else request.remote_ip (request.remote_addr before Caddy 2.5, its port dropped)',
  },
  notes: [
    "Records of Caddy's other loggers sharing the file (start-up, TLS, reverse proxy messages) are skipped and counted.",
    "A wall time_format is written in UTC unless the log's time_local is set: then set the timezone option to the server's zone.",
  ],
  zoneless: true,
  build({ staged, timezone }): RecordMapping {
    const [extract, pick] = jsonFieldLayers({
      logger: ['logger'],
      time: ['ts'],
      forwarded: ['request.client_ip'],
      remote: ['request.remote_ip', 'request.remote_addr'],
      login: ['user_id'],
      sent: ['size'],
      method: ['request.method'],
      status: ['status'],
      host: ['request.host'],
      uri: ['request.uri'],
    });
    return {
      from: staged,
      layers: [extract, pick, { client: clientIpSql('coalesce(forwarded, remote)') }],
      parsed: 'j IS NOT NULL',
      relevant: `starts_with(coalesce(logger, ''), '${accessLogger}')`,
      columns: {
        ts: caddyTimeSql('time', timezone),
        user: 'coalesce(login, client)',
        bytes: 'try_cast(sent AS BIGINT)',
        action: `nullif(concat_ws(' ', method, status), '')`,
        object: `nullif(coalesce(host, '') || coalesce(uri, ''), '')`,
        ip: 'client',
      },
      timeText: 'time',
      timeExpected: 'ts as seconds since 1970 (or milliseconds, nanoseconds, an ISO 8601, wall or common_log time)',
      unparsed: 'expected a JSON object (one Caddy log record)',
      checks: [
        { when: 'sent IS NOT NULL AND try_cast(sent AS BIGINT) IS NULL', reason: 'expected a whole number of bytes in size' },
        { when: 'client IS NULL AND login IS NULL', reason: 'expected a client address in request.client_ip or request.remote_ip, or a user in user_id' },
      ],
      describe: (skipped) => `${skipped} records of Caddy's other loggers (not ${accessLogger}) skipped.`,
    };
  },
});
