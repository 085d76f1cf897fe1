import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { evtxexport, type ExportedEvent } from '../../../../testing/logs/evtxexport';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';
import { windowsLogonEventIds } from './windowsLogon';

interface SigninRow {
  ref: number;
  user: string | null;
  t: string;
  ok: boolean;
  reason: string | null;
  code: string | null;
  ip: string | null;
  app: string;
}

/** The sign-in libevtx's reading of an event says Breachdesk must load (only for 4624, 4625 and 4776, checked below). */
function expectedRow(e: ExportedEvent, ordinal: number): SigninRow {
  const status = e.data.Status ?? '';
  const ok = e.eventId === 4624 || (e.eventId === 4776 && /^0x0+$/.test(status));
  const address = e.data.IpAddress && e.data.IpAddress !== '-' ? e.data.IpAddress : null;
  const host = e.data.WorkstationName ?? e.data.Workstation;
  return {
    ref: ordinal,
    user: e.data.TargetUserName ?? null,
    t: e.systemTime.slice(0, 23),
    ok,
    reason: ok ? null : expect.any(String),
    code: e.data.SubStatus && !/^0x0+$/.test(e.data.SubStatus) ? e.data.SubStatus : status || null,
    ip: address?.replace(/^::ffff:/, '') ?? (host && host !== '-' ? host : null),
    app: e.computer,
  } as SigninRow;
}

/**
 * The documented linking rule (docs/inputs.md, "One attempt counts once"), applied in plain JS to libevtx's reading: an event of
 * rank r > 1 is linked when, for the same account (no domain, lower case) and outcome, the ±5 s window holds at least as
 * many higher-rank events as [t − 5 s, t] holds of rank r. An event of unknown outcome (4648; a 4768 with Status 0x0 and
 * PreAuthType 0) counts the higher ranks of any outcome.
 */
function unlinked(events: Array<{ e: ExportedEvent; ordinal: number }>): Array<{ e: ExportedEvent; ordinal: number }> {
  const rank = (id: number) => ([4624, 4625].includes(id) ? 1 : [4768, 4771].includes(id) ? 2 : [4776, 4648].includes(id) ? 3 : 4);
  const zero = (e: ExportedEvent) => /^(0x0+)?$/.test(e.data.Status ?? '');
  const ok = (e: ExportedEvent): boolean | null =>
    e.eventId === 4648 || (e.eventId === 4768 && zero(e) && e.data.PreAuthType === '0') ? null : e.eventId === 4624 || ([4768, 4769, 4776].includes(e.eventId) && zero(e));
  const acct = (e: ExportedEvent) => (e.data.TargetUserName ?? '').replace(/^.*\\/, '').replace(/@.*$/, '').toLowerCase();
  const at = (e: ExportedEvent) => Date.parse(e.systemTime.slice(0, 23) + 'Z');
  return events.filter(({ e }) => {
    const r = rank(e.eventId);
    if (r === 1 || !e.data.TargetUserName) return true;
    const account = events.filter(({ e: o }) => acct(o) === acct(e));
    const peers = account.filter(({ e: o }) => ok(o) === ok(e));
    const higher = (ok(e) === null ? account : peers).filter(({ e: o }) => rank(o.eventId) < r && Math.abs(at(o) - at(e)) <= 5000).length;
    const same = peers.filter(({ e: o }) => rank(o.eventId) === r && at(o) <= at(e) && at(o) >= at(e) - 5000).length;
    return same > higher;
  });
}

describe('Windows event log files (.evtx)', () => {
  it.each(['Security_short_selected.evtx', 'Security_with_size_t.evtx', 'post-Security.evtx'])(
    'loads the sign-in events of %s, each as libevtx reads it, and says how many other events were skipped',
    async (name) => {
      await withTempCase(async (engine) => {
        const file = corpusFile('windows_evtx', name);
        const reference = evtxexport(file);
        const wanted = unlinked(reference.map((e, i) => ({ e, ordinal: i + 1 })).filter(({ e }) => windowsLogonEventIds.includes(e.eventId)));
        expect((await engine.service.detectSource({ path: file, kind: 'signin' })).format).toBe('windows-security-evtx');
        const s = await engine.service.addSource({ path: file, kind: 'signin' });
        expect(s).toMatchObject({ format: 'windows-security-evtx', rowsLoaded: wanted.length, rowsRejected: 0 });
        expect(s.message).toContain(`${reference.length} events read (EventID `);
        expect(s.message).toContain(`; ${reference.length - wanted.length} were skipped: not sign-in events, or events of an attempt already counted.`);
        const rows = await sqlOn<SigninRow>(
          engine,
          `SELECT raw_ref::INTEGER AS ref, "user", strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%g') AS t, success AS ok, failure_reason AS reason,
                  result_code AS code, ip, app FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`,
          { sourceId: s.id },
        );
        const basic = wanted.filter(({ e }) => [4624, 4625, 4776].includes(e.eventId));
        expect(rows.filter((r) => basic.some((b) => b.ordinal === r.ref))).toEqual(basic.map(({ e, ordinal }) => expectedRow(e, ordinal)));
      });
    },
  );

  it('reads the RDP bad password of the short sample once: the 4625 from its address, the 4776 of the same attempt linked to it', async () => {
    await withTempCase(async (engine) => {
      const s = await engine.service.addSource({ path: corpusFile('windows_evtx', 'Security_short_selected.evtx'), kind: 'signin' });
      const rows = await sqlOn<{ u: string; ok: boolean; r: string; code: string; ip: string; t: string }>(
        engine,
        `SELECT "user" AS u, success AS ok, failure_reason AS r, result_code AS code, ip, strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS t FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([{ u: 'Administrator', ok: false, r: 'bad_password', code: '0xc000006a', ip: '23.94.153.202', t: '2016-06-29 15:24:36.686' }]);
      expect(s.message).toBe('7 events read (EventID 5152 ×2, 4611 ×1, 4625 ×1, 4673 ×1, 4776 ×1, 5157 ×1); 6 were skipped: not sign-in events, or events of an attempt already counted.');
    });
  });

  it('refuses a Security log without a sign-in event, saying how many events it read', async () => {
    await withTempCase(async (engine) => {
      await expect(engine.service.addSource({ path: corpusFile('windows_evtx', 'new-user-security.evtx'), kind: 'signin' })).rejects.toThrow(
        /^new-user-security\.evtx: 4 records read, none of them an event this format loads \(Windows event log file \(\.evtx\)/,
      );
    });
  });

  it('loads the sound chunks of a file with a damaged chunk and names the damaged one by its byte offset', async () => {
    await withTempCase(async (engine, { work }) => {
      const original = corpusFile('windows_evtx', 'Security_with_size_t.evtx');
      const bytes = fs.readFileSync(original);
      const chunk1 = 4096 + 65536;
      bytes[chunk1 + 300] = (bytes[chunk1 + 300] as number) ^ 0x01;
      bytes[chunk1 + 20000] = (bytes[chunk1 + 20000] as number) ^ 0x01;
      const copy = path.join(work, 'damaged.evtx');
      fs.writeFileSync(copy, bytes);
      const [first, last] = [bytes.readBigUInt64LE(chunk1 + 24), bytes.readBigUInt64LE(chunk1 + 32)];
      const read = evtxexport(original).filter((e) => windowsLogonEventIds.includes(e.eventId) && (BigInt(e.recordId) < first || BigInt(e.recordId) > last));
      const kept = unlinked(read.map((e, i) => ({ e, ordinal: i })));
      const s = await engine.service.addSource({ path: copy, kind: 'signin', maxRejectShare: 0.05 });
      expect(s).toMatchObject({ rowsLoaded: kept.length, rowsRejected: 1 });
      expect(kept.length).toBeGreaterThan(0);
      const rejects = await engine.service.listRejects({ sourceId: s.id });
      expect(rejects).toEqual([
        { line: expect.any(Number) as number, column: null, raw: '', reason: expect.stringMatching(/^chunk 1 at byte offset 69632 is damaged \(chunk header CRC32 is 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8}\); its events were not read$/) as string },
      ]);
      expect(s.message).toContain('1 damaged chunks or records were not read (see the rejects).');
    });
  });

  it('names a truncated file: a header alone is refused, a chunk cut short is a reject and the chunks before it load', async () => {
    await withTempCase(async (engine, { work }) => {
      const bytes = fs.readFileSync(corpusFile('windows_evtx', 'Security_with_size_t.evtx'));
      const headerOnly = path.join(work, 'header.evtx');
      fs.writeFileSync(headerOnly, bytes.subarray(0, 4096));
      await expect(engine.service.addSource({ path: headerOnly, kind: 'signin' })).rejects.toThrow(
        'header.evtx: an EVTX file of 4096 bytes with no chunk of events after its 4 KiB header; nothing to load.',
      );
      const cut = path.join(work, 'cut.evtx');
      fs.writeFileSync(cut, bytes.subarray(0, 4096 + 2 * 65536 + 30000));
      const lastKept = bytes.readBigUInt64LE(4096 + 65536 + 32);
      const read = evtxexport(corpusFile('windows_evtx', 'Security_with_size_t.evtx')).filter((e) => windowsLogonEventIds.includes(e.eventId) && BigInt(e.recordId) <= lastKept);
      const kept = unlinked(read.map((e, i) => ({ e, ordinal: i })));
      const s = await engine.service.addSource({ path: cut, kind: 'signin', maxRejectShare: 0.05 });
      expect(s).toMatchObject({ rowsLoaded: kept.length, rowsRejected: 1 });
      expect((await engine.service.listRejects({ sourceId: s.id })).map((r) => r.reason)).toEqual([
        'chunk 2 at byte offset 135168 is damaged (the file ends 30000 bytes into it: truncated); its events were not read',
      ]);
    });
  });

  it('reads a chunk whose header string cache is damaged but whose records CRC32 matches, as libevtx does, with a note', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('windows_evtx_bad_string_cache', 'security_bad_string_cache-chunk0.evtx');
      const reference = evtxexport(file);
      expect(reference).toHaveLength(91);
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ format: 'windows-security-evtx', rowsLoaded: 25, rowsRejected: 0 });
      expect(s.message).toContain('91 events read (EventID 4624 ×25, 4672 ×20, 4735 ×15,');
      expect(s.message).toContain('chunk 0 at byte offset 4096: chunk header CRC32 is 0x3a57641e, computed 0x685abe41; its event records CRC32 matches, so its records were read');
      const users = await sqlOn<{ u: string; n: number; ok: boolean; ip: string | null }>(
        engine,
        'SELECT "user" AS u, count(*)::INTEGER AS n, bool_and(success) AS ok, max(ip) AS ip FROM signin WHERE source_id = $sourceId GROUP BY 1 ORDER BY 2 DESC, 1',
        { sourceId: s.id },
      );
      expect(users).toEqual([
        { u: 'SYSTEM', n: 18, ok: true, ip: null },
        { u: 'NETWORK SERVICE', n: 3, ok: true, ip: null },
        { u: 'ANONYMOUS LOGON', n: 2, ok: true, ip: null },
        { u: 'LOCAL SERVICE', n: 2, ok: true, ip: null },
      ]);
    });
  });
});
