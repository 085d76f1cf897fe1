import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { evtxexport } from '../../../../testing/logs/evtxexport';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

/** A Winlogbeat record of the Security channel. */
function beat(t: string, id: number, data: Record<string, string>): string {
  return JSON.stringify({ '@timestamp': t, winlog: { event_id: String(id), channel: 'Security', computer_name: 'WS1', event_data: data } });
}

interface Outcome {
  u: string;
  ok: boolean | null;
  r: string | null;
}

const outcomes = `SELECT "user" AS u, success AS ok, failure_reason AS r FROM signin WHERE source_id = $sourceId ORDER BY raw_ref`;

describe('Windows events whose outcome the event cannot tell', () => {
  it('loads a 4648 spray with no host event as attempts of unknown outcome, and folds a 4648 into the 4624 or 4625 it led to', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        // A spray tool on the attacker's own host: one 4648 per try, the target's verdict is not in this log.
        ...['ann', 'ben', 'cat'].flatMap((u, i) =>
          [0, 1, 2].map((k) => beat(`2024-05-01T10:0${i}:0${k}.000Z`, 4648, { SubjectUserName: 'jdoe', TargetUserName: u, TargetServerName: 'DC1', IpAddress: '-' })),
        ),
        // runas with the right password: the 4648 and the 4624 it produced, same account, same second.
        beat('2024-05-01T11:00:00.000Z', 4648, { SubjectUserName: 'jdoe', TargetUserName: 'dan', TargetServerName: 'localhost', IpAddress: '::1' }),
        beat('2024-05-01T11:00:00.010Z', 4624, { TargetUserName: 'dan', IpAddress: '::1', LogonType: '2' }),
        // runas with a wrong password: the 4648 and the 4625 of the same try.
        beat('2024-05-01T11:01:00.000Z', 4648, { SubjectUserName: 'jdoe', TargetUserName: 'eve', TargetServerName: 'localhost', IpAddress: '::1' }),
        beat('2024-05-01T11:01:00.010Z', 4625, { TargetUserName: 'eve', IpAddress: '::1', Status: '0xc000006d', SubStatus: '0xc000006a' }),
      ];
      const s = await engine.service.addSource({ path: writeInput(work, 'ws1.ndjson', lines.join('\n') + '\n'), kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 11, rowsSkipped: 2 });
      const rows = await sqlOn<Outcome>(engine, outcomes, { sourceId: s.id });
      const unknown = (u: string): Outcome => ({ u, ok: null, r: null });
      expect(rows).toEqual([
        ...['ann', 'ben', 'cat'].flatMap((u) => [unknown(u), unknown(u), unknown(u)]),
        { u: 'dan', ok: true, r: null },
        { u: 'eve', ok: false, r: 'bad_password' },
      ]);
    });
  });

  it('reads the real runas log (CC0): the 4648 is folded into the two 4624 of the same account and second', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('windows_evtx_cc0', 'runas-different-user.evtx');
      const ids = evtxexport(file).map((e) => e.eventId);
      expect(ids.filter((id) => id === 4648 || id === 4624)).toEqual([4648, 4624, 4624]);
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
      expect(await sqlOn<Outcome>(engine, outcomes, { sourceId: s.id })).toEqual([
        { u: 'hack1', ok: true, r: null },
        { u: 'hack1', ok: true, r: null },
      ]);
    });
  });

  it('keeps a TGT issued without pre-authentication out of the successes of the real Kerbrute spray (CC0), so it is no takeover', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('windows_evtx_cc0', 'kerbrute-user-enumeration.evtx');
      const events = evtxexport(file);
      const tgt = events.filter((e) => e.eventId === 4768 && e.data.Status === '0x00000000');
      const proven = tgt.filter((e) => e.data.PreAuthType === '2').map((e) => e.data.TargetUserName);
      const unproven = tgt.filter((e) => e.data.PreAuthType === '0').map((e) => e.data.TargetUserName);
      expect([events.length, proven.length, unproven.length]).toEqual([42, 3, 2]);
      const s = await engine.service.addSource({ path: file, kind: 'signin' });
      expect(s).toMatchObject({ rowsLoaded: 42, rowsRejected: 0 });
      const tally = await sqlOn<{ ok: boolean | null; r: string | null; n: number }>(
        engine,
        `SELECT success AS ok, failure_reason AS r, count(*)::INTEGER AS n FROM signin GROUP BY ALL ORDER BY n DESC`,
      );
      expect(tally).toEqual([
        { ok: false, r: 'bad_password', n: 22 },
        { ok: false, r: 'locked', n: 15 },
        { ok: true, r: null, n: 3 },
        { ok: null, r: null, n: 2 },
      ]);
      const unknown = await sqlOn<{ u: string }>(engine, `SELECT "user" AS u FROM signin WHERE success IS NULL ORDER BY u`);
      expect(unknown.map((r) => r.u)).toEqual([...unproven].sort());
      const { findings } = await engine.service.classifySignins({});
      const takenOver = findings.filter((f) => f.kind === 'account_takeover').flatMap((f) => f.users);
      expect(takenOver.sort()).toEqual([...proven].sort());
    });
  });
});
