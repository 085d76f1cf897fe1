import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';

/**
 * The leading fields of an AWS load balancer access log entry, through the quoted request: Application Load Balancer
 * (`type time elb client:port target:port …`) or Classic Load Balancer (the same without the type); later fields, which
 * AWS keeps adding, are tolerated.
 */
const elbLine =
  '^(?:(http|https|h2|grpcs|ws|wss) )?([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?Z) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (-?[0-9]+) (-?[0-9]+) "((?:[^"\\\\]|\\\\.)*)"';
const elbHead = /^(?:(?:http|https|h2|grpcs|ws|wss) )?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z \S+ \S+:\d+ (?:\S+:\d+|-) -?[\d.]+ -?[\d.]+ -?[\d.]+ /;

/** AWS Application and Classic Load Balancer access logs: one transfer per request, sent_bytes per client address (no user is logged). */
export const elbAccessLog = logLoader({
  format: 'elb-access-log',
  kind: 'transfer',
  label: 'AWS Application / Classic Load Balancer access log',
  stage: 'lines',
  detect(head) {
    const lines = head.toString('utf8').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
    const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
    return complete.length > 0 && complete.filter((l) => elbHead.test(l)).length * 2 > complete.length;
  },
  mapping: {
    ts: 'time (ISO 8601, UTC)',
    user: 'client address (the log names no user; the port after its last colon dropped, IPv6 included)',
    bytes: 'sent_bytes (response to the client; -1, a request never sent, counts as 0)',
    action: 'request method and elb_status_code, e.g. "GET 200"',
    object: 'request URL without its scheme and default port (host/path?query)',
    ip: 'client address',
  },
  notes: ['Network Load Balancer TLS logs (lines starting "tls 2.0") and connection logs hold no request and are not read.'],
  zoneless: false,
  build({ staged }): RecordMapping {
    const url = `nullif(regexp_extract(m.request, '^\\S+ (\\S+)', 1), '')`;
    return {
      from: `(SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} THEN regexp_extract(line, ${sqlString(elbLine)}, ['type','time','elb','client','target','rpt','tpt','rspt','status','target_status','received','sent','request']) END AS m FROM ${staged} WHERE trim(line) <> '')`,
      layers: [{ client: clientIpSql(`regexp_extract(m.client, '^(.*):[0-9]+$', 1)`) }],
      parsed: `m IS NOT NULL AND m.time <> ''`,
      relevant: 'true',
      columns: {
        ts: 'try_cast(m.time AS TIMESTAMPTZ)',
        user: 'client',
        bytes: 'greatest(try_cast(m.sent AS BIGINT), 0)',
        action: `nullif(concat_ws(' ', nullif(regexp_extract(m.request, '^(\\S+) ', 1), '-'), nullif(m.status, '-')), '')`,
        object: `nullif(regexp_replace(regexp_replace(${url}, '^[A-Za-z]+://', ''), ':(80|443)(/|$)', '\\2'), '-')`,
        ip: 'client',
      },
      timeText: 'm.time',
      timeExpected: 'a time like 2024-03-01T10:00:00.123456Z',
      unparsed: 'expected an ALB / Classic Load Balancer access log line: [type] time elb client:port target:port 3 times status status received_bytes sent_bytes "request" …',
      unparsedWhy: `CASE WHEN length(raw) > ${maxLineChars} THEN 'the line is ' || length(raw) || ' characters long, more than the ${maxLineChars} a log line may have'
        WHEN regexp_matches(raw, '^tls [0-9.]+ ') THEN 'a Network Load Balancer TLS log line, which holds no request: expected an ALB / Classic Load Balancer access log line'
        END`,
    };
  },
});
