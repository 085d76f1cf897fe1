import { sqlString } from '../../../../sql/sqlString';
import { clientIpSql } from '../clientIpSql';
import { logLoader } from '../logLoader';
import { maxLineChars } from '../maxLineChars';
import type { RecordMapping } from '../RecordMapping';

/**
 * A Squid access.log line in its native format (`logformat squid`): epoch seconds with milliseconds, elapsed ms, client,
 * result code/HTTP status, bytes sent to the client, method, URL, user (`-` when none), hierarchy/peer, content type.
 */
const squidLine =
  '^\\s*([0-9]+(?:\\.[0-9]+)?)\\s+(-?[0-9]+)\\s+(\\S+)\\s+([A-Za-z_]+)/([0-9]{3})\\s+([0-9]+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)/(\\S+)\\s+(\\S+)';
const squidHead = /^\s*\d{9,10}\.\d{3}\s+-?\d+\s+\S+\s+[A-Z_]+\/\d{3}\s+\d+\s+\S+\s+\S+\s+\S+\s+[A-Z_]+\/\S+\s+\S+/;

/** Squid's native access.log: one transfer per request, the bytes sent to the client per user when one is logged, else per client address. */
export const squidAccessLog = logLoader({
  format: 'squid-access-log',
  kind: 'transfer',
  label: 'Squid access.log, native format (time elapsed client code/status bytes method URL user hierarchy/peer type)',
  stage: 'lines',
  detect(head) {
    const lines = head.toString('utf8').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
    const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
    return complete.length > 0 && complete.filter((l) => squidHead.test(l)).length * 2 > complete.length;
  },
  mapping: {
    ts: 'time (epoch seconds, UTC)',
    user: 'user (proxy authentication, ident or certificate name, URL-decoded), else the client address when "-"',
    bytes: 'bytes sent to the client (headers and body)',
    action: 'method and result code/status, e.g. "GET TCP_MISS/200"',
    object: 'URL (host:port for CONNECT)',
    ip: 'client address',
  },
  notes: ['Every request line is loaded, denied ones (TCP_DENIED) included, with the bytes of the answer the client got.'],
  zoneless: false,
  build({ staged }): RecordMapping {
    return {
      from: `(SELECT ln, line AS raw, CASE WHEN length(line) <= ${maxLineChars} THEN regexp_extract(line, ${sqlString(squidLine)}, ['time','elapsed','client','code','status','size','method','url','login','hier','peer','type']) END AS m FROM ${staged} WHERE trim(line) <> '')`,
      parsed: `m IS NOT NULL AND m.time <> ''`,
      relevant: 'true',
      columns: {
        ts: `to_timestamp(try_cast(m.time AS DOUBLE))`,
        user: `CASE WHEN m.login IN ('-', '') THEN ${clientIpSql('m.client')} ELSE url_decode(m.login) END`,
        bytes: `try_cast(m.size AS BIGINT)`,
        action: `concat_ws(' ', m.method, m.code || '/' || m.status)`,
        object: `m.url`,
        ip: clientIpSql('m.client'),
      },
      timeText: 'm.time',
      timeExpected: 'epoch seconds like 1157689312.049',
      unparsed: 'expected a Squid native access.log line: time elapsed client code/status bytes method URL user hierarchy/peer type',
    };
  },
});
