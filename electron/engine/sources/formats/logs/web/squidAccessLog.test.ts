import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';

const squid = corpusFile('squid_access_log', 'test-access-head.log');

describe('Squid native access.log', () => {
  it('loads every request with the bytes sent, per logged user, else per client address', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: squid, kind: 'transfer' })).format).toBe('squid-access-log');
      const s = await engine.service.addSource({ path: squid, kind: 'transfer' });
      expect(s).toMatchObject({ format: 'squid-access-log', rowsLoaded: 30, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 30, bytes: 165726, noBytes: 0, users: 6 });
      const perUser = await sqlOn<{ u: string; n: number; b: number }>(engine, `SELECT "user" AS u, count(*)::INTEGER AS n, sum(bytes)::INTEGER AS b FROM transfer GROUP BY ALL ORDER BY b DESC`);
      expect(perUser).toEqual([
        { u: 'badeyek', n: 22, b: 122866 },
        { u: 'nazsoau', n: 3, b: 35506 },
        { u: 'adeolaegbedokun', n: 2, b: 2129 },
        { u: '10.105.37.58', n: 1, b: 1812 },
        { u: '10.105.33.214', n: 1, b: 1752 },
        { u: '10.105.47.218', n: 1, b: 1661 },
      ]);
      const [first] = await sqlOn<{ t: string; a: string; o: string; ip: string }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%dT%H:%M:%S.%g') AS t, action AS a, object AS o, ip FROM transfer WHERE raw_ref = 1`,
      );
      expect(first).toEqual({ t: '2006-09-08T04:21:52.049', a: 'CONNECT TCP_MISS/200', o: 'login.yahoo.com:443', ip: '10.105.21.199' });
    });
  });

  it('decodes a URL-encoded user and rejects a line that is not native, naming it', async () => {
    await withTempCase(async (engine, { work }) => {
      const good = '1717401600.120    210 192.0.2.44 TCP_MISS/200 5120 GET http://www.example.com/ CORP%5Calice HIER_DIRECT/203.0.113.80 text/html';
      const file = writeInput(work, 'access.log', [good, good.replace('1717401600.120', '1717401660.500'), '1717401700.000 oops'].join('\n') + '\n');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/access\.log line 3: expected a Squid native access\.log line/);
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
      const users = await sqlOn<{ u: string }>(engine, `SELECT DISTINCT "user" AS u FROM transfer WHERE source_id = $id`, { id: s.id });
      expect(users).toEqual([{ u: 'CORP\\alice' }]);
    });
  });
});
