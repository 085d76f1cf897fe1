import { sqlIdent } from '../../../../sql/sqlString';
import { csvFields } from '../csvFields';
import { csvHeader } from '../csvHeader';
import { dateOrderOfTexts } from '../dateOrderOfRecords';
import { dropStaged } from '../dropStaged';
import { logLoader } from '../logLoader';
import { stageCsv } from '../stageCsv';
import { zonedTimeSql } from '../zonedTimeSql';
import { sshdLinesMapping, sshdSyslogMapping } from './sshdSyslog';

/** Columns of the Log Analytics Syslog table each part of a syslog line is rebuilt from, first found wins. */
const syslogColumns = {
  time: ['TimeGenerated', 'TimeGenerated [UTC]', 'EventTime', 'EventTime [UTC]'],
  host: ['HostName', 'Computer'],
  process: ['ProcessName'],
  pid: ['ProcessID'],
  message: ['SyslogMessage'],
} satisfies Record<string, string[]>;

/**
 * The Syslog table exported as CSV from Microsoft Sentinel / Log Analytics (TimeGenerated, HostName, ProcessName,
 * ProcessID, SyslogMessage): each row is rebuilt as the RFC 3339 syslog line it was, and read as sshd / PAM syslog is.
 */
export const sshdSyslogCsv = logLoader({
  format: 'sshd-syslog-csv',
  kind: 'signin',
  label: 'sshd / PAM lines of a Syslog table CSV export (Sentinel / Log Analytics: TimeGenerated, ProcessName, SyslogMessage)',
  stage: 'custom',
  detect(head) {
    const cols = new Set(csvHeader(head).map((h) => h.toLowerCase()));
    return cols.has('syslogmessage') && cols.has('processname') && syslogColumns.time.some((t) => cols.has(t.toLowerCase()));
  },
  mapping: {
    ...sshdSyslogMapping,
    ts: 'TimeGenerated (UTC; "TimeGenerated [UTC]" of a portal export)',
    app: 'ProcessName',
    raw_ref: 'line of the record (exact while records do not span lines)',
  },
  notes: ['Each row is read as the line "TimeGenerated HostName ProcessName[ProcessID]: SyslogMessage"; rows of other processes are skipped.'],
  async build({ c, file, staged, timezone, dateOrder, options }) {
    const table = `${staged}_csv`;
    const csv = await stageCsv(c, file, table);
    const { time = 'NULL', host = 'NULL', process = 'NULL', pid = 'NULL', message = 'NULL' } = csvFields(csv.columns, syslogColumns);
    const byLower = new Set(csv.columns.map((col) => col.toLowerCase()));
    const timeColumn = syslogColumns.time.find((n) => byLower.has(n.toLowerCase())) ?? 'TimeGenerated';
    const zone = /\[utc\]/i.test(timeColumn) ? 'UTC' : timezone;
    const order = options.dateOrder === undefined || options.dateOrder === '' ? ((await dateOrderOfTexts(c, sqlIdent(table), time)) ?? dateOrder) : dateOrder;
    const iso = `strftime(timezone('UTC', ${zonedTimeSql(time, zone, order)}), '%Y-%m-%dT%H:%M:%S.%fZ')`;
    await c.run(
      `CREATE TEMP TABLE ${sqlIdent(staged)} AS
       SELECT ln, coalesce(${iso}, coalesce(${time}, 'no-time')) || ' ' || coalesce(${host}, '-') || ' ' || coalesce(${process}, '-')
                || coalesce('[' || ${pid} || ']', '') || ': ' || coalesce(${message}, '') AS line
       FROM ${sqlIdent(table)}`,
    );
    await dropStaged(c, table);
    const mapping = await sshdLinesMapping({ c, staged, timezone: 'UTC', options, file });
    return { ...mapping, stagingRejects: { rows: csv.rejects, count: csv.rejected } };
  },
});
