import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const traffic = corpusFile('fortigate_traffic_log', 'fortigate-traffic.log');
const events = corpusFile('fortigate_event_log', 'fortigate-event.log');

describe('FortiGate traffic log', () => {
  it('loads the bytes that left in each session: sent to the WAN, received from an inside server; interim deltas counted once', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: traffic, kind: 'transfer' })).format).toBe('fortigate-traffic-log');
      const s = await engine.service.addSource({ path: traffic, kind: 'transfer' });
      expect(s).toMatchObject({ format: 'fortigate-traffic-log', rowsLoaded: 8, rowsRejected: 0, rowsSkipped: 2 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 8, bytes: 6613294387, noBytes: 0, users: 7 });
      const perUser = await sqlOn<{ u: string; n: number; b: number }>(
        engine,
        `SELECT "user" AS u, count(*)::INTEGER AS n, sum(bytes)::DOUBLE AS b FROM transfer GROUP BY ALL ORDER BY b DESC`,
      );
      expect(perUser).toEqual([
        { u: 'alice', n: 1, b: 5368709120 },
        { u: 'bob', n: 1, b: 734003200 },
        { u: 'carol', n: 2, b: 500000000 },
        { u: '203.0.113.99', n: 1, b: 10485760 },
        { u: '192.0.2.5', n: 1, b: 90000 },
        { u: '2001:db8::15', n: 1, b: 4096 },
        { u: '10.0.1.35', n: 1, b: 2211 },
      ]);
      const [first] = await sqlOn<{ t: string; a: string; o: string; ip: string }>(
        engine,
        `SELECT strftime(timezone('UTC', ts), '%Y-%m-%d %H:%M:%S') AS t, action AS a, object AS o, ip FROM transfer WHERE raw_ref = 1`,
      );
      expect(first).toEqual({ t: '2024-06-11 13:02:11', a: 'forward close', o: 'upload.example.net', ip: '10.0.1.21' });
    });
  });

  it("loads the event log's one traffic line, a VPN user's download from an inside file server, and rejects a bad count naming its line", async () => {
    await withTempCase(async (engine, { work }) => {
      const s = await engine.service.addSource({ path: events, kind: 'transfer' });
      expect(s).toMatchObject({ format: 'fortigate-traffic-log', rowsLoaded: 1, rowsSkipped: 20 });
      const [row] = await sqlOn<{ u: string; b: number; o: string }>(engine, `SELECT "user" AS u, bytes::DOUBLE AS b, object AS o FROM transfer`);
      expect(row).toEqual({ u: 'alice', b: 9120344, o: '10.10.1.25:445' });
      const line = (bytes: string) =>
        `date=2024-06-11 time=10:00:00 logid="0000000013" type="traffic" subtype="forward" srcip=10.0.1.9 dstip=198.51.100.9 dstport=443 dstintfrole="wan" action="close" sentbyte=${bytes} rcvdbyte=10`;
      const file = writeInput(work, 'fgt-traffic.log', [line('100'), line('1e9x')].join('\n') + '\n');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/fgt-traffic\.log line 2: expected a whole number of bytes in sentbyte \/ rcvdbyte/);
    });
  });
});
