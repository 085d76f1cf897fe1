import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const sonicWall = corpusFile('sentinel_commonsecuritylog_csv', 'SonicWall_Firewall-head.csv');

const header = 'TimeGenerated [UTC],DeviceVendor,DeviceProduct,Activity,DeviceAction,CommunicationDirection,SourceIP,SourceUserName,DestinationHostName,DestinationIP,DestinationPort,RequestURL,SentBytes,ReceivedBytes';

describe('Sentinel CommonSecurityLog CSV', () => {
  it('loads the SentBytes of each traffic record of a real SonicWall export per the user SonicWall names in AdditionalExtensions, its portal times as UTC', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: sonicWall, kind: 'transfer' })).format).toBe('sentinel-commonsecuritylog-csv');
      await expect(engine.service.detectSource({ path: sonicWall, kind: 'signin' })).rejects.toThrow(/SonicWall_Firewall-head\.csv line 1: is a Microsoft Sentinel CommonSecurityLog export .* load it as transfers/);
      const s = await engine.service.addSource({ path: sonicWall, kind: 'transfer', options: { timezone: 'Europe/Paris' } });
      expect(s).toMatchObject({ format: 'sentinel-commonsecuritylog-csv', rowsLoaded: 26, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 26, bytes: 8677, noBytes: 0, users: 1 });
      const byAction = await sqlOn<{ a: string; n: number; b: number }>(
        engine,
        `SELECT action AS a, count(*)::INTEGER AS n, sum(bytes)::DOUBLE AS b FROM transfer GROUP BY ALL ORDER BY a`,
      );
      expect(byAction).toEqual([
        { a: 'Connection Closed', n: 6, b: 7637 },
        { a: 'Connection Opened', n: 20, b: 1040 },
      ]);
      const [first] = await sqlOn<{ u: string; ip: string; o: string; t: string }>(
        engine,
        `SELECT "user" AS u, ip, object AS o, strftime(timezone('UTC', ts), '%Y-%m-%d %H:%M:%S.%g') AS t FROM transfer WHERE raw_ref = 22`,
      );
      expect(first).toEqual({ u: 'admin', ip: '10.5.192.160', o: '10.5.192.226:443', t: '2020-11-20 16:20:31.372' });
    });
  });

  it('takes the user from SourceUserName, the replies of an inbound connection, skips records without bytes and rejects a bad count naming its line', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = [
        header,
        '2024-05-02T08:00:00Z,Fortinet,Fortigate,traffic:forward close,accept,Outbound,192.0.2.10,alice,files.example.com,198.51.100.20,443,,5000000,1200',
        '2024-05-02T08:01:00Z,Fortinet,Fortigate,traffic:forward close,accept,,192.0.2.11,,,198.51.100.21,22,,700,90',
        '2024-05-02T08:02:00Z,Fortinet,Fortigate,event:vpn ssl-login-fail,ssl-login-fail,,203.0.113.9,bob,,,,,,',
        '2024-05-02T08:03:00Z,Zscaler,NSSWeblog,Allowed,Allowed,,192.0.2.12,carol@example.com,,,,https://upload.example.net/put,250,0',
        '2024-05-02T08:04:00Z,Fortinet,Fortigate,traffic:forward close,accept,,192.0.2.13,dave,,198.51.100.22,443,,lots,0',
        '2024-05-02T08:05:00Z,Check Point,VPN-1 & FireWall-1,Accept,Accept,Inbound,203.0.113.40,,,192.0.2.80,443,,900,7340032',
      ];
      const file = writeInput(work, 'CommonSecurityLog.csv', rows.join('\n') + '\n');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/CommonSecurityLog\.csv line 6: expected a whole number of bytes in SentBytes \(ReceivedBytes when inbound\)/);
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 4, rowsRejected: 1, rowsSkipped: 1 });
      const got = await sqlOn<{ u: string; b: number; a: string; o: string }>(
        engine,
        `SELECT "user" AS u, bytes::DOUBLE AS b, action AS a, object AS o FROM transfer WHERE source_id = $id ORDER BY raw_ref`,
        { id: s.id },
      );
      expect(got).toEqual([
        { u: 'alice', b: 5000000, a: 'traffic:forward close accept', o: 'files.example.com:443' },
        { u: '192.0.2.11', b: 700, a: 'traffic:forward close accept', o: '198.51.100.21:22' },
        { u: 'carol@example.com', b: 250, a: 'Allowed Allowed', o: 'https://upload.example.net/put' },
        { u: '203.0.113.40', b: 7340032, a: 'Accept Accept', o: '192.0.2.80:443' },
      ]);
    });
  });
});
