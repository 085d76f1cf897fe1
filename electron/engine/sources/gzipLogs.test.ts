import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../testing/corpusFile';
import { jsonLines, signinTally, transferTally } from '../testing/logs/testkit';
import { withTempCase } from '../testing/withTempCase';

/** Writes the gzip of `text` as `name` in `dir`, as logrotate or S3 delivery would. */
function gzipped(dir: string, name: string, text: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zlib.gzipSync(text));
  return file;
}

// Each compressed file must load exactly as its plain corpus original (figures in that folder's SOURCE.md).

describe('gzip-compressed logs (rotated access.log.2.gz, CloudTrail .json.gz)', () => {
  it('loads a rotated access log, a W3C log and an auth log as their plain originals', async () => {
    await withTempCase(async (engine, { work }) => {
      const nginx = gzipped(work, 'access.log.2.gz', fs.readFileSync(corpusFile('nginx_access_beats', 'access.log')));
      expect((await engine.service.detectSource({ path: nginx, kind: 'transfer' })).format).toBe('combined-access-log');
      const a = await engine.service.addSource({ path: nginx, kind: 'transfer' });
      expect(await transferTally(engine, a.id)).toEqual({ rows: 13, bytes: 7653453, noBytes: 0, users: 3 });
      const iis = gzipped(work, 'u_ex130730.log.gz', fs.readFileSync(corpusFile('iis_w3c_log', 'iis6.log')));
      const b = await engine.service.addSource({ path: iis, kind: 'transfer' });
      expect(b).toMatchObject({ format: 'w3c-extended-log', rowsLoaded: 12, rowsRejected: 0 });
      const auth = gzipped(work, 'secure.1.gz', fs.readFileSync(corpusFile('linux_auth_beats', 'test.log')));
      const plain = await engine.service.addSource({ path: corpusFile('linux_auth_beats', 'test.log'), kind: 'signin', options: { year: 2017 } });
      const c = await engine.service.addSource({ path: auth, kind: 'signin', options: { year: 2017 } });
      expect(c).toMatchObject({ format: 'sshd-syslog', rowsLoaded: plain.rowsLoaded, rowsRejected: 0 });
      expect(await signinTally(engine, c.id)).toEqual(await signinTally(engine, plain.id));
    });
  });

  it('loads CloudTrail as S3 delivers it ({"Records": […]} in .json.gz) and a SIEM CSV export in .csv.gz', async () => {
    await withTempCase(async (engine, { work }) => {
      const records = jsonLines(corpusFile('aws_cloudtrail_json', 'test-console-login-json.log')).map((l) => l.record);
      const trail = gzipped(work, '123456789012_CloudTrail_us-east-1_20240101T0000Z_a1.json.gz', JSON.stringify({ Records: records }));
      const s = await engine.service.addSource({ path: trail, kind: 'signin' });
      expect(s).toMatchObject({ format: 'cloudtrail-consolelogin', rowsLoaded: 3, rowsRejected: 0 });
      expect(await signinTally(engine, s.id)).toEqual({ rows: 3, successes: 1, failures: { bad_password: 2 } });
      const csv = gzipped(work, 'host_logons.csv.gz', fs.readFileSync(corpusFile('windows_security_csv', 'host_logons.csv')));
      const plain = await engine.service.addSource({ path: corpusFile('windows_security_csv', 'host_logons.csv'), kind: 'signin' });
      const t = await engine.service.addSource({ path: csv, kind: 'signin' });
      expect(t).toMatchObject({ format: 'windows-security-csv', rowsLoaded: plain.rowsLoaded, rowsRejected: 0 });
      expect(await signinTally(engine, t.id)).toEqual(await signinTally(engine, plain.id));
    });
  });

  it('names a gzip-compressed EVTX file, which it does not inflate, and refuses an archive that inflates past the limit', async () => {
    await withTempCase(async (engine, { work }) => {
      const evtx = gzipped(work, 'Security.evtx.gz', fs.readFileSync(corpusFile('windows_evtx_cc0', 'runas-different-user.evtx')));
      await expect(engine.service.addSource({ path: evtx, kind: 'signin' })).rejects.toThrow(/Security\.evtx\.gz: is a Windows event log file \(EVTX\) compressed with gzip.*decompress it \(gunzip -k\)/);
      const big = gzipped(work, 'access.log.3.gz', fs.readFileSync(corpusFile('nginx_access_beats', 'access.log')));
      await expect(engine.service.addSource({ path: big, kind: 'transfer', maxInflatedBytes: 1000 })).rejects.toThrow(/access\.log\.3\.gz: decompression stopped past 1000 bytes/);
    });
  });
});
