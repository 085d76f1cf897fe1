import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';

const iis = corpusFile('iis_native_log', 'iis-native.log');

describe('IIS log file format (native, comma-separated)', () => {
  it('loads each request with the server bytes sent, per user, else per client, in the timezone given', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: iis, kind: 'transfer' })).format).toBe('iis-native-log');
      const s = await engine.service.addSource({ path: iis, kind: 'transfer', options: { timezone: 'America/New_York' } });
      expect(s).toMatchObject({ format: 'iis-native-log', rowsLoaded: 10, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 10, bytes: 114326652, noBytes: 0, users: 5 });
      const perUser = await sqlOn<{ u: string; n: number; b: number }>(engine, `SELECT "user" AS u, count(*)::INTEGER AS n, sum(bytes)::BIGINT::DOUBLE AS b FROM transfer GROUP BY ALL ORDER BY b DESC, u`);
      expect(perUser).toEqual([
        { u: 'CONTOSO\\svc-reports', n: 3, b: 114295120 },
        { u: 'CONTOSO\\alice', n: 2, b: 18854 },
        { u: '192.0.2.15', n: 3, b: 10565 },
        { u: '203.0.113.40', n: 1, b: 2113 },
        { u: 'anonymous', n: 1, b: 0 },
      ]);
      const [big] = await sqlOn<{ t: string; a: string; o: string; ip: string }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, action AS a, object AS o, ip FROM transfer WHERE raw_ref = 6`,
      );
      expect(big).toEqual({ t: '2024-03-20 12:02:17', a: 'GET 200', o: '/reports/export.aspx', ip: '203.0.113.40' });
    });
  });

  it('reads the two-digit years of the documented form, and rejects a line with bad bytes naming it', async () => {
    await withTempCase(async (engine, { work }) => {
      const lines = [
        '192.0.2.8, -, 03/20/01, 7:55:20, W3SVC2, SALES1, 198.51.100.45, 4502, 163, 3223, 200, 0, GET, /DeptLogo.gif, -,',
        '192.0.2.9, -, 03/20/01, 7:57:20, W3SVC2, SALES1, 198.51.100.45, 411, 221, lots, 200, 0, GET, /style.css, -,',
      ];
      const file = writeInput(work, 'in010320.log', lines.join('\r\n') + '\r\n');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/in010320\.log line 2: expected a whole number of server bytes sent/);
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      const [row] = await sqlOn<{ t: string }>(engine, `SELECT strftime(ts, '%Y-%m-%d %H:%M') AS t FROM transfer WHERE source_id = $id`, { id: s.id });
      expect(row?.t).toBe('2001-03-20 07:55');
    });
  });
});
