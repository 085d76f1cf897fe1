import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../createEngine';
import { corpusFile } from '../testing/corpusFile';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** What a source loaded, without its source id: its rows in load order and its rejects by line. */
async function loaded(engine: Engine, table: 'signin' | 'transfer', sourceId: number): Promise<unknown[]> {
  const rows = await sqlOn(
    engine,
    `SELECT strftime(ts, '%Y-%m-%dT%H:%M:%S') AS t, "user", ip, raw_ref::INTEGER AS ref FROM ${table} WHERE source_id = $id ORDER BY raw_ref, ts`,
    {
      id: sourceId,
    },
  );
  const rejects = await sqlOn(engine, `SELECT line::INTEGER AS line, reason FROM rejects WHERE source_id = $id ORDER BY line`, { id: sourceId });
  return [rows, rejects];
}

describe('logs in Windows-1252 (Excel "CSV (Comma delimited)", PowerShell 5 Export-Csv -Encoding Default)', () => {
  it('load as their UTF-8 originals, accented accounts included, gzip-compressed too; the input is hashed as given and never written', async () => {
    await withTempCase(async (engine, { work }) => {
      const inputs = [
        {
          kind: 'signin' as const,
          name: 'Securite.csv',
          text: fs.readFileSync(corpusFile('windows_eventviewer_csv', 'Securite-observateur-fr.csv'), 'utf8').replace(/^\uFEFF/, ''),
        },
        {
          kind: 'transfer' as const,
          name: 'transfers.csv',
          text: 'timestamp,user_id,bytes_transferred\n2025-03-01T10:00:00Z,josé.garcía,1200\n2025-03-01T10:05:00Z,jürgen.müller,800\n2025-03-01T10:07:00Z,anne,not a number\n',
        },
        {
          kind: 'transfer' as const,
          name: 'access.log',
          text: '203.0.113.9 - rené [01/Mar/2025:10:00:00 +0000] "GET /export?q=été HTTP/1.1" 200 5120 "-" "curl/8"\n203.0.113.9 - chloé [01/Mar/2025:10:01:00 +0000] "GET / HTTP/1.1" 200 10 "-" "curl/8"\n',
        },
      ];
      for (const input of inputs) {
        const original = await engine.service.addSource({ path: writeInput(work, `utf8-${input.name}`, input.text), kind: input.kind, maxRejectShare: 0.5 });
        const expected = await loaded(engine, input.kind, original.id);
        for (const packed of ['plain', 'gzip'] as const) {
          const bytes = Buffer.from(input.text, 'latin1');
          const file = writeInput(work, `ansi-${packed}-${input.name}`, packed === 'gzip' ? zlib.gzipSync(bytes) : bytes);
          const before = sha256(file);
          const detected = await engine.service.detectSource({ path: file, kind: input.kind });
          expect(detected.format).toBe(original.format);
          expect(detected.notes.join(' ')).toContain(`WINDOWS-1252 text${packed === 'gzip' ? ' (gzip)' : ''}`);
          const s = await engine.service.addSource({ path: file, kind: input.kind, maxRejectShare: 0.5 });
          expect(s, `${packed} ${input.name}`).toMatchObject({
            format: original.format,
            rowsLoaded: original.rowsLoaded,
            rowsRejected: original.rowsRejected,
            sha256: before,
          });
          expect(s.rowsLoaded).toBeGreaterThan(0);
          expect(await loaded(engine, input.kind, s.id)).toEqual(expected);
          expect(sha256(file)).toBe(before);
        }
      }
      const users = await sqlOn<{ user: string }>(engine, `SELECT DISTINCT "user" FROM transfer WHERE "user" LIKE '%é%' OR "user" LIKE '%ü%' ORDER BY 1`);
      expect(users.map((u) => u.user)).toEqual(['chloé', 'josé.garcía', 'jürgen.müller', 'rené']);
    });
  });

  it('keeps a UTF-8 log with one stray byte UTF-8: its accents read right, the stray line as before', async () => {
    await withTempCase(async (engine, { work }) => {
      const good = '2025-03-01T10:00:00Z,josé,1\n2025-03-01T10:01:00Z,zoë,2\n2025-03-01T10:02:00Z,renée,3\n';
      const file = writeInput(
        work,
        'mostly-utf8.csv',
        Buffer.concat([Buffer.from(`timestamp,user_id,bytes_transferred\n${good}`), Buffer.from([0x32, 0x30, 0x32, 0x35, 0x2c, 0xff, 0x2c, 0x34, 0x0a])]),
      );
      expect((await engine.service.detectSource({ path: file, kind: 'transfer' })).notes.join(' ')).not.toContain('WINDOWS-1252');
      const s = await engine.service.addSource({ path: file, kind: 'transfer', maxRejectShare: 0.5 });
      expect(s.rowsLoaded).toBe(3);
      const users = await sqlOn<{ user: string }>(engine, `SELECT "user" FROM transfer WHERE source_id = $id ORDER BY ts`, { id: s.id });
      expect(users.map((u) => u.user)).toEqual(['josé', 'zoë', 'renée']);
    });
  });
});
