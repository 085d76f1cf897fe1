import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';

/** Leading fields of an S3 server access log line; later fields (which vary by vintage) are tolerated. */
const s3Line =
  '^(\\S+) (\\S+) \\[([^\\]]+)\\] (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) ("(?:[^"\\\\]|\\\\.)*"|-) (\\S+) (\\S+) (\\S+) (\\S+)';
const s3Head = /^\S+ \S+ \[\d{2}\/[A-Za-z]{3}\/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] \S+ \S+ \S+ [A-Z0-9]+\.[A-Z0-9_.]+ /;

/** Amazon S3 server access logs: one transfer per request, bytes_sent as the volume, the requester as the user. */
export const s3ServerAccessLog = logLoader({
  format: 's3-server-access-log',
  kind: 'transfer',
  label: 'Amazon S3 server access log',
  stage: 'lines',
  detect(head) {
    const first = head.toString('utf8').split(/\r?\n/).find((l) => l.trim() !== '');
    return first !== undefined && s3Head.test(first);
  },
  mapping: {
    ts: 'time ([dd/Mon/yyyy:HH:MM:SS +zzzz], offset honoured)',
    user: 'requester (IAM ARN, service, …), else remote_ip for anonymous requests',
    bytes: 'bytes_sent (field 12; "-" counts as 0)',
    action: 'operation (REST.GET.OBJECT, …)',
    object: 'bucket/key',
    ip: 'remote_ip',
  },
  zoneless: false,
  build({ staged }): RecordMapping {
    return {
      from: `(SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} THEN regexp_extract(line, ${sqlString(s3Line)}, ['owner','bucket','time','remote','requester','request_id','operation','key','uri','status','error','sent','size']) END AS m FROM ${staged} WHERE trim(line) <> '')`,
      parsed: `m IS NOT NULL AND m.owner <> ''`,
      relevant: 'true',
      columns: {
        ts: `try_strptime(m.time, '%d/%b/%Y:%H:%M:%S %z')`,
        user: `coalesce(nullif(m.requester, '-'), nullif(m.remote, '-'))`,
        bytes: `CASE WHEN m.sent = '-' THEN 0 ELSE try_cast(m.sent AS BIGINT) END`,
        action: 'm.operation',
        object: `m.bucket || CASE WHEN m.key = '-' THEN '' ELSE '/' || m.key END`,
        ip: clientIpSql('m.remote'),
      },
      timeText: 'm.time',
      timeExpected: 'a time like [01/Aug/2019:00:24:41 +0000]',
      unparsed: 'expected an S3 server access log line: owner bucket [time] remote_ip requester request_id operation key "uri" status error bytes_sent …',
      checks: [{ when: `m.sent <> '-' AND try_cast(m.sent AS BIGINT) IS NULL`, reason: 'expected a whole number in bytes_sent (field 12)' }],
    };
  },
});
