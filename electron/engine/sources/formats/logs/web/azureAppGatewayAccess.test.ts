import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const sample = corpusFile('azure_appgw_access_json', 'azure_application_gateway_access.json');

// The figures were counted by hand from the file (see azure_appgw_access_json/SOURCE.md), not taken from Breachdesk.

describe('Azure Application Gateway access log', () => {
  it('loads both requests: 932 bytes sent to one client, method and status as action, host and path as object', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: sample, kind: 'transfer' })).format).toBe('azure-appgw-access');
      const s = await engine.service.addSource({ path: sample, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 2, bytes: 932, noBytes: 0, users: 1 });
      const rows = await sqlOn<{ t: string; a: string; o: string; ip: string }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, action AS a, object AS o, ip FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { t: '2021-10-14 22:17:11', a: 'GET 200', o: '20.110.30.194/', ip: '185.42.129.24' },
        { t: '2021-10-14 22:17:12', a: 'GET 400', o: '20.110.30.194/', ip: '185.42.129.24' },
      ]);
    });
  });

  it('skips and counts the firewall records of an export mixing categories', async () => {
    await withTempCase(async (engine, { work }) => {
      const [first] = fs.readFileSync(sample, 'utf8').split('\n');
      const waf = { timeStamp: '2021-10-14T22:17:13+00:00', category: 'ApplicationGatewayFirewallLog', operationName: 'ApplicationGatewayFirewall', properties: { clientIp: '185.42.129.24', action: 'Matched' } };
      const file = path.join(work, 'appgw.json');
      fs.writeFileSync(file, [first, JSON.stringify(waf)].join('\n'));
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 0 });
      const [skipped] = await sqlOn<{ n: number }>(engine, `SELECT CAST(json_extract(mapping, '$.skippedRecords') AS INTEGER) AS n FROM sources WHERE id = $id`, { id: s.id });
      expect(skipped?.n).toBe(1);
    });
  });
});
