import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const blobs = corpusFile('sentinel_storagebloblogs_csv', 'StorageBlobLogs.csv');

describe('Sentinel StorageBlobLogs CSV', () => {
  it('loads each GetBlob with its ResponseBodySize per requester, else per caller address, skipping the other operations', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: blobs, kind: 'transfer' })).format).toBe('sentinel-storagebloblogs-csv');
      await expect(engine.service.detectSource({ path: blobs, kind: 'signin' })).rejects.toThrow(/StorageBlobLogs\.csv line 1: is a Microsoft Sentinel StorageBlobLogs export .* load it as transfers/);
      const s = await engine.service.addSource({ path: blobs, kind: 'transfer' });
      expect(s).toMatchObject({ format: 'sentinel-storagebloblogs-csv', rowsLoaded: 5, rowsRejected: 0, rowsSkipped: 3 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 5, bytes: 744494359, noBytes: 0, users: 4 });
      const rows = await sqlOn<{ u: string; ip: string; a: string; o: string; b: number }>(
        engine,
        `SELECT "user" AS u, ip, action AS a, object AS o, bytes::DOUBLE AS b FROM transfer ORDER BY raw_ref`,
      );
      expect(rows).toEqual([
        { u: 'alice@example.com', ip: '198.51.100.7', a: 'GetBlob 200', o: '/stexample/backups/db-2024-03.bak', b: 10485760 },
        { u: '203.0.113.77', ip: '203.0.113.77', a: 'GetBlob 200', o: '/stexample/backups/db-full.bak', b: 734003200 },
        { u: '22222222-2222-2222-2222-222222222222', ip: '192.0.2.44', a: 'GetBlob 200', o: '/stexample/config/app.json', b: 4096 },
        { u: '203.0.113.77', ip: '203.0.113.77', a: 'GetBlob 403', o: '/stexample/hr/salaries.xlsx', b: 279 },
        { u: '2001:db8::77', ip: '2001:db8::77', a: 'GetBlob 200', o: '/stexample/hr/staff.csv', b: 1024 },
      ]);
    });
  });
});
