import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../../testing/corpusFile';
import { transferTally } from '../../../../testing/logs/testkit';
import { sqlOn } from '../../../../testing/sqlOn';
import { withTempCase } from '../../../../testing/withTempCase';

// The figures were counted by hand from the files (see haproxy_log/SOURCE.md), not taken from Breachdesk.

describe('HAProxy logs', () => {
  it.each([
    // file, requests or connections, bytes_read summed, clients
    ['test-tcplog.log', 5, 14733, 4],
    ['test-httplog-no-headers.log', 3, 639, 1],
  ])('haproxy_log/%s loads every line: %i, %i bytes, %i clients', async (name, rows, bytes, users) => {
    await withTempCase(async (engine) => {
      const file = corpusFile('haproxy_log', name);
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('haproxy-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer' });
      expect(s).toMatchObject({ rowsLoaded: rows, rowsRejected: 0 });
      expect(await transferTally(engine, s.id)).toEqual({ rows, bytes, noBytes: 0, users });
    });
  });

  it('loads the 3 standard httplog lines with their request, rejects the custom line 2 by number, and reads times in the zone given', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('haproxy_log', 'test-haproxy.log');
      await expect(engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0 })).rejects.toThrow(/test-haproxy\.log line 2: expected an HAProxy log line/);
      const s = await engine.service.addSource({ path: file, kind: 'transfer', options: { timezone: 'Europe/Paris' } });
      expect(s).toMatchObject({ rowsLoaded: 3, rowsRejected: 1 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 3, bytes: 3223, noBytes: 0, users: 2 });
      const rows = await sqlOn<{ t: string; u: string; a: string; o: string }>(
        engine,
        `SELECT strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, "user" AS u, action AS a, object AS o FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref`,
        { sourceId: s.id },
      );
      expect(rows[1]).toEqual({ t: '2009-02-06 11:14:14', u: '10.0.1.2', a: 'GET 200', o: '/index.html' });
    });
  });

  it('names an HAProxy log given as sign-ins, pointing to transfers', async () => {
    await withTempCase(async (engine) => {
      await expect(engine.service.addSource({ path: corpusFile('haproxy_log', 'test-haproxy.log'), kind: 'signin' })).rejects.toThrow(/is an HAProxy log\. It is not a signin format Breachdesk reads: load it as transfers/);
    });
  });

  it('skips and counts HAProxy\'s own notices and an SSL handshake failure of lnav\'s real log, loading its 13 requests with none rejected', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('haproxy_log_lnav', 'logfile_haproxy.0');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('haproxy-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0, options: { timezone: 'UTC' } });
      expect(s).toMatchObject({ rowsLoaded: 13, rowsRejected: 0, rowsSkipped: 4 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 13, bytes: 118427, noBytes: 0, users: 5 });
      const [first] = await sqlOn<{ u: string; a: string; o: string; t: string; b: number }>(
        engine,
        `SELECT "user" AS u, action AS a, object AS o, strftime(ts, '%Y-%m-%d %H:%M:%S') AS t, bytes::INTEGER AS b FROM transfer ORDER BY raw_ref LIMIT 1`,
      );
      expect(first).toMatchObject({ u: '141.35.244.171', t: '2019-02-25 16:19:48', b: 11394 });
    });
  });

  it('recognises a bare stdout log whose SSL handshake failures outnumber its requests, and loads the requests alone', async () => {
    await withTempCase(async (engine) => {
      const file = corpusFile('haproxy_log_crowdsec', 'haproxy-logs.log');
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).format).toBe('haproxy-log');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0, options: { timezone: 'Europe/Paris' } });
      expect(s).toMatchObject({ format: 'haproxy-log', rowsLoaded: 2, rowsRejected: 0, rowsSkipped: 3 });
      expect(await transferTally(engine, s.id)).toEqual({ rows: 2, bytes: 21341, noBytes: 0, users: 2 });
      const [first] = await sqlOn<{ u: string; t: string; b: number }>(
        engine,
        `SELECT "user" AS u, strftime(ts AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') AS t, bytes::INTEGER AS b FROM transfer WHERE source_id = $sourceId ORDER BY raw_ref LIMIT 1`,
        { sourceId: s.id },
      );
      expect(first).toEqual({ u: '117.136.40.129', t: '2015-01-14 11:48:57', b: 739 });
    });
  });
});
