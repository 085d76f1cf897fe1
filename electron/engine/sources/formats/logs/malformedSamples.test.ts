import { describe, expect, it } from 'vitest';
import type { SourceKind } from '../../../../../shared/api/sourcesApi';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

/** One good record and one malformed record per family not covered by its own test file; the error must name file, line and expectation. */
const samples: Array<{ name: string; kind: SourceKind; lines: string[]; error: RegExp }> = [
  {
    name: 'signinlogs.json',
    kind: 'signin',
    lines: [
      JSON.stringify({ TimeGenerated: '2024-01-01T00:00:00Z', UserPrincipalName: 'a@x', ResultType: '0' }),
      JSON.stringify({ TimeGenerated: '31/12/2024 25:00', UserPrincipalName: 'b@x', ResultType: '50126' }),
    ],
    error: /signinlogs\.json line 2: expected a time in TimeGenerated \(or createdDateTime, CreatedDateTime\), got a 16-character value of digits, spaces and symbols/,
  },
  {
    name: 'console.json',
    kind: 'signin',
    lines: [
      JSON.stringify({ eventTime: '2024-01-01T00:00:00Z', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', userIdentity: { userName: 'a' }, responseElements: { ConsoleLogin: 'Success' } }),
      '{"eventTime": "2024-01-01T00:00:01Z", "eventSource": "signin.amazonaws.com", "eventName": "ConsoleLogin", "userIdentity": {',
    ],
    error: /console\.json line 2: expected a JSON object \(one CloudTrail record\)/,
  },
  {
    name: 'zeek.json',
    kind: 'transfer',
    lines: [
      JSON.stringify({ ts: 1709287200.5, uid: 'C1', 'id.orig_h': '10.0.0.1', 'id.resp_h': '10.0.0.2', 'id.resp_p': 443, proto: 'tcp', orig_bytes: 10 }),
      JSON.stringify({ ts: 1709287201.5, uid: 'C2', 'id.orig_h': '10.0.0.1', 'id.resp_h': '10.0.0.2', 'id.resp_p': 443, proto: 'tcp', orig_bytes: 'ten' }),
    ],
    error: /zeek\.json line 2: expected a whole number in orig_bytes/,
  },
  {
    name: 'drive.json',
    kind: 'transfer',
    lines: [
      JSON.stringify({ kind: 'admin#reports#activity', id: { time: '2024-01-01T00:00:00Z', applicationName: 'drive' }, actor: { email: 'a@x' }, events: [{ name: 'download', parameters: [{ name: 'doc_title', value: 'plan' }] }] }),
      JSON.stringify({ kind: 'admin#reports#activity', id: { time: 'noon', applicationName: 'drive' }, actor: { email: 'a@x' }, events: [{ name: 'download' }] }),
    ],
    error: /drive\.json line 2: expected an ISO 8601 time in id\.time, got a 4-character value of letters/,
  },
  {
    name: 'ual-download.json',
    kind: 'transfer',
    lines: [
      JSON.stringify({ CreationTime: '2024-01-01T00:00:00', Operation: 'FileDownloaded', Workload: 'SharePoint', UserId: 'a@x', ObjectId: 'https://x/y.docx' }),
      'FileDownloaded by a@x at noon',
    ],
    error: /ual-download\.json line 2: expected a JSON object \(one unified audit log record\)/,
  },
];

describe('malformed access-log samples', () => {
  it.each(samples)('$name: refused with file, line and expectation, then loaded with the bad record kept as a reject', async ({ name, kind, lines, error }) => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, name, lines.join('\n') + '\n');
      await expect(engine.service.addSource({ path: file, kind, maxRejectShare: 0 })).rejects.toThrow(error);
      expect(await engine.service.listSources({})).toEqual([]);
      const s = await engine.service.addSource({ path: file, kind, maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 1 });
      const [reject] = await engine.service.listRejects({ sourceId: s.id });
      expect(reject).toMatchObject({ line: 2, raw: lines[1] });
    });
  });
});
