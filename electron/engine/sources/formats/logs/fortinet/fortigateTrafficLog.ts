import { clientIpSql } from '../clientIpSql';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';
import { zonedTimeSql } from '../zonedTimeSql';
import { fortigateFieldSql, isFortigateHead } from './fortigateFields';

const fields = ['date', 'time', 'tz', 'logid', 'type', 'subtype', 'action', 'user', 'unauthuser', 'srcip', 'dstip', 'dstport', 'hostname', 'dstintfrole', 'sentbyte', 'rcvdbyte', 'sentdelta', 'rcvddelta'];

/** The byte count of the session's originator (sent) and of its peer (received): an interim log's delta since the previous log, else the session's total. */
const sent = 'coalesce(sentdelta, sentbyte)';
const received = 'coalesce(rcvddelta, rcvdbyte)';
/** True when the session went out through an interface whose role is WAN: its source sent data out of the organisation. */
const outbound = `coalesce(dstintfrole, 'wan') = 'wan'`;

/**
 * FortiGate traffic logs (key=value, syslog or downloaded) as transfers of the bytes that left the organisation in each
 * session, per user, else per source address: what the source sent when the session went out to the WAN (an upload),
 * what it received when the session reached an inside server (a download by a LAN, VPN or outside client, as a web
 * server's bytes sent to its client are counted). A log without the interface roles (before FortiOS 6.2) is taken as
 * outbound.
 */
export const fortigateTrafficLog = logLoader({
  format: 'fortigate-traffic-log',
  kind: 'transfer',
  label: 'FortiGate traffic log, key=value (sentbyte / rcvdbyte per user, else source address)',
  stage: 'lines',
  detect: isFortigateHead,
  mapping: {
    ts: "date and time, with tz= when logged (FortiOS 6.2 and later), else the firewall's local time: set the timezone option",
    user: 'user (else unauthuser), else srcip',
    bytes: 'sentbyte when dstintfrole is wan (or absent), else rcvdbyte; an interim log\'s sentdelta / rcvddelta when logged',
    action: 'subtype and action, e.g. "forward close"',
    object: 'hostname, else dstip:dstport',
    ip: 'srcip',
  },
  notes: [
    'Only traffic logs with byte counts are loaded; event, UTM and byte-less traffic logs (a denied session, a session start) are skipped and counted.',
    'Bytes leaving the organisation: an upload to the WAN counts what the source sent (sentbyte), a session to an inside server what the server sent back (rcvdbyte).',
  ],
  build({ staged, timezone }): RecordMapping {
    const parts = fields.map((f) => `${fortigateFieldSql(f)} AS ${f}`).join(', ');
    const bytes = `CASE WHEN ${outbound} THEN ${sent} ELSE ${received} END`;
    return {
      from: `(SELECT ln, line AS raw, ${parts} FROM (SELECT ln, CASE WHEN length(line) <= ${maxLineChars} THEN line END AS line FROM ${staged} WHERE trim(line) <> ''))`,
      layers: [{ when_text: `date || ' ' || time || coalesce(tz, '')`, bytes_text: bytes }],
      parsed: `logid IS NOT NULL AND type IS NOT NULL`,
      relevant: `type = 'traffic' AND bytes_text IS NOT NULL`,
      columns: {
        ts: zonedTimeSql('when_text', timezone),
        user: `coalesce(user, unauthuser, ${clientIpSql('srcip')})`,
        bytes: 'try_cast(bytes_text AS BIGINT)',
        action: `concat_ws(' ', subtype, action)`,
        object: `coalesce(hostname, dstip || coalesce(':' || dstport, ''))`,
        ip: clientIpSql('srcip'),
      },
      timeText: 'when_text',
      timeExpected: 'date=YYYY-MM-DD and time=HH:MM:SS',
      unparsed: `expected a FortiGate log line of key=value pairs with logid= and type= (at most ${maxLineChars} characters)`,
      checks: [{ when: 'try_cast(bytes_text AS BIGINT) IS NULL OR try_cast(bytes_text AS BIGINT) < 0', reason: 'expected a whole number of bytes in sentbyte / rcvdbyte' }],
    };
  },
});
