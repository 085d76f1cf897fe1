import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent, sqlString } from '../../../../sql/sqlString';
import { csvRejectsOf } from '../csvRejectsOf';
import type { RejectedRow } from '../../../Loader';
import { isGzipFile } from '../../../verifyGzip';
import { firstLine } from '../../../firstLine';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { windowsLogonColumns, windowsLogonEventIds, windowsLogonLayers, windowsLogonMapping, windowsLogonRelevant } from './windowsLogon';

/**
 * The header Event Viewer writes for "Save All Events As… CSV": five names (the first is Keywords, Audit Success or
 * Audit Failure, where the Security log's view shows that column, else Level), then each record's message as a sixth,
 * unnamed field.
 */
export const eventViewerCsvHeader = /^(Level|Keywords)[,\t]Date and Time[,\t]Source[,\t]Event ID[,\t]Task Category/i;

/** Sentences and labels of the English Security event messages this loader reads its fields from. */
const englishMessage = /Account Name:|Logon Account:|An account (was successfully logged on|failed to log on)|Kerberos (authentication ticket|pre-authentication)/;

/** A field of an English Security message, by its label at the start of a line (first match), as SQL; NULL when absent. */
function labelled(labels: string, value = '(.*?)'): string {
  return `nullif(regexp_extract(message, ${sqlString(`(?m)^\\s*(?:${labels}):[ \\t]*${value}\\s*$`)}, 1), '')`;
}

/** Every "Account Name:" of a message, in order: the subject first, then (4624, 4625, 4648) the account logged on. */
const accountNames = `regexp_extract_all(message, ${sqlString('(?m)^\\s*Account Name:[ \\t]*(.*?)\\s*$')}, 1)`;

/**
 * The fields windowsLogon reads, taken from an English message: the account logged on (4624 New Logon, 4625 Account For
 * Which Logon Failed, 4648 Account Whose Credentials Were Used: the second Account Name; Kerberos: the only one; 4776:
 * Logon Account), the client address and workstation, the status codes and the pre-authentication type.
 */
const messageFields: Record<string, string> = {
  event_id_text: 'event_id',
  channel: `CASE WHEN source = 'Microsoft-Windows-Security-Auditing' THEN 'Security' ELSE source END`,
  time: 'logged_at',
  target: `CASE WHEN try_cast(event_id AS INTEGER) IN (4624, 4625, 4648) THEN ${accountNames}[2]
    WHEN try_cast(event_id AS INTEGER) = 4776 THEN ${labelled('Logon Account')} ELSE ${accountNames}[1] END`,
  address: labelled('Source Network Address|Client Address', '(\\S*)'),
  workstation: labelled('Workstation Name|Source Workstation', '(\\S*)'),
  status: labelled('Status|Result Code|Failure Code|Error Code', '(0x[0-9A-Fa-f]+)'),
  sub: labelled('Sub Status', '(0x[0-9A-Fa-f]+)'),
  preauth: labelled('Pre-Authentication Type', '([0-9]+)'),
  host: 'NULL::VARCHAR',
};

/**
 * Stages the export as `(ln, raw, level, logged_at, source, event_id, task, message)`: every field text, each record's first
 * line counted over the line breaks of the records before it (a message spans many lines), and the records DuckDB's
 * reader refused reported with their lines.
 */
async function stageEventViewerCsv(c: DuckDBConnection, file: string, staged: string, delim: string): Promise<{ rows: RejectedRow[]; count: number }> {
  const docs = sqlIdent(`${staged}_docs`);
  const rejects = `${staged}_rej`;
  const columns = ['level', 'logged_at', 'source', 'event_id', 'task', 'message'];
  await c.run(
    `CREATE TEMP TABLE ${docs} AS SELECT * FROM read_csv(${sqlString(file)}, header = false, skip = 1, delim = ${sqlString(delim)}, quote = '"', escape = '"',
       compression = ${sqlString(isGzipFile(file) ? 'gzip' : 'none')}, max_line_size = 16777216, buffer_size = 33554432,
       columns = {${columns.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(', ')}}, null_padding = true,
       store_rejects = true, rejects_table = ${sqlString(rejects)}, rejects_scan = ${sqlString(`${staged}_scan`)})`,
  );
  const breaks = columns.map((n) => `coalesce(length(${n}) - length(replace(${n}, chr(10), '')), 0)`).join(' + ');
  await c.run(
    `CREATE TEMP VIEW ${sqlIdent(staged)} AS
     SELECT 2 + coalesce(sum(1 + ${breaks}) OVER (ORDER BY rowid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS ln,
       concat_ws(${sqlString(delim)}, ${columns.join(', ')}) AS raw, ${columns.join(', ')}
     FROM ${docs}`,
  );
  return csvRejectsOf(c, rejects, columns);
}

/**
 * Windows Security logon events saved from Event Viewer as CSV (Save All Events As… CSV), in English: the fields are
 * only in each record's message text, read by their labels; the time is the exporting machine's local time in its
 * locale's date order. Exports in other languages are refused by name (textFormat).
 */
export const windowsEventViewerCsv = logLoader({
  format: 'windows-eventviewer-csv',
  kind: 'signin',
  label: 'Windows Security events saved from Event Viewer as CSV (English messages)',
  stage: 'custom',
  zoneless: true,
  detect(head) {
    return eventViewerCsvHeader.test(firstLine(head)) && englishMessage.test(head.toString('utf8'));
  },
  mapping: {
    ...windowsLogonMapping,
    ts: "Date and Time: the exporting machine's local time (set the timezone option), in its locale's date order",
    user: 'the message: New Logon / Account For Which Logon Failed / Account Whose Credentials Were Used (4624, 4625, 4648), Account Information (Kerberos), Logon Account (4776)',
    ip: 'the message: Source Network Address (logons), Client Address (Kerberos), else Workstation Name / Source Workstation; none for 4648',
    app: 'none (the export names no computer)',
    raw_ref: "line of the record's first line",
  },
  notes: [
    `Only Security events ${windowsLogonEventIds.join(', ')} are loaded; other events are skipped and counted.`,
    "Fields are read from each record's English message; Date and Time is the exporting machine's local time: set the timezone option to that machine's zone.",
  ],
  async build({ c, file, staged, timezone, dateOrder, head }): Promise<RecordMapping> {
    const delim = firstLine(head).includes('\t') ? '\t' : ',';
    const stagingRejects = await stageEventViewerCsv(c, file, staged, delim);
    return {
      from: staged,
      layers: [messageFields, ...windowsLogonLayers(timezone, dateOrder)],
      parsed: 'event_id IS NOT NULL AND message IS NOT NULL',
      relevant: windowsLogonRelevant,
      columns: windowsLogonColumns(),
      timeText: 'time',
      timeExpected: 'a time in Date and Time',
      unparsed: 'expected an Event Viewer CSV record (Level, Date and Time, Source, Event ID, Task Category, message)',
      stagingRejects,
    };
  },
});
