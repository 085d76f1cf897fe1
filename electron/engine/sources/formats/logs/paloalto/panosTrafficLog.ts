import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';
import { isPanosHead, panosCsvPart, panosExportHeaderSql } from './panosLog';

/** SQL: field n (1-based, PAN-OS documentation order) of the split CSV part, blank → NULL. */
const field = (n: number) => `nullif(trim(f[${n}]), '')`;

/**
 * Palo Alto Networks PAN-OS TRAFFIC logs (syslog, CSV format) as transfers: each session's end log, the bytes the client
 * sent (Bytes Sent, client-to-server) per Source User, else per Source Address. The fields are read by their documented
 * position (Generated Time 7, Source Address 8, Destination Address 9, Source User 13, Application 15, Destination Port
 * 26, Action 31, Bytes Sent 33); rule, user and application names hold no comma, so the first 34 fields split plainly.
 */
export const panosTrafficLog = logLoader({
  format: 'panos-traffic-log',
  kind: 'transfer',
  label: 'Palo Alto PAN-OS TRAFFIC syslog, CSV format (Bytes Sent per Source User, else Source Address)',
  stage: 'lines',
  detect: isPanosHead,
  mapping: {
    ts: "Generated Time (the firewall's local time, no zone: set the timezone option; an ISO time with Z is UTC)",
    user: 'Source User, else Source Address',
    bytes: 'Bytes Sent: what the client sent to the server (an upload, when the client is inside)',
    action: 'Application and Action, e.g. "ssl allow"',
    object: 'Destination Address:Destination Port',
    ip: 'Source Address',
  },
  notes: ['Only TRAFFIC end logs are loaded (one per session, with its totals); start, drop and deny logs and the other log types are skipped and counted.'],
  build({ staged, timezone }): RecordMapping {
    const csv = `regexp_extract(line, ${sqlString(panosCsvPart)}, 1)`;
    return {
      from: `(SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} AND ${csv} <> '' THEN string_split(${csv}, ',') END AS f, ${panosExportHeaderSql} AS header FROM ${staged} WHERE trim(line) <> '')`,
      layers: [
        {
          log_type: field(4),
          subtype: field(5),
          when_text: `replace(${field(7)}, '/', '-')`,
          src: field(8),
          dst: field(9),
          src_user: field(13),
          app: field(15),
          dport: field(26),
          verdict: field(31),
          sent: field(33),
        },
      ],
      parsed: 'f IS NOT NULL OR header',
      relevant: `coalesce(log_type = 'TRAFFIC' AND subtype = 'end', false)`,
      columns: {
        ts: zonedTimeSql('when_text', timezone),
        user: `coalesce(src_user, ${clientIpSql('src')})`,
        bytes: 'try_cast(sent AS BIGINT)',
        action: `concat_ws(' ', app, verdict)`,
        object: `dst || coalesce(':' || dport, '')`,
        ip: clientIpSql('src'),
      },
      timeText: 'when_text',
      timeExpected: 'a Generated Time like 2018/11/30 16:09:07 in field 7',
      unparsed: `expected a PAN-OS syslog line in CSV format (FUTURE_USE, receive time, serial, type, …; at most ${maxLineChars} characters)`,
      checks: [{ when: 'try_cast(sent AS BIGINT) IS NULL OR try_cast(sent AS BIGINT) < 0', reason: 'expected a whole number of bytes in Bytes Sent (field 33)' }],
    };
  },
});
