import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { firstJsonRecord } from '../firstJsonRecord';
import { jsonFieldLayers } from '../jsonFields';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/**
 * The keys an nginx `log_format … escape=json` names each field with, most usual first: the variable's name without `$`
 * as nginx's documentation and the widely copied snippets write it, then the common renamings. Why: there is no one
 * schema, and a file is read whichever of these it uses.
 */
const spellings = {
  time: ['time_iso8601', 'time_local', 'msec', '@timestamp', 'timestamp', 'time', 'date'],
  address: ['remote_addr', 'client_ip', 'clientip', 'remote_ip', 'remote', 'ip'],
  size: ['body_bytes_sent', 'bytes_sent', 'body_bytes', 'size', 'bytes', 'length'],
  login: ['remote_user', 'user'],
  method: ['request_method', 'method'],
  uri: ['request_uri', 'uri', 'url', 'path'],
  host: ['http_host', 'server_name', 'host'],
};

/** nginx variable names no other JSON log uses as keys; two of them beside `status` mark a record as nginx's. */
const nginxVariables = ['remote_addr', 'remote_user', 'time_local', 'time_iso8601', 'msec', 'body_bytes_sent', 'bytes_sent', 'request_method', 'request_uri', 'request_time', 'http_user_agent', 'http_referer', 'http_x_forwarded_for', 'upstream_addr', 'upstream_response_time'];

/** The keys of a field as the reject reason names them: `a (or b, c)`. */
function keysText(keys: string[]): string {
  return `${keys[0] ?? ''} (or ${keys.slice(1).join(', ')})`;
}

/**
 * An nginx JSON access record: a `status` with a time, an address and a size under keys of `spellings`, or with two nginx
 * variable names, so a log_format that lacks one of the three is still taken and its records refused naming the key.
 */
function isNginxJsonRecord(r: Record<string, unknown>): boolean {
  if (!('status' in r)) return false;
  const has = (keys: string[]) => keys.some((k) => k in r);
  return (has(spellings.time) && has(spellings.address) && has(spellings.size)) || nginxVariables.filter((k) => k in r).length >= 2;
}

/** SQL: nginx's `$time_local` (`25/Feb/2021:16:20:01 -0500`, bracketed or not) as TIMESTAMPTZ, else an ISO 8601 time or `$msec`. */
function nginxTimeSql(text: string, timezone: string): string {
  const local = '\\[?[0-9]{2}/[A-Za-z]{3}/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}\\]?';
  return `CASE WHEN regexp_full_match(${text}, ${sqlString(local)}) THEN try_strptime(trim(${text}, '[]'), '%d/%b/%Y:%H:%M:%S %z')
    ELSE ${zonedTimeSql(text, timezone)} END`;
}

/** nginx access logs written as JSON lines (`log_format … escape=json`): one transfer per request, the body bytes per user or client. */
export const nginxAccessJson = logLoader({
  format: 'nginx-access-json',
  kind: 'transfer',
  label: 'nginx access log, JSON lines (log_format escape=json)',
  stage: 'json',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && isNginxJsonRecord(r);
  },
  mapping: {
    ts: `the first of ${spellings.time.join(', ')} ($time_local with its offset, $time_iso8601, $msec seconds)`,
    user: `${spellings.login.join(' or ')} ($remote_user), else the client address when empty`,
    bytes: `the first of ${spellings.size.join(', ')} ($body_bytes_sent, as the combined format's %b, else $bytes_sent)`,
    action: 'request_method (else the method of request) and status, e.g. "GET 200"',
    object: 'http_host, server_name or host with request_uri, uri, url or path (else the path of request)',
    ip: `the first of ${spellings.address.join(', ')} ($remote_addr)`,
  },
  notes: ['A record without a time, a client address or a byte count under any of these keys is refused, naming the keys looked for.'],
  build({ staged, timezone }): RecordMapping {
    const [extract, pick] = jsonFieldLayers({ ...spellings, request: ['request'], status: ['status'] });
    return {
      from: staged,
      layers: [extract, pick, { client: clientIpSql('address'), verb: `coalesce(method, nullif(regexp_extract(request, '^(\\S+) ', 1), ''))` }],
      parsed: 'j IS NOT NULL',
      relevant: 'true',
      columns: {
        ts: nginxTimeSql('time', timezone),
        user: 'coalesce(login, client)',
        bytes: 'try_cast(size AS BIGINT)',
        action: `nullif(concat_ws(' ', verb, status), '')`,
        object: `nullif(coalesce(host, '') || coalesce(uri, nullif(regexp_extract(request, '^\\S+ (\\S+)', 1), ''), ''), '')`,
        ip: 'client',
      },
      timeText: 'time',
      timeExpected: `a time under ${keysText(spellings.time)}`,
      unparsed: 'expected a JSON object (one nginx access log record)',
      checks: [
        { when: 'client IS NULL', reason: `expected a client address under ${keysText(spellings.address)}, found none` },
        { when: 'size IS NULL', reason: `expected a byte count under ${keysText(spellings.size)}, found none` },
        { when: 'try_cast(size AS BIGINT) IS NULL', reason: 'expected a whole number of bytes in the byte count' },
      ],
    };
  },
});
