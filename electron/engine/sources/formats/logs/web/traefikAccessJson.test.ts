import { describe, expect, it } from 'vitest';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

// Records in the shapes of elastic/integrations' Traefik test log (packages/traefik/…/test-format-json.log): Traefik 1.x
// and 2.x field sets, a record with ClientAddr only, a forwarded ClientHost, an IPv6 client, a StartLocal with an offset.
const records = [
  { ClientAddr: '127.0.0.1:48658', ClientHost: '127.0.0.1', ClientUsername: '-', DownstreamContentSize: 19, DownstreamStatus: 404, RequestHost: 'backend.localhost', RequestMethod: 'GET', RequestPath: '/', StartLocal: '2021-03-16T18:56:54.735539596Z', StartUTC: '2021-03-16T18:56:54.735539596Z', level: 'info' },
  { ClientAddr: '10.10.10.20:23456', DownstreamContentSize: 5000000, DownstreamStatus: 200, RequestHost: 'files.example.org', RequestMethod: 'GET', RequestPath: '/export.zip', StartLocal: '2024-02-02T19:07:08.048870614+02:00', level: 'info' },
  { ClientAddr: '10.10.8.105:48376', ClientHost: '203.0.113.10', ClientUsername: 'alice', DownstreamContentSize: 88, DownstreamStatus: 200, RequestHost: 'api.example.org', RequestMethod: 'POST', RequestPath: '/v1/card', StartUTC: '2024-02-09T11:53:32.609696286Z', level: 'info' },
  { ClientAddr: '[::1]:56348', ClientHost: '::1', ClientUsername: '-', DownstreamContentSize: 19, DownstreamStatus: 404, RequestHost: 'backend.localhost', RequestMethod: 'GET', RequestPath: '/', StartUTC: '2024-04-15T13:26:33.80902715Z', level: 'info' },
];

describe('Traefik access log, JSON', () => {
  it('loads every request with DownstreamContentSize as bytes, the user or client address as user, StartLocal offsets honoured', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = writeInput(work, 'access.json', records.map((r) => JSON.stringify(r)).join('\n'));
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('traefik-access-json');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 4, bytes: 5000126, noBytes: 0, users: 4 });
      const rows = await sqlOn<{ t: string; u: string; ip: string; a: string; o: string }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, ip, action AS a, object AS o FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows[1]).toEqual({ t: '2024-02-02 17:07:08', u: '10.10.10.20', ip: '10.10.10.20', a: 'GET 200', o: 'files.example.org/export.zip' });
      expect(rows[2]).toEqual({ t: '2024-02-09 11:53:32', u: 'alice', ip: '203.0.113.10', a: 'POST 200', o: 'api.example.org/v1/card' });
      expect(rows[3]?.ip).toBe('::1');
    });
  });

  it('rejects a record whose size is not a number, by line', async () => {
    await withTempCase(async (engine, { work }) => {
      const bad = { ...records[0], DownstreamContentSize: 'lots' };
      const file = writeInput(work, 'access.json', [records[0], bad].map((r) => JSON.stringify(r)).join('\n'));
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/access\.json line 2: expected a whole number of bytes in DownstreamContentSize/);
    });
  });
});
