import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const iis = corpusFile('sentinel_w3ciislog_csv', 'W3CIISLog.csv');

describe('Sentinel W3CIISLog CSV', () => {
  it('loads each request with scBytes per user, else per client, its portal times as UTC', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: iis, kind: 'transfer' })).format).toBe('sentinel-w3ciislog-csv');
      await expect(engine.service.detectSource({ path: iis, kind: 'signin' })).rejects.toThrow(/W3CIISLog\.csv line 1: is a Microsoft Sentinel W3CIISLog export .* load it as transfers/);
      const s = await engine.service.addSource({ path: iis, kind: 'transfer', options: { timezone: 'America/New_York' } });
      expect(s).toMatchObject({ format: 'sentinel-w3ciislog-csv', rowsLoaded: 7, rowsRejected: 0, rowsSkipped: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 7, bytes: 83905586, noBytes: 1, users: 5 });
      const perUser = await sqlOn<{ u: string; n: number; b: number | null }>(
        engine,
        `SELECT "user" AS u, count(*)::INTEGER AS n, sum(bytes)::DOUBLE AS b FROM transfer GROUP BY ALL ORDER BY b DESC, u`,
      );
      expect(perUser).toEqual([
        { u: 'CONTOSO\\svc-backup', n: 2, b: 83886080 },
        { u: 'CONTOSO\\alice', n: 1, b: 15320 },
        { u: '2001:db8::25', n: 1, b: 2048 },
        { u: '203.0.113.50', n: 2, b: 1293 },
        { u: 'alice@example.com', n: 1, b: 845 },
      ]);
      const [big] = await sqlOn<{ t: string; a: string; o: string; ip: string }>(
        engine,
        `SELECT strftime(timezone('UTC', ts), '%Y-%m-%d %H:%M:%S') AS t, action AS a, object AS o, ip FROM transfer WHERE raw_ref = 5`,
      );
      expect(big).toEqual({ t: '2024-03-14 23:42:17', a: 'GET 200', o: '/reports/export.aspx', ip: '192.0.2.20' });
    });
  });

  it('reads an export led by a byte-order mark, and rejects a request whose scBytes is not a count, naming its line', async () => {
    await withTempCase(async (engine, { work }) => {
      const csv = '\uFEFFTimeGenerated,csMethod,csUriStem,csUserName,cIP,scStatus,scBytes\n2024-03-14T09:00:00Z,GET,/a,-,192.0.2.1,200,100\n2024-03-14T09:00:01Z,GET,/b,-,192.0.2.1,200,n/a\n';
      const file = writeInput(work, 'iis.csv', csv);
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('sentinel-w3ciislog-csv');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/iis\.csv line 3: expected a whole number of bytes in scBytes/);
    });
  });
});
