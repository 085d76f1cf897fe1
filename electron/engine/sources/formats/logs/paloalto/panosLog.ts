/**
 * A PAN-OS syslog line in its CSV format (syslog-prefixed or not): FUTURE_USE, receive time, serial number, log type
 * (TRAFFIC, THREAT, SYSTEM, GLOBALPROTECT…), then the type's fields; the receive time as `2018/11/30 16:09:07` or ISO.
 */
export const panosCsvPart = '(?:^|\\s)([0-9]+,[0-9]{4}[/-][0-9]{2}[/-][0-9]{2}[ T][0-9:.]+Z?,[^,]*,[A-Z]+,.*)$';
const panosLine = new RegExp(panosCsvPart);

/** Whether most complete lines of a head are PAN-OS syslog CSV lines. */
export function isPanosHead(head: Buffer): boolean {
  const lines = head.toString('utf8').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
  const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
  return complete.length > 0 && complete.filter((l) => panosLine.test(l)).length * 2 > complete.length;
}

/** SQL (over `line`): the header row the firewall's web interface writes atop a log exported to CSV, in the syslog field order; skipped, not rejected. */
export const panosExportHeaderSql = `regexp_matches(line, '^\\x{FEFF}?Domain,Receive Time,Serial #,Type,')`;
