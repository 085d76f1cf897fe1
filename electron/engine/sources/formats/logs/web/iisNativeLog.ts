import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';

/**
 * A line of Microsoft's IIS log file format (not W3C extended): comma-and-space separated client IP, user name, date,
 * time, service and instance, server name, server IP, time taken, client bytes sent, server bytes sent, service
 * status, Windows status, request type, target, parameters, and a closing comma.
 */
const iisLine =
  '^([^,]+), ([^,]*), ([0-9]{1,2})/([0-9]{1,2})/([0-9]{2}|[0-9]{4}), ([0-9]{1,2}:[0-9]{2}:[0-9]{2}), ([^,]*), ([^,]*), ([^,]*), (-?[0-9]+|-), ([0-9]+|-), ([^,]*), ([0-9]+|-), ([0-9]+|-), ([^,]*), ([^,]*), (.*?),?\\s*$';
const iisHead = /^[^,\s]+, [^,]*, \d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4}), \d{1,2}:\d{2}:\d{2}, [^,]*, [^,]*, [^,]*, (?:-?\d+|-), (?:\d+|-), (?:\d+|-), (?:\d+|-), (?:\d+|-), /;

/** Microsoft IIS log file format (the comma-separated native one): one transfer per request, server bytes sent per user, else per client. */
export const iisNativeLog = logLoader({
  format: 'iis-native-log',
  kind: 'transfer',
  label: 'Microsoft IIS log file format (comma-separated: client, user, date, time, service, …, server bytes, status, method, target)',
  stage: 'lines',
  detect(head) {
    const lines = head.toString('utf8').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
    const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
    return complete.length > 0 && complete.filter((l) => iisHead.test(l)).length * 2 > complete.length;
  },
  mapping: {
    ts: "date and time: the server's local time, month first (set the timezone option; a two-digit year is 19xx from 70, else 20xx)",
    user: 'user name, else the client address when "-"',
    bytes: 'server bytes sent',
    action: 'request type and service status, e.g. "GET 200"',
    object: 'target of the operation',
    ip: 'client IP address',
  },
  build({ staged, timezone, dateOrder }): RecordMapping {
    const year = `CASE WHEN length(m.year) = 2 THEN (CASE WHEN m.year >= '70' THEN '19' ELSE '20' END) || m.year ELSE m.year END`;
    return {
      from: `(SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} THEN regexp_extract(line, ${sqlString(iisLine)}, ['client','login','a','b','year','time','service','server','server_ip','taken','received','sent_text','status','win_status','method','target','params']) END AS m FROM ${staged} WHERE trim(line) <> '')`,
      layers: [{ when_text: `CASE WHEN m.time <> '' THEN m.a || '/' || m.b || '/' || ${year} || ' ' || m.time END` }],
      parsed: `m IS NOT NULL AND m.client <> ''`,
      relevant: 'true',
      columns: {
        ts: zonedTimeSql('when_text', timezone, dateOrder),
        user: `CASE WHEN m.login IN ('-', '') THEN ${clientIpSql('m.client')} ELSE m.login END`,
        bytes: `CASE WHEN m.sent_text = '-' THEN NULL ELSE try_cast(m.sent_text AS BIGINT) END`,
        action: `concat_ws(' ', nullif(m.method, '-'), nullif(m.status, '-'))`,
        object: `nullif(m.target, '-')`,
        ip: clientIpSql('m.client'),
      },
      timeText: 'when_text',
      timeExpected: 'a date and time like 3/20/2024, 7:55:20',
      unparsed: 'expected an IIS log file format line: client, user, date, time, service, server, server IP, time taken, client bytes, server bytes, status, Windows status, method, target, parameters',
      checks: [{ when: `m.sent_text <> '-' AND try_cast(m.sent_text AS BIGINT) IS NULL`, reason: 'expected a whole number of server bytes sent' }],
    };
  },
});
