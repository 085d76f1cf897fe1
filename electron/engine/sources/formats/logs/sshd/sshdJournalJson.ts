import { UserError } from '../../../../../../shared/userError';
import { sqlIdent } from '../../../../sql/sqlString';
import { dropStaged } from '../dropStaged';
import { firstJsonRecord } from '../firstJsonRecord';
import { keyText } from '../jsonFields';
import { logLoader } from '../logLoader';
import { stageJsonRecords } from '../stageJsonRecords';
import { journalFieldTextSql } from './journalFieldText';
import { sshdLinesMapping, sshdSyslogMapping } from './sshdSyslog';

/** Whether a head is `journalctl -o json-pretty` output: objects spread over lines, one after another, not a JSON array. */
function isPrettyJournal(head: Buffer): boolean {
  return /^\s*\{\s*\r?\n\s*"__CURSOR"\s*:/.test(head.toString('utf8').replace(/^\uFEFF/, ''));
}

/**
 * The systemd journal exported as JSON (`journalctl -o json`, one entry per line, or entries in a JSON array): each
 * entry is rebuilt as the RFC 3339 syslog line it stands for (`__REALTIME_TIMESTAMP`, `_HOSTNAME`, `SYSLOG_IDENTIFIER`,
 * `SYSLOG_PID` / `_PID`, `MESSAGE`, a byte array where it is not printable UTF-8) and read as sshd / PAM syslog is;
 * entries of other programs are skipped.
 */
export const sshdJournalJson = logLoader({
  format: 'sshd-journal-json',
  kind: 'signin',
  label: 'sshd / PAM entries of a systemd journal JSON export (journalctl -o json: __REALTIME_TIMESTAMP, SYSLOG_IDENTIFIER, MESSAGE)',
  stage: 'custom',
  detect(head) {
    const r = firstJsonRecord(head);
    return r !== null && typeof r.__REALTIME_TIMESTAMP === 'string' && 'MESSAGE' in r;
  },
  mapping: {
    ...sshdSyslogMapping,
    ts: '__REALTIME_TIMESTAMP (microseconds since the epoch, UTC)',
    app: 'SYSLOG_IDENTIFIER (sshd, sshd-session…), else _COMM',
    raw_ref: 'line (JSON lines) or entry index (array) of the entry',
  },
  notes: ['Each entry is read as the line "time _HOSTNAME SYSLOG_IDENTIFIER[SYSLOG_PID]: MESSAGE"; entries of other programs and sshd\'s other messages are skipped.'],
  zoneless: false,
  async build({ c, file, head, staged, displayName, watch, options }) {
    if (isPrettyJournal(head)) {
      throw new UserError('bad_input', `${displayName}: is journalctl -o json-pretty output, its entries spread over many lines; export them again with -o json (one entry per line) and load that.`);
    }
    const json = `${staged}_json`;
    await stageJsonRecords(c, file, head, json, displayName, watch);
    const micros = `try_cast(${keyText('__REALTIME_TIMESTAMP')} AS BIGINT)`;
    const time = `strftime(make_timestamp(${micros}), '%Y-%m-%dT%H:%M:%S.%fZ')`;
    const tag = `coalesce(${keyText('SYSLOG_IDENTIFIER')}, ${keyText('_COMM')}, '-')`;
    const pid = `coalesce(${keyText('SYSLOG_PID')}, ${keyText('_PID')})`;
    await c.run(
      `CREATE TEMP TABLE ${sqlIdent(staged)} AS
       SELECT ln, CASE WHEN j IS NULL OR ${micros} IS NULL THEN raw
         ELSE ${time} || ' ' || coalesce(${keyText('_HOSTNAME')}, '-') || ' ' || ${tag} || coalesce('[' || ${pid} || ']', '') || ': ' || coalesce(${journalFieldTextSql('MESSAGE')}, '') END AS line
       FROM ${sqlIdent(json)}`,
    );
    await dropStaged(c, json);
    return sshdLinesMapping({ c, staged, timezone: 'UTC', options, file });
  },
});
