import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../../testing/corpusFile';
import { evtxexport } from '../../../../../testing/logs/evtxexport';
import { readEvtx, type EvtxItem } from './readEvtx';

const folder = path.dirname(corpusFile('windows_evtx', 'SOURCE.md'));
const samples = fs.readdirSync(folder).filter((f) => f.endsWith('.evtx'));

/** FILETIME text to 7 fraction digits: Breachdesk writes Windows' 7, libevtx prints 9. */
const sameTime = (s: string): string => s.replace(/(\d{2}:\d{2}:\d{2})\.(\d+)Z$/, (_, hms: string, f: string) => `${hms}.${f.padEnd(7, '0').slice(0, 7)}Z`);

async function readAll(file: string): Promise<EvtxItem[]> {
  const items: EvtxItem[] = [];
  for await (const item of readEvtx(file)) items.push(item);
  return items;
}

describe('EVTX reader', () => {
  it('holds the real samples it is checked on', () => {
    expect(samples.sort()).toEqual(['Security_short_selected.evtx', 'Security_with_size_t.evtx', 'new-user-security.evtx', 'post-Security.evtx']);
  });

  it.each(samples)('reads %s exactly as libevtx evtxexport does: same events in the same order, same EventIDs, times and fields', async (name) => {
    const file = path.join(folder, name);
    const reference = evtxexport(file);
    const items = await readAll(file);
    expect(items.filter((i) => i.kind !== 'event')).toEqual([]);
    const events = items.flatMap((i) => (i.kind === 'event' ? [i.event] : []));
    expect(events.length).toBe(reference.length);
    const tally = (ids: string[]) => Object.fromEntries([...new Set(ids)].sort().map((id) => [id, ids.filter((x) => x === id).length]));
    expect(tally(events.map((e) => e.EventID ?? ''))).toEqual(tally(reference.map((r) => String(r.eventId))));
    reference.forEach((r, i) => {
      const e = events[i] ?? {};
      expect({ id: e.EventID, record: e.EventRecordID, time: e.TimeCreated, computer: e.Computer }).toEqual({
        id: String(r.eventId),
        record: r.recordId,
        time: sameTime(r.systemTime),
        computer: r.computer,
      });
      const fields = Object.fromEntries(Object.keys(r.data).map((k) => [k, sameTime(e[k] ?? '<missing>')]));
      expect(fields).toEqual(Object.fromEntries(Object.entries(r.data).map(([k, v]) => [k, sameTime(v)])));
    });
  });

  it('decodes the value types of a 4625: SIDs, hex status codes, hex process ids, strings with trailing spaces', async () => {
    const events = (await readAll(corpusFile('windows_evtx', 'Security_short_selected.evtx'))).flatMap((i) => (i.kind === 'event' ? [i.event] : []));
    const failure = events.find((e) => e.EventID === '4625');
    expect(failure).toMatchObject({
      TimeCreated: '2016-06-29T15:24:36.6860000Z',
      Channel: 'Security',
      Provider: 'Microsoft-Windows-Security-Auditing',
      SubjectUserSid: 'S-1-5-18',
      TargetUserSid: 'S-1-0-0',
      TargetUserName: 'Administrator',
      Status: '0xc000006d',
      SubStatus: '0xc000006a',
      LogonType: '10',
      LogonProcessName: 'User32 ',
      ProcessId: '0x0000000000000c38',
      IpAddress: '23.94.153.202',
      IpPort: '60167',
    });
  });

  it('reports a chunk whose bytes were changed by its byte offset and keeps reading the other chunks', async () => {
    const original = corpusFile('windows_evtx', 'Security_with_size_t.evtx');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-evtx-'));
    try {
      const copy = path.join(dir, 'damaged.evtx');
      const bytes = fs.readFileSync(original);
      const chunk2 = 4096 + 2 * 65536;
      bytes[chunk2 + 5000] = (bytes[chunk2 + 5000] as number) ^ 0xff;
      bytes[chunk2 + 5001] = (bytes[chunk2 + 5001] as number) ^ 0x55;
      fs.writeFileSync(copy, bytes);
      const first = bytes.readBigUInt64LE(chunk2 + 24);
      const last = bytes.readBigUInt64LE(chunk2 + 32);
      const items = await readAll(copy);
      expect(items.filter((i) => i.kind !== 'event')).toEqual([
        { kind: 'badChunk', index: 2, offset: chunk2, reason: expect.stringMatching(/^event records CRC32 is 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8}$/) as string },
      ]);
      const kept = items.flatMap((i) => (i.kind === 'event' ? [BigInt(i.event.EventRecordID ?? -1)] : []));
      const expected = evtxexport(original).map((r) => BigInt(r.recordId)).filter((id) => id < first || id > last);
      expect(last - first).toBeGreaterThan(10n);
      expect(kept).toEqual(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('EVTX reader on a log that was not closed cleanly', () => {
  it('reads the chunk whose records CRC32 is stale, with a note naming its offset, since Windows leaves it so', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-evtx-'));
    try {
      const bytes = fs.readFileSync(corpusFile('windows_evtx', 'Security_short_selected.evtx'));
      bytes[120] = (bytes[120] as number) | 1;
      bytes.writeUInt32LE(zlib.crc32(bytes.subarray(0, 120)), 124);
      bytes[4096 + 52] = (bytes[4096 + 52] as number) ^ 0x01;
      bytes.writeUInt32LE(zlib.crc32(bytes.subarray(4096 + 128, 4096 + 512), zlib.crc32(bytes.subarray(4096, 4096 + 120))), 4096 + 124);
      const dirty = path.join(dir, 'dirty.evtx');
      fs.writeFileSync(dirty, bytes);
      const items = await readAll(dirty);
      expect(items.filter((i) => i.kind !== 'event')).toEqual([
        { kind: 'chunkNote', index: 0, offset: 4096, note: expect.stringMatching(/^event records CRC32 is 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8}; the log was not closed cleanly, so its records were read one by one$/) as string },
      ]);
      expect(items.filter((i) => i.kind === 'event')).toHaveLength(7);
      bytes[120] = (bytes[120] as number) & ~1;
      bytes.writeUInt32LE(zlib.crc32(bytes.subarray(0, 120)), 124);
      fs.writeFileSync(dirty, bytes);
      expect((await readAll(dirty)).map((i) => i.kind)).toEqual(['badChunk']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('EVTX reader on damaged bytes it cannot detect', () => {
  it('never throws nor hangs on random byte changes in a file whose writer kept no CRC32s: each bad record is reported', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-evtx-'));
    try {
      const original = fs.readFileSync(corpusFile('windows_evtx', 'Security_with_size_t.evtx'));
      let seed = 12345;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
      const reports: number[] = [];
      for (let round = 0; round < 12; round++) {
        const bytes = Buffer.from(original);
        bytes[120] = (bytes[120] as number) | 4;
        bytes.writeUInt32LE(zlib.crc32(bytes.subarray(0, 120)), 124);
        for (let i = 0; i < 40; i++) {
          const at = 4096 + 512 + (next() % (6 * 65536 - 512));
          if ((at - 4096) % 65536 >= 512) bytes[at] = next() % 256;
        }
        const file = path.join(dir, `fuzz${round}.evtx`);
        fs.writeFileSync(file, bytes);
        const items = await readAll(file);
        reports.push(items.filter((i) => i.kind !== 'event').length);
        expect(items.filter((i) => i.kind === 'event').length).toBeGreaterThan(100);
      }
      expect(reports.filter((n) => n > 0).length).toBeGreaterThan(6);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('EVTX reader on a chunk whose header caches are damaged', () => {
  it('reads every record when only the chunk header CRC32 fails and the records CRC32 matches; refuses the chunk when both fail', async () => {
    const file = corpusFile('windows_evtx_bad_string_cache', 'security_bad_string_cache-chunk0.evtx');
    const items = await readAll(file);
    expect(items.filter((i) => i.kind !== 'event')).toEqual([
      {
        kind: 'chunkNote',
        index: 0,
        offset: 4096,
        note: "chunk header CRC32 is 0x3a57641e, computed 0x685abe41; its event records CRC32 matches, so its records were read (the header's string and template caches, which are not needed to read them, may be damaged)",
      },
    ]);
    const reference = evtxexport(file);
    const events = items.flatMap((i) => (i.kind === 'event' ? [i.event] : []));
    expect(events.map((e) => [e.EventID, e.EventRecordID, e.TimeCreated, e.TargetUserName ?? ''])).toEqual(
      reference.map((r) => [String(r.eventId), r.recordId, sameTime(r.systemTime), r.data.TargetUserName ?? '']),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-evtx-'));
    try {
      const bytes = fs.readFileSync(file);
      bytes[4096 + 9000] = (bytes[4096 + 9000] as number) ^ 0x01;
      const both = path.join(dir, 'both.evtx');
      fs.writeFileSync(both, bytes);
      expect(await readAll(both)).toEqual([{ kind: 'badChunk', index: 0, offset: 4096, reason: 'chunk header CRC32 is 0x3a57641e, computed 0x685abe41' }]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

