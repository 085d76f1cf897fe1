import { sqlIdent } from '../../../../sql/sqlString';
import { dropStaged } from '../dropStaged';
import { keyText } from '../jsonFields';
import { logLoader } from '../logLoader';
import { isEvtx } from '../windows/evtx/evtxFileHeader';
import { stageEvtx } from '../windows/evtx/stageEvtx';
import { sshdLinesMapping, sshdSyslogMapping } from './sshdSyslog';

/** The channel OpenSSH for Windows logs to, as its events' BinXML holds it (UTF-16LE) in the file's first chunk. */
const openSshChannel = Buffer.from('OpenSSH/Operational', 'utf16le');

/**
 * OpenSSH for Windows' own event log (`OpenSSH/Operational` exported as .evtx): each event carries sshd's syslog message in
 * its `payload` (`Failed password for … from … port …`), the only record of the client's address, as the Security
 * 4625 that Windows writes for the same try has none. Each event is rebuilt as the line `TimeCreated Computer
 * process[ProcessID]: payload` (sshd runs one process per connection) and read as sshd syslog is.
 */
export const sshdWindowsEvtx = logLoader({
  format: 'sshd-windows-evtx',
  kind: 'signin',
  label: 'OpenSSH for Windows event log (.evtx, OpenSSH/Operational: sshd messages)',
  stage: 'custom',
  zoneless: false,
  gzip: false,
  detect: (head) => isEvtx(head) && head.includes(openSshChannel),
  mapping: {
    ...sshdSyslogMapping,
    ts: 'System/TimeCreated SystemTime (UTC)',
    app: 'EventData process (sshd)',
    raw_ref: 'number of the event in the file, in file order',
  },
  notes: ['Each event is read as the syslog line "TimeCreated Computer process[Execution ProcessID]: payload"; sshd\'s other messages are skipped.'],
  async build({ c, file, staged, watch, options }) {
    const docs = `${staged}_evtx`;
    const staging = await stageEvtx(c, file, docs, () => true, watch);
    const pid = keyText('Execution_ProcessID');
    await c.run(
      `CREATE TEMP TABLE ${sqlIdent(staged)} AS
       SELECT ln, CASE WHEN ${keyText('TimeCreated')} IS NULL THEN raw
         ELSE ${keyText('TimeCreated')} || ' ' || coalesce(${keyText('Computer')}, '-') || ' ' || coalesce(${keyText('process')}, '-') || coalesce('[' || ${pid} || ']', '') || ': ' || coalesce(${keyText('payload')}, '') END AS line
       FROM ${sqlIdent(docs)}`,
    );
    await dropStaged(c, docs);
    const mapping = await sshdLinesMapping({ c, staged, timezone: 'UTC', options, file });
    return {
      ...mapping,
      stagingRejects: { rows: staging.rejects, count: staging.rejects.length },
      describe: (skipped) =>
        [
          `${staging.events} OpenSSH events read; ${skipped} were skipped: sshd messages that are not attempts, or lines of an attempt already counted.`,
          ...(staging.rejects.length > 0 ? [`${staging.rejects.length} damaged chunks or records were not read (see the rejects).`] : []),
          ...staging.notes,
        ].join(' '),
    };
  },
});
