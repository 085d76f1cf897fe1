import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

const traffic = corpusFile('panos_traffic_log', 'panos-traffic.log');

describe('PAN-OS TRAFFIC syslog', () => {
  it('loads each session end with its Bytes Sent per source address, in the timezone given, other subtypes skipped', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: traffic, kind: 'transfer' })).format).toBe('panos-traffic-log');
      await expect(engine.service.addSource({ path: traffic, kind: 'signin' })).rejects.toThrow(/panos-traffic\.log: 12 records read, none of them an event this format loads \(Palo Alto GlobalProtect log/);
      const s = await engine.service.addSource({ path: traffic, kind: 'transfer', options: { timezone: 'America/Los_Angeles' } });
      expect(s).toMatchObject({ format: 'panos-traffic-log', rowsLoaded: 7, rowsRejected: 0, rowsSkipped: 5 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 7, bytes: 27229, noBytes: 0, users: 3 });
      const perUser = await sqlOn<{ u: string; n: number; b: number }>(engine, `SELECT "user" AS u, count(*)::INTEGER AS n, sum(bytes)::DOUBLE AS b FROM transfer GROUP BY ALL ORDER BY b DESC`);
      expect(perUser).toEqual([
        { u: '192.168.15.224', n: 4, b: 22918 },
        { u: '192.168.15.207', n: 2, b: 2297 },
        { u: '192.168.15.196', n: 1, b: 2014 },
      ]);
      const [first] = await sqlOn<{ t: string; a: string; o: string }>(
        engine,
        `SELECT strftime(timezone('UTC', ts), '%Y-%m-%d %H:%M:%S') AS t, action AS a, object AS o FROM transfer WHERE raw_ref = 1`,
      );
      expect(first).toEqual({ t: '2018-12-01 00:09:07', a: 'apple-maps allow', o: '175.16.199.1:443' });
    });
  });

  it("reads a Traffic log exported to CSV from the firewall's web interface, its header row skipped", async () => {
    await withTempCase(async (engine, { work }) => {
      const header =
        'Domain,Receive Time,Serial #,Type,Threat/Content Type,Config Version,Generate Time,Source address,Destination address,NAT Source IP,NAT Destination IP,Rule,Source User,Destination User,Application,Virtual System,Source Zone,Destination Zone,Inbound Interface,Outbound Interface,Log Action,Time Logged,Session ID,Repeat Count,Source Port,Destination Port,NAT Source Port,NAT Destination Port,Flags,IP Protocol,Action,Bytes,Bytes Sent,Bytes Received,Packets,Start Time,Elapsed Time (sec),Category,Padding,seqno,actionflags,Source Country,Destination Country,cpadding,pkts_sent,pkts_received';
      const row = (subtype: string, user: string, sent: number) =>
        `1,2024/06/11 10:00:05,012801000001,TRAFFIC,${subtype},2561,2024/06/11 10:00:00,10.0.2.15,198.51.100.50,203.0.113.2,198.51.100.50,allow-out,${user},,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,fwd,2024/06/11 10:00:05,5001,1,50000,443,40000,443,0x400053,tcp,allow,${sent + 1000},${sent},1000,20,2024/06/11 09:59:00,60,file-sharing,0,1,0x0,10.0.0.0-10.255.255.255,United States,0,10,10`;
      const file = writeInput(work, 'traffic-export.csv', [header, row('end', 'example\\alice', 700000000), row('end', '', 1200), row('drop', '', 60)].join('\n') + '\n');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('panos-traffic-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 2, rowsRejected: 0, rowsSkipped: 2 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 2, bytes: 700001200, noBytes: 0, users: 2 });
    });
  });

  it('takes the Source User when logged, skips the other log types and rejects a bad count naming its line', async () => {
    await withTempCase(async (engine, { work }) => {
      const line = (type: string, user: string, sent: string) =>
        `<14>Jun 11 10:00:00 PA-3220 1,2024/06/11 10:00:00,012801000001,${type},end,2561,2024/06/11 10:00:00,10.0.2.15,198.51.100.50,203.0.113.2,198.51.100.50,allow-out,${user},,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,fwd,2024/06/11 10:00:00,5001,1,50000,443,40000,443,0x400053,tcp,allow,9000,${sent},1000,20,2024/06/11 09:59:00,60,file-sharing,0,1,0x0,10.0.0.0-10.255.255.255,US,0,10,10,tcp-fin`;
      const lines = [line('TRAFFIC', 'example\\alice', '8000'), line('THREAT', 'example\\alice', '10'), line('TRAFFIC', '', 'many')];
      const file = writeInput(work, 'pan.log', lines.join('\n') + '\n');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/pan\.log line 3: expected a whole number of bytes in Bytes Sent \(field 33\)/);
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 1, rowsSkipped: 1 });
      const [row] = await sqlOn<{ u: string; b: number }>(engine, `SELECT "user" AS u, bytes::DOUBLE AS b FROM transfer WHERE source_id = $id`, { id: s.id });
      expect(row).toEqual({ u: 'example\\alice', b: 8000 });
    });
  });
});
