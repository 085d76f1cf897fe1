import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const written = corpusFile('aws_vpc_flow_log', 'vpc-flow-s3.log');
const elastic = corpusFile('aws_vpc_flow_log', 'test-extra-samples.log');

// The figures were counted by hand from the files (see aws_vpc_flow_log/SOURCE.md), not taken from Breachdesk.

async function skippedOf(engine: Parameters<typeof sqlOn>[0], id: number): Promise<number | undefined> {
  const [row] = await sqlOn<{ n: number }>(engine, `SELECT CAST(json_extract(mapping, '$.skippedRecords') AS INTEGER) AS n FROM sources WHERE id = $id`, { id });
  return row?.n;
}

describe('AWS VPC Flow Logs', () => {
  it('loads the five accepted flows leaving the network, per inside source address, and skips the other six', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: written, kind: 'transfer' })).format).toBe('aws-vpc-flow-log');
      const s = await engine.service.addSource({ path: written, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 5, rowsRejected: 0 });
      expect(await skippedOf(engine, s.id)).toBe(6);
      expect(await transferTally(engine, s.id)).toEqual({ rows: 5, bytes: 3670432, noBytes: 0, users: 2 });
      const rows = await sqlOn<{ t: string; u: string; b: number; a: string; o: string }>(
        engine,
        `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, CAST(bytes AS INTEGER) AS b, action AS a, object AS o FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows).toEqual([
        { t: '2025-12-06 05:46:40', u: '10.0.1.5', b: 1048576, a: 'tcp', o: '198.51.100.7:443' },
        { t: '2025-12-06 05:47:40', u: '10.0.1.5', b: 2097152, a: 'tcp', o: '198.51.100.7:443' },
        { t: '2025-12-06 05:48:40', u: '172.31.16.139', b: 524288, a: 'tcp', o: '203.0.113.12:443' },
        { t: '2025-12-06 05:51:40', u: '172.31.16.139', b: 336, a: 'icmp', o: '203.0.113.40:0' },
        { t: '2025-12-06 05:53:20', u: '10.0.1.5', b: 80, a: 'udp', o: '198.51.100.53:53' },
      ]);
    });
  });

  it("refuses Elastic's header-less sample, whose seven records hold no accepted flow leaving the network", async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: elastic, kind: 'transfer' })).format).toBe('aws-vpc-flow-log');
      await expect(engine.service.addSource({ path: elastic, kind: 'transfer' })).rejects.toThrow(/7 records read, none of them an event this format loads/);
    });
  });

  it('reads a custom format by its header, egress by flow-direction (IPv6 included), repeated headers not counted, a short record rejected by line', async () => {
    await withTempCase(async (engine, { work }) => {
      const header = 'version interface-id srcaddr dstaddr dstport protocol bytes start end action log-status flow-direction';
      const file = path.join(work, 'custom.log');
      fs.writeFileSync(
        file,
        [
          header,
          '5 eni-1 2001:db8:1::10 2001:db8:ffff::1 443 6 7000 1765000000 1765000060 ACCEPT OK egress',
          '5 eni-1 2001:db8:ffff::1 2001:db8:1::10 51000 6 300 1765000000 1765000060 ACCEPT OK ingress',
          header,
          '5 eni-1 10.0.1.5 10.0.3.3 443 6 900 1765000000 1765000060 ACCEPT OK egress',
          '5 eni-1 10.0.1.5 198.51.100.7 443 6 1765000000 1765000060 ACCEPT OK egress',
          '',
        ].join('\n'),
      );
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 1 });
      const rejects = await sqlOn<{ line: number; reason: string }>(engine, `SELECT CAST(line AS INTEGER) AS line, reason FROM rejects WHERE source_id = $id`, { id: s.id });
      expect(rejects).toEqual([{ line: 6, reason: expect.stringMatching(/expected 12 space-separated fields, as the header line names/) as unknown as string }]);
      expect(await skippedOf(engine, s.id)).toBe(2);
      expect(await transferTally(engine, s.id)).toEqual({ rows: 1, bytes: 7000, noBytes: 0, users: 1 });
    });
  });
  it('reads a CloudWatch Logs export of the default format, each record led by its event time, the flow still timed by start', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = path.join(work, '000000');
      fs.writeFileSync(
        file,
        [
          '2025-12-06T05:47:41.000Z 2 123456789010 eni-1235b8ca123456789 10.0.1.5 198.51.100.7 49152 443 6 1200 1048576 1765000000 1765000060 ACCEPT OK',
          '2025-12-06T05:47:41.000Z 2 123456789010 eni-1235b8ca123456789 198.51.100.7 10.0.1.5 443 49152 6 600 32000 1765000000 1765000060 ACCEPT OK',
          '2025-12-06T05:48:41.000Z 2 123456789010 eni-1235b8ca123456789 10.0.1.5 198.51.100.7 49153 443 6 2400 2097152 1765000060 ACCEPT OK',
          '',
        ].join('\n'),
      );
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('aws-vpc-flow-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 1, rowsRejected: 1 });
      const rejects = await sqlOn<{ line: number; reason: string }>(engine, `SELECT CAST(line AS INTEGER) AS line, reason FROM rejects WHERE source_id = $id`, { id: s.id });
      expect(rejects).toEqual([{ line: 3, reason: expect.stringMatching(/expected 15 space-separated fields, as a CloudWatch Logs export/) as unknown as string }]);
      const rows = await sqlOn<{ t: string; u: string; b: number }>(engine, `SELECT strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, CAST(bytes AS INTEGER) AS b FROM transfer WHERE source_id = $id`, { id: s.id });
      expect(rows).toEqual([{ t: '2025-12-06 05:46:40', u: '10.0.1.5', b: 1048576 }]);
      expect(await skippedOf(engine, s.id)).toBe(1);
    });
  });
});
