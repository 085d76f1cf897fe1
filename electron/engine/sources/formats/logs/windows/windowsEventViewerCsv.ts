import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlIdent, sqlString } from '../../../../sql/sqlString';
import { csvRejectsOf } from '../csvRejectsOf';
import type { RejectedRow } from '../../../Loader';
import { isGzipFile } from '../../../verifyGzip';
import { firstLine } from '../../../firstLine';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { eventViewerMessageLanguage, eventViewerReadLanguages, isEventViewerCsv } from './eventViewerCsvLanguages';
import { windowsAccountEventIds, windowsAccountEvents } from './windowsAccountEvents';
import { windowsLogonColumns, windowsLogonEventIds, windowsLogonLayers, windowsLogonMapping, windowsLogonRelevant } from './windowsLogon';

/**
 * Labels of the message fields, in the languages read: English, German, French, Spanish. The Kerberos labels are English
 * and French (`Adresse du client`, `Code de résultat`, `Code d’échec`, `Type de pré-authentification`, as French
 * Windows writes 4768 and 4769); NTLM's 4776 is read in English only.
 */
const labels = {
  account: 'Account Name|Kontoname|Nom du compte|Nombre de cuenta',
  address: 'Source Network Address|Client Address|Quellnetzwerkadresse|Adresse du réseau source|Adresse du client|Dirección de red de origen',
  workstation: 'Workstation Name|Source Workstation|Arbeitsstationsname|Nom de la station de travail|Nombre de estación de trabajo',
  status: "Status|Result Code|Failure Code|Error Code|Statut|État|Code de résultat|Code d[’']échec|Estado",
  sub: 'Sub Status|Unterstatus|Sous-statut|Sous-état|Subestado',
  preauth: 'Pre-Authentication Type|Type de pré-authentification',
};

/**
 * A label at the start of a message line and its value, as a regex: French puts a (no-break) space before the colon,
 * and German Windows writes `Unterstatus::` with two.
 */
function labelPattern(names: string, value: string): string {
  return `(?m)^\\s*(?:${names})[ \\t\\x{00A0}\\x{202F}]*:+[ \\t]*${value}\\s*$`;
}

/** A field of a Security message, by its label at the start of a line (first match), as SQL; NULL when absent. */
function labelled(names: string, value = '(.*?)'): string {
  return `nullif(regexp_extract(message, ${sqlString(labelPattern(names, value))}, 1), '')`;
}

/** Every account name of a message, in order: the subject first, then (4624, 4625, 4648) the account logged on. */
const accountNames = `regexp_extract_all(message, ${sqlString(labelPattern(labels.account, '(.*?)'))}, 1)`;

/** The host events read in every language. */
const hostEvents = [4624, 4625, 4648];

/** The Kerberos events read from French messages too; the other languages' Kerberos events and every non-English 4776 are skipped and counted. */
const frenchKerberosEvents = [4768, 4769, 4771];

/**
 * The fields windowsLogon reads, taken from the message: the account logged on (4624 New Logon, 4625 Account For Which
 * Logon Failed, 4648 Account Whose Credentials Were Used: the second account name; Kerberos: the only one; 4776: Logon
 * Account), the client address and workstation, the status codes and the pre-authentication type. A dotted date
 * (German `27.10.2021 12:28:26`) is read as the numeric date it is; `english` tells the messages whose Kerberos and NTLM
 * labels are known, `french` those of the Kerberos events read in French.
 */
const messageFields: Record<string, string> = {
  event_id_text: 'event_id',
  channel: `CASE WHEN source = 'Microsoft-Windows-Security-Auditing' THEN 'Security' ELSE source END`,
  time: `regexp_replace(logged_at, '^\\s*([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})', '\\1/\\2/\\3')`,
  english: `regexp_matches(message, 'Account Name:|Logon Account:')`,
  french: `regexp_matches(message, ${sqlString('(?m)^\\s*Nom du compte[ \\t\\x{00A0}\\x{202F}]*:')})`,
  target: `CASE WHEN try_cast(event_id AS INTEGER) IN (${hostEvents.join(', ')}) THEN ${accountNames}[2]
    WHEN try_cast(event_id AS INTEGER) = 4776 THEN ${labelled('Logon Account')} ELSE ${accountNames}[1] END`,
  address: labelled(labels.address, '(\\S*)'),
  workstation: labelled(labels.workstation, '(\\S*)'),
  status: labelled(labels.status, '(0x[0-9A-Fa-f]+)'),
  sub: labelled(labels.sub, '(0x[0-9A-Fa-f]+)'),
  preauth: labelled(labels.preauth, '([0-9]+)'),
  host: 'NULL::VARCHAR',
};

/**
 * The account-event fields taken from the message (every language whose Account Name label is read): the Subject's
 * account first, then the account acted on (Target Account, Account That Was Locked Out), and a lockout's Caller
 * Computer Name (English).
 */
const accountEventFields: Record<string, string> = {
  event_id_text: messageFields.event_id_text as string,
  channel: messageFields.channel as string,
  time: messageFields.time as string,
  target: `${accountNames}[2]`,
  subject: `${accountNames}[1]`,
  caller: labelled('Caller Computer Name', '(\\S*)'),
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
 * Windows Security logon events saved from Event Viewer as CSV (Save All Events As… CSV), in English, German, French or
 * Spanish: the fields are only in each record's message text, read by their labels; the time is the exporting machine's
 * local time in its locale's date order (day first in the German, French and Spanish exports unless the file's own dates
 * show otherwise). Exports in other languages are refused naming the language (textFormat).
 */
export const windowsEventViewerCsv = logLoader({
  format: 'windows-eventviewer-csv',
  kind: 'signin',
  label: `Windows Security events saved from Event Viewer as CSV (${eventViewerReadLanguages.join(', ')} messages)`,
  stage: 'custom',
  zoneless: true,
  detect(head) {
    return isEventViewerCsv(head) && eventViewerMessageLanguage(head) !== null;
  },
  dateOrder(head) {
    return eventViewerMessageLanguage(head) === 'English' ? 'mdy' : 'dmy';
  },
  mapping: {
    ...windowsLogonMapping,
    ts: "Date and Time: the exporting machine's local time (set the timezone option), in its locale's date order (German dd.MM.yyyy; French and Spanish day first unless the dates show otherwise)",
    user: 'the message: New Logon / Account For Which Logon Failed / Account Whose Credentials Were Used (4624, 4625, 4648: the second Account Name, Kontoname, Nom du compte, Nombre de cuenta), Account Information (Kerberos), Logon Account (4776)',
    ip: 'the message: Source Network Address (Quellnetzwerkadresse, Adresse du réseau source, Dirección de red de origen), Client Address (Kerberos; Adresse du client), else Workstation Name / Source Workstation; none for 4648',
    app: 'none (the export names no computer)',
    raw_ref: "line of the record's first line",
  },
  notes: [
    `Only Security events ${windowsLogonEventIds.join(', ')} are loaded as sign-ins, and ${windowsAccountEventIds.join(', ')} as account events; other events are skipped and counted.`,
    `Fields are read from each record's message: every event in English; the host events ${hostEvents.join(', ')} in German, French and Spanish, and the Kerberos events ${frenchKerberosEvents.join(', ')} in French; the other Kerberos and NTLM events of a German, French or Spanish export are skipped and counted (export .evtx or XML for those).`,
    "Date and Time is the exporting machine's local time: set the timezone option to that machine's zone.",
  ],
  async build({ c, file, staged, timezone, dateOrder, head }): Promise<RecordMapping> {
    const delim = firstLine(head).includes('\t') ? '\t' : ',';
    const stagingRejects = await stageEventViewerCsv(c, file, staged, delim);
    return {
      from: staged,
      layers: [messageFields, ...windowsLogonLayers(timezone, dateOrder)],
      parsed: 'event_id IS NOT NULL AND message IS NOT NULL',
      relevant: `(${windowsLogonRelevant} AND (english OR event_id IN (${hostEvents.join(', ')}) OR (french AND event_id IN (${frenchKerberosEvents.join(', ')}))))`,
      columns: windowsLogonColumns(),
      timeText: 'time',
      timeExpected: 'a time in Date and Time',
      unparsed: 'expected an Event Viewer CSV record (Level, Date and Time, Source, Event ID, Task Category, message)',
      stagingRejects,
      accountEvents: windowsAccountEvents([accountEventFields], timezone, dateOrder),
    };
  },
});
