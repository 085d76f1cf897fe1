import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';
import { localTimeSql } from '../zonedTimeSql';

/**
 * An HAProxy HTTP (`option httplog`) or TCP (`option tcplog`) log line, with or without its syslog prefix: client:port
 * [accept date] frontend backend/server, then five timers, the status and the bytes read (HTTP), or three timers and the
 * bytes (TCP); the rest (flags, counters, captured headers, the quoted request) follows.
 */
const haproxyLine =
  '^(?:.*?haproxy\\[[0-9]+\\]: )?(\\S+):([0-9]+) \\[([0-9]{2}/[A-Za-z]{3}/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2})(?:\\.[0-9]+)?\\] (\\S+) (\\S+) (?:(-?[0-9]+/-?[0-9]+/-?[0-9]+/-?[0-9]+/\\+?-?[0-9]+) (-1|[0-9]{3})|(-?[0-9]+/-?[0-9]+/\\+?-?[0-9]+)) (\\+?[0-9]+)(.*)$';
/**
 * HAProxy's own messages, which are no request: the "Error log format" of its configuration manual, for a connection
 * that failed before any request (`client:port [date] frontend/bind: SSL handshake failure`), and, after its syslog tag,
 * its notices and alerts (`Proxy www started.`, `Server app/web1 is DOWN, …`): skipped and counted, not rejected.
 */
const haproxyErrorLine = '^(?:.*?haproxy\\[[0-9]+\\]: )?\\S+:[0-9]+ \\[[^\\]]+\\] [^\\s/]+/\\S+: \\S';
const haproxyTagged = 'haproxy\\[[0-9]+\\]: ';
const haproxyTaggedRequest = 'haproxy\\[[0-9]+\\]: \\S+:[0-9]+ \\[';
/** The error log format's line as detection sees it: scanners' failed handshakes can outnumber the requests of a public front end. */
const haproxyErrorHead = new RegExp(haproxyErrorLine);
const haproxyHead = /^(?:.*?haproxy\[\d+\]: )?\S+:\d+ \[\d{2}\/[A-Za-z]{3}\/\d{4}:\d{2}:\d{2}:\d{2}(?:\.\d+)?\] \S+ \S+ -?\d+\/-?\d+\/\+?-?\d+/;

/** HAProxy HTTP and TCP logs: one transfer per request or connection, the bytes sent to the client per client address (no user is logged). */
export const haproxyLog = logLoader({
  format: 'haproxy-log',
  kind: 'transfer',
  label: 'HAProxy HTTP or TCP log (option httplog / tcplog)',
  stage: 'lines',
  detect(head) {
    const lines = head.toString('utf8').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
    const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
    const requests = complete.filter((l) => haproxyHead.test(l)).length;
    const own = complete.filter((l) => !haproxyHead.test(l) && haproxyErrorHead.test(l)).length;
    return requests > 0 && (requests + own) * 2 > complete.length;
  },
  mapping: {
    ts: "accept_date (the HAProxy host's local time, no zone: set the timezone option)",
    user: 'client address (the log names no user)',
    bytes: 'bytes_read (sent to the client; a leading + marks a count cut short by a closed connection)',
    action: 'request method and status, e.g. "GET 200"; "tcp" for a TCP log line',
    object: 'request path (HTTP), else backend/server (TCP)',
    ip: 'client address',
  },
  build({ staged, timezone }): RecordMapping {
    const request = `coalesce(m IS NOT NULL AND m.time <> '' AND m.client NOT IN ('', '-'), false)`;
    return {
      from: `(SELECT *, CASE WHEN ${request} OR length(raw) > ${maxLineChars} THEN false
                 ELSE regexp_matches(raw, ${sqlString(haproxyErrorLine)}) OR (regexp_matches(raw, ${sqlString(haproxyTagged)}) AND NOT regexp_matches(raw, ${sqlString(haproxyTaggedRequest)})) END AS notice
               FROM (SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} THEN regexp_extract(line, ${sqlString(haproxyLine)}, ['client','port','time','frontend','backend','http_timers','status','tcp_timers','sent','rest']) END AS m FROM ${staged} WHERE trim(line) <> ''))`,
      layers: [{ request: `nullif(regexp_extract(m.rest, '"([^"]*)"?\\s*$', 1), '')` }],
      parsed: `${request} OR notice`,
      relevant: 'NOT notice',
      columns: {
        ts: localTimeSql(`try_strptime(m.time, '%d/%b/%Y:%H:%M:%S')`, timezone),
        user: clientIpSql('m.client'),
        bytes: `try_cast(ltrim(m.sent, '+') AS BIGINT)`,
        action: `CASE WHEN m.http_timers = '' THEN 'tcp' ELSE nullif(concat_ws(' ', nullif(regexp_extract(request, '^(\\S+) ', 1), ''), m.status), '') END`,
        object: `CASE WHEN m.http_timers = '' THEN m.backend ELSE nullif(regexp_extract(request, '^\\S+ (\\S+)', 1), '') END`,
        ip: clientIpSql('m.client'),
      },
      timeText: 'm.time',
      timeExpected: 'an accept date like [06/Feb/2009:12:14:14.655]',
      unparsed: 'expected an HAProxy log line: client:port [date] frontend backend/server timers [status] bytes …',
    };
  },
});
