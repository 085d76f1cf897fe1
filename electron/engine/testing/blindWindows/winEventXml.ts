import type { WinEvent } from './WinLog';

const tasks: Record<number, string> = { 4624: '12544', 4625: '12544', 4723: '13824', 4724: '13824', 4740: '13824', 4767: '13824', 4768: '14339', 4769: '14337', 4771: '14339', 4776: '14336' };
const failures = new Set([4625, 4771]);
const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

/** A 100-nanosecond UTC time as Windows writes SystemTime (`2027-02-01T07:31:02.1234567Z`). */
function systemTime(ts: number, recordId: number): string {
  return `${new Date(ts).toISOString().slice(0, 23)}${String(recordId % 10_000).padStart(4, '0')}Z`;
}

/**
 * One event as `wevtutil qe Security /f:xml` prints it: apostrophe-quoted attributes, no whitespace between elements, an
 * empty field as `<Data Name='x'></Data>`; failure events carry the audit-failure keyword.
 */
export function winEventXml(e: WinEvent, recordId: number): string {
  const outcome = failures.has(e.id) || (e.data.some(([k, v]) => k === 'Status' && v !== '0x0') && e.id !== 4740) ? '0x8010000000000000' : '0x8020000000000000';
  const data = e.data.map(([k, v]) => `<Data Name='${k}'>${esc(v)}</Data>`).join('');
  return (
    `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/>` +
    `<EventID>${e.id}</EventID><Version>${e.id === 4624 ? 2 : 0}</Version><Level>0</Level><Task>${tasks[e.id] ?? '12544'}</Task><Opcode>0</Opcode><Keywords>${outcome}</Keywords>` +
    `<TimeCreated SystemTime='${systemTime(e.ts, recordId)}'/><EventRecordID>${recordId}</EventRecordID><Correlation/><Execution ProcessID='668' ThreadID='${1000 + (recordId % 4000)}'/>` +
    `<Channel>Security</Channel><Computer>${esc(e.computer)}</Computer><Security/></System><EventData>${data}</EventData></Event>`
  );
}
