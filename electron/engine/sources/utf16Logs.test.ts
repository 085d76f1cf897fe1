import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../createEngine';
import { corpusFile } from '../testing/corpusFile';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

/** `text` as Windows PowerShell 5's `Out-File` or Excel's "Unicode Text" write it: UTF-16 with its byte-order mark, CRLF line ends. */
function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}`, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** What a source loaded, in load order, without its source id: its rows and its rejects by line. */
async function loaded(engine: Engine, table: 'signin' | 'transfer', sourceId: number): Promise<unknown[]> {
  const cols = table === 'signin' ? `"user", ip, success, failure_reason` : `"user", ip, bytes`;
  const rows = await sqlOn(engine, `SELECT strftime(ts, '%Y-%m-%dT%H:%M:%S') AS t, ${cols}, raw_ref::INTEGER AS ref FROM ${table} WHERE source_id = $id ORDER BY raw_ref, ts`, { id: sourceId });
  const rejects = await sqlOn(engine, `SELECT line::INTEGER AS line, reason FROM rejects WHERE source_id = $id ORDER BY line`, { id: sourceId });
  return [rows, rejects];
}

describe('logs in UTF-16 (PowerShell Out-File, Excel Unicode Text)', () => {
  it('load exactly as their UTF-8 originals, CSV, JSON lines and text lines alike, gzip-compressed too, rejects on the same lines; the input is hashed and recorded as given and never written', async () => {
    await withTempCase(async (engine, { work, caseDir }) => {
      const apache = `${fs.readFileSync(corpusFile('apache_access_vhost', 'test-access-vhost.log'), 'utf8').trimEnd()}\nnot an access log line\n`;
      const inputs = [
        { kind: 'signin' as const, name: 'host_logons.csv', text: fs.readFileSync(corpusFile('windows_security_csv', 'host_logons.csv'), 'utf8') },
        { kind: 'signin' as const, name: 'okta.json', text: fs.readFileSync(corpusFile('okta_system_log_json', 'test-okta-system-events.log'), 'utf8') },
        { kind: 'transfer' as const, name: 'access.log', text: apache },
      ];
      for (const input of inputs) {
        const plain = writeInput(work, `plain-${input.name}`, input.text.replace(/\r?\n/g, '\r\n'));
        const original = await engine.service.addSource({ path: plain, kind: input.kind, maxRejectShare: 0.5 });
        for (const order of ['le', 'be', 'le.gz'] as const) {
          const bytes = utf16(input.text, order === 'be' ? 'be' : 'le');
          const file = writeInput(work, `${order}-${input.name}`, order === 'le.gz' ? zlib.gzipSync(bytes) : bytes);
          const before = sha256(file);
          const detected = await engine.service.detectSource({ path: file, kind: input.kind });
          expect(detected.format, input.name).toBe(original.format);
          expect(detected.notes.join(' ')).toContain(order === 'le.gz' ? 'UTF-16LE text (gzip)' : `UTF-16${order.toUpperCase()} text`);
          const s = await engine.service.addSource({ path: file, kind: input.kind, maxRejectShare: 0.5 });
          expect(s, `${order} ${input.name}`).toMatchObject({ format: original.format, rowsLoaded: original.rowsLoaded, rowsRejected: original.rowsRejected, sha256: before, path: file });
          expect(s.rowsLoaded).toBeGreaterThan(0);
          expect(await loaded(engine, input.kind, s.id)).toEqual(await loaded(engine, input.kind, original.id));
          expect(sha256(file)).toBe(before);
        }
      }
      expect(fs.readdirSync(path.join(caseDir, 'tmp')).filter((f) => f.startsWith('input-')), 'the UTF-8 copies are removed').toEqual([]);
    });
  });

  it('keeps reading a UTF-16 Windows XML export itself, decodes a forced format too, and suggests the --map of a UTF-16 CSV from its decoded header', async () => {
    await withTempCase(async (engine, { work }) => {
      const event = (id: number, user: string, t: string) =>
        `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>${id}</EventID><TimeCreated SystemTime="${t}"/><Channel>Security</Channel><Computer>WS1</Computer></System><EventData><Data Name="TargetUserName">${user}</Data><Data Name="IpAddress">192.0.2.7</Data><Data Name="LogonType">3</Data><Data Name="Status">0xc000006d</Data><Data Name="SubStatus">0xc000006a</Data></EventData></Event>`;
      const xml = writeInput(work, 'security.xml', utf16(`<Events>${event(4625, 'ann', '2024-05-01T10:00:00.000Z')}${event(4625, 'ben', '2024-05-01T10:00:05.000Z')}</Events>\n`, 'le'));
      const s = await engine.service.addSource({ path: xml, kind: 'signin' });
      expect(s).toMatchObject({ format: 'windows-security-xml', rowsLoaded: 2 });
      const encodingOf = async (id: number) => (await sqlOn<{ e: string | null }>(engine, `SELECT mapping->>'encoding' AS e FROM sources WHERE id = $id`, { id }))[0]?.e;
      expect(await encodingOf(s.id)).toBeNull();
      const forced = writeInput(work, 'okta.txt', utf16(fs.readFileSync(corpusFile('okta_system_log_json', 'test-okta-system-events.log'), 'utf8'), 'le'));
      const f = await engine.service.addSource({ path: forced, kind: 'signin', format: 'okta-system-log' });
      expect(f).toMatchObject({ format: 'okta-system-log', rowsLoaded: 1, rowsSkipped: 2 });
      expect(await encodingOf(f.id)).toBe('UTF-16LE, read through a UTF-8 copy');
      const headed = writeInput(work, 'proxy.csv', utf16('user_id,timestamp,bytes_transferred,src_ip\nu1,2025-01-01T00:00:00Z,100,10.0.0.1\n', 'le'));
      await expect(engine.api.addSource({ path: headed, kind: 'transfer' })).rejects.toThrow('check this guess and load it with --map ts=timestamp,user=user_id,bytes=bytes_transferred,ip=src_ip');
    });
  });
});
