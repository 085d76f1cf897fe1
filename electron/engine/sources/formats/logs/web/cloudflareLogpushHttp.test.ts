import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const sample = corpusFile('cloudflare_logpush_http', 'test-pipeline-http-request.log');

// The figures were counted by hand from the file (see cloudflare_logpush_http/SOURCE.md), not taken from Breachdesk.

describe('Cloudflare Logpush HTTP requests', () => {
  it('loads the five requests, 981308 bytes each to one client, the same start time in RFC 3339, unix and unixnano', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: sample, kind: 'transfer' })).format).toBe('cloudflare-logpush-http');
      const s = await engine.service.addSource({ path: sample, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 5, bytes: 4906540, noBytes: 0, users: 1 });
      const rows = await sqlOn<{ t: string; u: string; a: string; o: string }>(
        engine,
        `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, action AS a, object AS o FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      const one = { t: '2022-05-25 13:25:26', u: '175.16.199.0', a: 'POST 200', o: 'xyz.example.com/s/example/api/telemetry/v2/clusters/_stats' };
      expect(rows).toEqual([one, one, one, one, one]);
    });
  });

  it('reads milliseconds, skips and counts a record without ClientIP, rejects a bad byte count by line', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = path.join(work, 'logpush.json');
      const records = [
        { ClientIP: '198.51.100.4', EdgeResponseBytes: 2048, EdgeStartTimestamp: 1653485126123, ClientRequestMethod: 'GET', EdgeResponseStatus: 200 },
        { EdgeResponseBytes: 10, EdgeStartTimestamp: '2022-05-25T13:25:27Z' },
        { ClientIP: '198.51.100.4', EdgeResponseBytes: 'many', EdgeStartTimestamp: '2022-05-25T13:25:28Z' },
      ];
      fs.writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 1 });
      const [row] = await sqlOn<{ t: string; b: number }>(engine, `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S.%g') AS t, CAST(bytes AS INTEGER) AS b FROM transfer WHERE source_id = $id`, { id: s.id });
      expect(row).toEqual({ t: '2022-05-25 13:25:26.123', b: 2048 });
      const rejects = await sqlOn<{ line: number }>(engine, `SELECT CAST(line AS INTEGER) AS line FROM rejects WHERE source_id = $id`, { id: s.id });
      expect(rejects).toEqual([{ line: 3 }]);
      const [skipped] = await sqlOn<{ n: number }>(engine, `SELECT CAST(json_extract(mapping, '$.skippedRecords') AS INTEGER) AS n FROM sources WHERE id = $id`, { id: s.id });
      expect(skipped?.n).toBe(1);
    });
  });
});
