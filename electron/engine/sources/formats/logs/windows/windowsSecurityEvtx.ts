import fs from 'node:fs';
import { UserError } from '../../../../../../shared/userError';
import { isEvtx } from './evtx/evtxFileHeader';
import { stageEvtx } from './evtx/stageEvtx';
import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { windowsAccountEventIds } from './windowsAccountEvents';
import { windowsJsonRecordMapping } from './windowsJsonRecordMapping';
import { windowsLogonEventIds, windowsLogonMapping } from './windowsLogon';

/** Event ids listed in a source's message, most frequent first (ties by number). */
const listedIds = 8;

/**
 * Native Windows event log files (.evtx), read by Breachdesk's own streamed reader; every event becomes a flat record
 * (EventID, TimeCreated, Computer, TargetUserName, IpAddress, Status…) mapped exactly as Windows Security JSON is.
 */
export const windowsSecurityEvtx = logLoader({
  format: 'windows-security-evtx',
  kind: 'signin',
  label: `Windows event log file (.evtx), Security logon events ${windowsLogonEventIds.join(' / ')}`,
  stage: 'custom',
  zoneless: false,
  gzip: false,
  detect: (head) => isEvtx(head),
  mapping: { ...windowsLogonMapping, ts: 'System/TimeCreated SystemTime (UTC)', raw_ref: 'number of the event in the file, in file order' },
  notes: [
    `Only EventID ${windowsLogonEventIds.join(', ')} are loaded as sign-ins, and ${windowsAccountEventIds.join(', ')} as account events (password changed, reset, account locked, unlocked); the other events are counted and skipped.`,
    'Every chunk is checked by its CRC32s: a damaged chunk is reported with its byte offset and the others are loaded.',
  ],
  async build({ c, file, staged, timezone, dateOrder, watch, displayName }): Promise<RecordMapping> {
    const staging = await stageEvtx(c, file, staged, (id) => windowsLogonEventIds.includes(Number(id)) || windowsAccountEventIds.includes(Number(id)), watch);
    if (staging.events === 0 && staging.rejects.length === 0) {
      const size = fs.statSync(file).size;
      throw new UserError('bad_input', `${displayName}: an EVTX file of ${size} bytes with no chunk of events after its 4 KiB header${staging.notes.length ? ` (${staging.notes.join('; ')})` : ''}; nothing to load.`);
    }
    const ids = [...staging.byEventId].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }));
    const listed = ids.slice(0, listedIds).map(([id, n]) => `${id} ×${n}`).join(', ') + (ids.length > listedIds ? ', …' : '');
    return {
      ...windowsJsonRecordMapping(staged, timezone, dateOrder),
      timeExpected: 'a time in System/TimeCreated',
      unparsed: 'expected a Windows event',
      stagingRejects: { rows: staging.rejects, count: staging.rejects.length },
      describe: (skipped) =>
        [
          `${staging.events} events read (EventID ${listed || 'none'}); ${skipped} were skipped: not sign-in events, or events of an attempt already counted.`,
          ...(staging.rejects.length > 0 ? [`${staging.rejects.length} damaged chunks or records were not read (see the rejects).`] : []),
          ...staging.notes,
        ].join(' '),
    };
  },
});
