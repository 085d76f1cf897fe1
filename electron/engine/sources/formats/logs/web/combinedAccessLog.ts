import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';

/**
 * Apache / Nginx common or combined log line: `%h %l %u %t "%r" %>s %b ["%{Referer}i" "%{User-agent}i"]`, trailing fields
 * tolerated. `%l %u` are the two fields before `[time]`; what comes before them is the address part: the client alone, or
 * led by the virtual host (Apache `vhost_combined` `%v:%p`, Debian's other_vhosts_access.log, or nginx `$host`) and by a
 * forwarded-for list (`a, b, c`, quoted or not) before the client.
 */
const combinedLine =
  '^(.+?) (\\S+) (\\S+) \\[([^\\]]+)\\] "((?:[^"\\\\]|\\\\.)*)" ([0-9]{3}|-) ([0-9]+|-)(?: "((?:[^"\\\\]|\\\\.)*)" "((?:[^"\\\\]|\\\\.)*)")?';
/**
 * The same line as servers that do not escape a `"` inside the request write it (Apache before 2.0.46, and others): the
 * request runs to the first `"` followed by a status and a byte count. Tried only on lines the strict form does not read.
 */
const unescapedRequestLine = '^(.+?) (\\S+) (\\S+) \\[([^\\]]+)\\] "(.*?)" ([0-9]{3}|-) ([0-9]+|-)(?: "((?:[^"\\\\]|\\\\.)*)" "((?:[^"\\\\]|\\\\.)*)")?(?: |$)';
const combinedHead = /^\S.* \S+ \S+ \[\d{2}\/[A-Za-z]{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "/;

/**
 * SQL over the address part: its groups are split on spaces once list commas (`a, b`) are closed up and quotes dropped.
 * One group is the client (the last of a list: the address that reached the server); with more, the first is the
 * virtual host unless it is a list, and the last group's last address is the client.
 */
function addressPartSql(prefix: string): { vhost: string; client: string } {
  const groups = `string_split(regexp_replace(regexp_replace(${prefix}, ',\\s+', ',', 'g'), '"', '', 'g'), ' ')`;
  const last = `list_last(string_split(list_last(${groups}), ','))`;
  const vhost = `CASE WHEN len(${groups}) >= 2 AND NOT contains(${groups}[1], ',') AND NOT starts_with(${prefix}, '"') THEN ${groups}[1] END`;
  return { vhost, client: last };
}

/** Apache / Nginx access logs (combined or common format), one transfer per request with the response size. */
export const combinedAccessLog = logLoader({
  format: 'combined-access-log',
  kind: 'transfer',
  label: 'Apache / Nginx access log (combined or common log format, with or without a leading virtual host)',
  stage: 'lines',
  detect(head) {
    const lines = head.toString('utf8').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
    const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
    return complete.length > 0 && complete.filter((l) => combinedHead.test(l)).length * 2 > complete.length;
  },
  mapping: {
    ts: '%t ([dd/Mon/yyyy:HH:MM:SS +zzzz], offset honoured)',
    user: '%u, else the client address when "-"',
    bytes: '%b (response body; "-" counts as 0)',
    action: 'request method and status, e.g. "GET 200"',
    object: 'request path, led by the virtual host when the line has one (vhost_combined %v, nginx $host; the port dropped)',
    ip: '%h (client address; of a forwarded-for list before it, the last address, the one that reached the server)',
  },
  notes: ['One row per request line; the user agent and referer are not kept.'],
  zoneless: false,
  build({ staged }): RecordMapping {
    const address = addressPartSql('m.prefix');
    const fields = "['prefix','ident','login','time','request','status','size','referer','agent']";
    return {
      from: `(SELECT *, ${address.vhost} AS vhost, ${address.client} AS client FROM (
        SELECT ln, raw, CASE WHEN m0.prefix = '' THEN regexp_extract(raw, ${sqlString(unescapedRequestLine)}, ${fields}) ELSE m0 END AS m FROM (
          SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} THEN regexp_extract(line, ${sqlString(combinedLine)}, ${fields}) END AS m0 FROM ${staged} WHERE trim(line) <> '')))`,
      parsed: `m IS NOT NULL AND m.prefix <> '' AND coalesce(client, '') <> ''`,
      relevant: 'true',
      columns: {
        ts: `try_strptime(m.time, '%d/%b/%Y:%H:%M:%S %z')`,
        user: `CASE WHEN m.login IN ('-', '') THEN client ELSE m.login END`,
        bytes: `CASE WHEN m.size = '-' THEN 0 ELSE try_cast(m.size AS BIGINT) END`,
        action: `concat_ws(' ', nullif(regexp_extract(m.request, '^(\\S+) ', 1), ''), nullif(m.status, '-'))`,
        object: `coalesce(regexp_replace(vhost, ':[0-9]+$', ''), '') || nullif(regexp_extract(m.request, '^\\S+ (\\S+)', 1), '')`,
        ip: clientIpSql('client'),
      },
      timeText: 'm.time',
      timeExpected: 'a time like [17/May/2015:10:05:03 +0000]',
      unparsed: 'expected an access log line ([vhost] client ident user [time] "request" status bytes)',
      unparsedWhy: accessLineProblemSql('raw'),
      checks: [{ when: `m.size <> '-' AND try_cast(m.size AS BIGINT) IS NULL`, reason: 'expected a whole number of bytes (%b)' }],
    };
  },
});

/** SQL naming the first thing an access log line lacks, so a reject says its real cause rather than a generic shape. */
function accessLineProblemSql(line: string): string {
  const expected = '([vhost] client ident user [time] "request" status bytes)';
  return `CASE WHEN length(${line}) > ${maxLineChars} THEN 'the line is ' || length(${line}) || ' characters long, more than the ${maxLineChars} an access log line may have'
    WHEN NOT regexp_matches(${line}, '\\[[0-9]{2}/[A-Za-z]{3}/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}\\]') THEN 'expected an access log line ${expected}: no [dd/Mon/yyyy:HH:MM:SS +zzzz] time'
    WHEN NOT regexp_matches(${line}, '^\\S.* \\S+ \\S+ \\[') THEN 'expected an access log line ${expected}: the client, ident and user fields before the [time]'
    WHEN NOT regexp_matches(${line}, '\\] "((?:[^"\\\\]|\\\\.)*)" ') THEN 'expected an access log line ${expected}: no quoted "request" after the time'
    ELSE 'expected an access log line ${expected}: no status and byte count after the request' END`;
}
