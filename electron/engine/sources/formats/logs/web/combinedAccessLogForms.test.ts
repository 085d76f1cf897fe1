import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';

const plaso = corpusFile('apache_access_plaso', 'apache_access.log');

describe('Apache access lines as servers that do not escape the request write them', () => {
  it('loads plaso\'s mixed file whole, the attack requests with unescaped quotes included', async () => {
    await withTempCase(async (engine) => {
      const lines = fs.readFileSync(plaso, 'utf8').split('\n').filter((l) => l.trim() !== '');
      const bytes = lines.reduce((sum, l) => sum + Number(/" \d{3} (\d+|-)/.exec(l)?.[1]?.replace('-', '0') ?? NaN), 0);
      expect(lines).toHaveLength(15);
      expect(bytes).toBe(37197);
      expect((await engine.service.detectSource({ path: plaso, kind: 'transfer' })).format).toBe('combined-access-log');
      const s = await engine.service.addSource({ path: plaso, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: 15, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 15, bytes, noBytes: 0, users: 8 });
      const rows = await sqlOn<{ ref: number; u: string; ip: string; a: string; o: string; t: string; b: number }>(
        engine,
        `SELECT raw_ref::INTEGER AS ref, "user" AS u, ip, action AS a, object AS o, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, bytes::INTEGER AS b
         FROM transfer WHERE raw_ref::INTEGER IN (8, 12, 13, 14, 15) ORDER BY ref`,
      );
      expect(rows).toEqual([
        { ref: 8, u: '46.118.127.106', ip: '46.118.127.106', a: 'GET 200', o: '/scripts/grok-py-test/configlib.py', t: '2015-05-20 12:05:17', b: 235 },
        { ref: 12, u: '192.168.0.2', ip: '192.168.0.2', a: 'GET 200', o: 'plaso-2.log2timeline.net/wp-content/themes/darkmode/evil.php?cmd=uname+-a', t: '2018-01-13 17:31:20', b: 694 },
        { ref: 13, u: '1.2.3.4', ip: '1.2.3.4', a: 'GET 404', o: '/aaaa.xxxx/SomeText?action=edit&template=<script>alert("text")</script>', t: '2021-04-25 06:15:33', b: 1164 },
        { ref: 14, u: '1.2.3.4', ip: '1.2.3.4', a: 'GET 404', o: '/$%7B("TextString"+"123456")%7D/actionChain1.action', t: '2021-04-25 06:15:33', b: 1164 },
        { ref: 15, u: 'pyllyukko@EXAMPLE.COM', ip: '192.168.0.64', a: 'GET 200', o: '/', t: '2019-11-16 07:46:42', b: 8264 },
      ]);
    });
  });
});
