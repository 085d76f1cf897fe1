import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

const conn = corpusFile('zeek_conn_tsv_lnav', 'logfile_bro_conn.log.0');

describe('Zeek conn.log, native TSV', () => {
  it('loads the real conn.log of lnav: 92 connections of one originator, 116 105 bytes sent, its 9 directive lines skipped', async () => {
    await withTempCase(async (engine) => {
      expect((await engine.service.detectSource({ path: conn, kind: 'transfer' })).format).toBe('zeek-conn-tsv');
      const s = await engine.service.addSource({ path: conn, kind: 'transfer', maxRejectShare: 0 });
      expect(s).toMatchObject({ rowsLoaded: 92, rowsRejected: 0, rowsSkipped: 9 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 92, bytes: 116105, noBytes: 0, users: 1 });
      const [first] = await sqlOn<{ u: string; o: string; t: string; b: number }>(
        engine,
        `SELECT "user" AS u, object AS o, strftime(ts, '%Y-%m-%d %H:%M:%S.%f') AS t, bytes::INTEGER AS b FROM transfer ORDER BY raw_ref LIMIT 1`,
      );
      expect(first).toEqual({ u: '192.168.2.76', o: '208.85.42.28:80', t: '2011-11-03 00:19:14.496300', b: 0 });
    });
  });
});
