import { logLoader } from '../logLoader';
import type { RecordMapping } from '../RecordMapping';
import { windowsAccountEventIds } from './windowsAccountEvents';
import { windowsJsonRecordMapping } from './windowsJsonRecordMapping';
import { windowsLogonEventIds, windowsLogonMapping } from './windowsLogon';
import { eventXmlHeadText, stageEventXml } from './xml/stageEventXml';

/** Event ids listed in a source's message, most frequent first (ties by number). */
const listedIds = 8;

/** The namespace every exported Windows event carries. */
const eventNamespace = 'schemas.microsoft.com/win/2004/08/events/event';

/**
 * Windows events exported as XML text (`wevtutil qe Security /f:xml`, with or without `/e:Events`, PowerShell's
 * `ToXml()`, Event Viewer "Save as XML"), UTF-8 or UTF-16LE: each `<Event>` is flattened as an EVTX record is and mapped
 * exactly as Windows Security JSON.
 */
export const windowsSecurityXml = logLoader({
  format: 'windows-security-xml',
  kind: 'signin',
  label: `Windows events as XML (wevtutil /f:xml, Event Viewer), Security logon events ${windowsLogonEventIds.join(' / ')}`,
  stage: 'custom',
  zoneless: false,
  utf16: true,
  detect(head) {
    const text = eventXmlHeadText(head).replace(/^\s*(<\?xml[^>]*\?>\s*)?(<Events>\s*)?/, '');
    return /^<Event[\s>]/.test(text) && text.slice(0, 400).includes(eventNamespace);
  },
  mapping: { ...windowsLogonMapping, ts: 'System/TimeCreated SystemTime (UTC)', raw_ref: 'number of the <Event> in the file, in file order' },
  notes: [`Only EventID ${windowsLogonEventIds.join(', ')} are loaded as sign-ins, and ${windowsAccountEventIds.join(', ')} as account events (password changed, reset, account locked, unlocked); the other events are counted and skipped.`],
  async build({ c, file, head, staged, timezone, dateOrder, watch }): Promise<RecordMapping> {
    const staging = await stageEventXml(c, file, head, staged, (id) => windowsLogonEventIds.includes(Number(id)) || windowsAccountEventIds.includes(Number(id)), watch);
    const ids = [...staging.byEventId].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true }));
    const listed = ids.slice(0, listedIds).map(([id, n]) => `${id} ×${n}`).join(', ') + (ids.length > listedIds ? ', …' : '');
    return {
      ...windowsJsonRecordMapping(staged, timezone, dateOrder),
      timeExpected: 'a time in System/TimeCreated SystemTime',
      unparsed: 'expected a Windows event',
      stagingRejects: { rows: staging.rejects, count: staging.rejects.length },
      describe: (skipped) => `${staging.events} events read (EventID ${listed || 'none'}); ${skipped} were skipped: not sign-in events, or events of an attempt already counted.`,
    };
  },
});
