import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const sample = corpusFile('gcp_loadbalancing_json', 'test-load-balancer.log');

// The figures were counted by hand from the file (see gcp_loadbalancing_json/SOURCE.md), not taken from Breachdesk.

describe('Google Cloud HTTP(S) load balancer log', () => {
  it('loads the three cached responses, 157 bytes each, to one client address (its port dropped)', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: sample, kind: 'transfer' })).format).toBe('gcp-loadbalancer-log');
      const s = await engine.service.addSource({ path: sample, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 3, bytes: 471, noBytes: 0, users: 1 });
      const rows = await sqlOn<{ t: string; u: string; a: string; o: string }>(
        engine,
        `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, action AS a, object AS o FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { t: '2020-06-08 23:41:30', u: '89.160.20.156', a: 'GET 304', o: 'http://81.2.69.193/static/us/three-cats.jpg' },
        { t: '2020-06-08 23:41:30', u: '89.160.20.156', a: 'GET 304', o: 'http://pictures.example.com/static/us/three-cats.jpg' },
        { t: '2020-06-08 23:41:30', u: '89.160.20.156', a: 'GET 304', o: 'http://81.2.69.193:8080/static/us/three-cats.jpg' },
      ]);
    });
  });

  it('reads an omitted responseSize as 0, skips and counts an entry without httpRequest, rejects a bad size by line', async () => {
    await withTempCase(async (engine, { work }) => {
      const resource = { type: 'http_load_balancer' };
      const entry = (size: string | undefined) => ({ timestamp: '2024-05-01T10:00:00Z', resource, httpRequest: { requestMethod: 'GET', status: 204, remoteIp: '198.51.100.9', ...(size === undefined ? {} : { responseSize: size }) } });
      const file = path.join(work, 'lb.json');
      fs.writeFileSync(file, [entry(undefined), { timestamp: '2024-05-01T10:00:01Z', resource, textPayload: 'health check' }, entry('12x'), entry('4096')].map((e) => JSON.stringify(e)).join('\n'));
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 2, bytes: 4096, noBytes: 0, users: 1 });
      const rejects = await sqlOn<{ line: number; reason: string }>(engine, `SELECT CAST(line AS INTEGER) AS line, reason FROM rejects WHERE source_id = $id`, { id: s.id });
      expect(rejects.map((r) => r.line)).toEqual([3]);
      expect(rejects[0]?.reason).toMatch(/responseSize/);
      const [skipped] = await sqlOn<{ n: number }>(engine, `SELECT CAST(json_extract(mapping, '$.skippedRecords') AS INTEGER) AS n FROM sources WHERE id = $id`, { id: s.id });
      expect(skipped?.n).toBe(1);
    });
  });
  it('reads the same entries as gcloud logging read --format=json writes them, one indented JSON array', async () => {
    await withTempCase(async (engine, { work }) => {
      const entries = fs.readFileSync(sample, 'utf8').split('\n').map((l) => JSON.parse(l) as unknown);
      const file = path.join(work, 'gcloud.json');
      fs.writeFileSync(file, JSON.stringify(entries, null, 2));
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('gcp-loadbalancer-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 3, bytes: 471, noBytes: 0, users: 1 });
    });
  });
});
