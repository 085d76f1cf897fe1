import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const sample = corpusFile('azure_frontdoor_access_json', 'test-fdaccess.log');

// The figures were counted by hand from the file (see azure_frontdoor_access_json/SOURCE.md), not taken from Breachdesk.

describe('Azure Front Door / CDN access log', () => {
  it('loads the three requests: 1205 bytes to one client, 2308 + 637 to the other', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: sample, kind: 'transfer' })).format).toBe('azure-frontdoor-access');
      const s = await engine.service.addSource({ path: sample, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 3, bytes: 4150, noBytes: 0, users: 2 });
      const rows = await sqlOn<{ t: string; u: string; b: number; a: string }>(
        engine,
        `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, CAST(bytes AS INTEGER) AS b, action AS a FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { t: '2021-12-15 03:10:11', u: '89.160.20.128', b: 1205, a: 'POST 200' },
        { t: '2021-12-15 03:35:49', u: '175.16.199.0', b: 2308, a: 'GET 200' },
        { t: '2021-12-15 03:35:50', u: '175.16.199.0', b: 637, a: 'GET 200' },
      ]);
    });
  });

  it('reads Standard/Premium and CDN records alike, skips and counts a WAF record, rejects a bad byte count by line', async () => {
    await withTempCase(async (engine, { work }) => {
      const record = (category: string, bytes: string) => ({ time: '2024-03-01T08:00:00Z', category, properties: { clientIp: '198.51.100.20', httpMethod: 'GET', httpStatusCode: '200', responseBytes: bytes } });
      const file = path.join(work, 'frontdoor.json');
      const lines = [record('FrontDoorAccessLog', '5000'), record('AzureCdnAccessLog', '700'), { time: '2024-03-01T08:00:01Z', category: 'FrontDoorWebApplicationFirewallLog', properties: { clientIP: '198.51.100.20', action: 'Block' } }, record('FrontDoorAccessLog', 'lots')];
      fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 2, bytes: 5700, noBytes: 0, users: 1 });
      const rejects = await sqlOn<{ line: number }>(engine, `SELECT CAST(line AS INTEGER) AS line FROM rejects WHERE source_id = $id`, { id: s.id });
      expect(rejects).toEqual([{ line: 4 }]);
      const [skipped] = await sqlOn<{ n: number }>(engine, `SELECT CAST(json_extract(mapping, '$.skippedRecords') AS INTEGER) AS n FROM sources WHERE id = $id`, { id: s.id });
      expect(skipped?.n).toBe(1);
    });
  });
});
