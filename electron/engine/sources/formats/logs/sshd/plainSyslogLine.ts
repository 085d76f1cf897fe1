import { sqlString } from '../../../../sql/sqlString';

/**
 * RFC 5424 syslog line: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG`, structured data `-` or one
 * or more `[id key="value"]` elements, the message optionally led by a UTF-8 byte-order mark (RFC 5424 §6.4). rsyslog's
 * `RSYSLOG_SyslogProtocol23Format` and syslog-ng's `syslog()` destination write files in it.
 */
const rfc5424Of = (procId: string) =>
  `^<[0-9]{1,3}>1 (\\S+) (\\S+) (\\S+) (${procId}) \\S+ (?:-|(?:\\[(?:[^\\]\\\\]|\\\\.)*\\])+) ?\uFEFF?(.*)$`;
const rfc5424Line = rfc5424Of('\\S+');
/** The same line with a numeric process id, so it becomes the `tag[pid]:` the BSD and RFC 3339 forms write. */
const rfc5424WithPid = rfc5424Of('[0-9]+');
/** The `<PRI>` a syslog sender puts before a BSD or RFC 3339 line, kept by collectors that write what they receive. */
const priority = '^<[0-9]{1,3}>';

/**
 * SQL turning a syslog line as a collector writes it (RFC 5424, or led by its `<PRI>`) into the `time host tag[pid]: message`
 * form the sshd readers parse; other lines are returned unchanged. The time stays as written (RFC 3339 in RFC 5424).
 */
export function plainSyslogLineSql(line: string): string {
  const withPid = `regexp_replace(${line}, ${sqlString(rfc5424WithPid)}, '\\1 \\2 \\3[\\4]: \\5')`;
  const noPid = `regexp_replace(${withPid}, ${sqlString(rfc5424Line)}, '\\1 \\2 \\3: \\5')`;
  return `CASE WHEN starts_with(${line}, '<') THEN regexp_replace(${noPid}, ${sqlString(priority)}, '') ELSE ${line} END`;
}

/** The same rewriting in JS, for detection on a file's first lines. */
export function plainSyslogLine(line: string): string {
  if (!line.startsWith('<')) return line;
  return line
    .replace(new RegExp(rfc5424WithPid), '$1 $2 $3[$4]: $5')
    .replace(new RegExp(rfc5424Line), '$1 $2 $3: $5')
    .replace(new RegExp(priority), '');
}
