import { sqlString } from '../../../../sql/sqlString';

/** The parts every FortiGate log line holds: key=value pairs (values quoted when they may hold spaces) with its date=, time= and logid=. */
const fortigateParts = [/(?:^|[\s>])date=\d{4}-\d{2}-\d{2}\s/, /\stime=\d{2}:\d{2}:\d{2}\s/, /\slogid="?\d{10}"?\s/];

/** Whether most complete lines of a head are FortiGate log lines (syslog-prefixed or not); both FortiGate loaders detect by it. */
export function isFortigateHead(head: Buffer): boolean {
  const lines = head.toString('utf8').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 50);
  const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
  return complete.length > 0 && complete.filter((l) => fortigateParts.every((p) => p.test(l))).length * 2 > complete.length;
}

/** SQL: the value of one key of a FortiGate key=value line (quoted or bare), NULL when absent, empty or N/A. */
export function fortigateFieldSql(key: string): string {
  const pattern = sqlString(`(?:^|[\\s>])${key}=(?:"([^"]*)"|([^\\s"]*))`);
  return `nullif(nullif(regexp_extract(line, ${pattern}, 1) || regexp_extract(line, ${pattern}, 2), ''), 'N/A')`;
}
