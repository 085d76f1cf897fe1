import { sqlString } from '../../db/sqlString';
import { clientIpSql } from './clientIpSql';
import { logLoader } from './logLoader';
import { maxLineChars } from './maxLineChars';
import type { RecordMapping } from './RecordMapping';

/** Apache / Nginx common or combined log line: `%h %l %u %t "%r" %>s %b ["%{Referer}i" "%{User-agent}i"]`, trailing fields tolerated. */
const combinedLine =
  '^(\\S+) (\\S+) (\\S+) \\[([^\\]]+)\\] "((?:[^"\\\\]|\\\\.)*)" ([0-9]{3}|-) ([0-9]+|-)(?: "((?:[^"\\\\]|\\\\.)*)" "((?:[^"\\\\]|\\\\.)*)")?';
const combinedHead = /^\S+ \S+ \S+ \[\d{2}\/[A-Za-z]{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "/;

/** Apache / Nginx access logs (combined or common format), one transfer per request with the response size. */
export const combinedAccessLog = logLoader({
  format: 'combined-access-log',
  kind: 'transfer',
  label: 'Apache / Nginx access log (combined or common log format)',
  stage: 'lines',
  detect(head) {
    const first = head.toString('utf8').split(/\r?\n/).find((l) => l.trim() !== '');
    return first !== undefined && combinedHead.test(first);
  },
  mapping: {
    ts: '%t ([dd/Mon/yyyy:HH:MM:SS +zzzz], offset honoured)',
    user: '%u, else the client address when "-"',
    bytes: '%b (response body; "-" counts as 0)',
    action: 'request method and status, e.g. "GET 200"',
    object: 'request path',
    ip: '%h (client address)',
  },
  notes: ['One row per request line; the user agent and referer are not kept.'],
  zoneless: false,
  build({ staged }): RecordMapping {
    return {
      from: `(SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} THEN regexp_extract(line, ${sqlString(combinedLine)}, ['client','ident','login','time','request','status','size','referer','agent']) END AS m FROM ${staged} WHERE trim(line) <> '')`,
      parsed: `m IS NOT NULL AND m.client <> ''`,
      relevant: 'true',
      columns: {
        ts: `try_strptime(m.time, '%d/%b/%Y:%H:%M:%S %z')`,
        user: `CASE WHEN m.login IN ('-', '') THEN m.client ELSE m.login END`,
        bytes: `CASE WHEN m.size = '-' THEN 0 ELSE try_cast(m.size AS BIGINT) END`,
        action: `concat_ws(' ', nullif(regexp_extract(m.request, '^(\\S+) ', 1), ''), nullif(m.status, '-'))`,
        object: `nullif(regexp_extract(m.request, '^\\S+ (\\S+)', 1), '')`,
        ip: clientIpSql('m.client'),
      },
      timeText: 'm.time',
      timeExpected: 'a time like [17/May/2015:10:05:03 +0000]',
      unparsed: `expected an access log line (host ident user [time] "request" status bytes) of at most ${maxLineChars} characters`,
      checks: [{ when: `m.size <> '-' AND try_cast(m.size AS BIGINT) IS NULL`, reason: 'expected a whole number of bytes (%b)' }],
    };
  },
});
