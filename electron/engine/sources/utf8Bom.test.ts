import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SourceKind } from '../../../shared/api/sourcesApi';
import { corpusFile } from '../testing/corpusFile';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { pickLoader } from './loaders';
import { readHead } from './readHead';

const bom = Buffer.from([0xef, 0xbb, 0xbf]);
const corpus = path.resolve(__dirname, '..', 'testing', 'corpus');

/** Every real sample file of the corpus (not its notes), as [folder, file]. */
const samples = fs
  .readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    fs
      .readdirSync(path.join(corpus, d.name))
      .filter((f) => !f.endsWith('.md'))
      .map((f) => [d.name, f] as [string, string]),
  );

const kinds: SourceKind[] = ['signin', 'transfer', 'leak'];

describe('a UTF-8 byte-order mark before a file (Notepad, PowerShell 5 Out-File -Encoding utf8)', () => {
  it('changes no detection over the whole corpus, for any kind', () => {
    expect(samples.length).toBeGreaterThan(80);
    const changed: string[] = [];
    for (const [folder, name] of samples) {
      const file = corpusFile(folder, name);
      const head = readHead(file);
      // Only text carries a byte-order mark: binary containers (EVTX, XLSX, Parquet, gzip) and files that have one are left out.
      if (head.includes(0) || head[0] === 0x1f || (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)) continue;
      const marked = Buffer.concat([bom, head]);
      for (const kind of kinds) {
        const plain = pickLoader(kind, head, file).loader?.format ?? null;
        const withBom = pickLoader(kind, marked, file).loader?.format ?? null;
        if (plain !== withBom) changed.push(`${folder}/${name} as ${kind}: ${plain} without, ${withBom} with`);
      }
    }
    expect(changed).toEqual([]);
  });

  it('leaves a MySQL dump a dump, its rows as without it', async () => {
    await withTempCase(async (engine, { work }) => {
      const text = fs.readFileSync(corpusFile('leak_database_dumps', 'mysqldump-binary-accounts.sql'));
      const original = await engine.service.addSource({ path: writeInput(work, 'plain.sql', text), kind: 'leak' });
      const s = await engine.service.addSource({ path: writeInput(work, 'bom.sql', Buffer.concat([bom, text])), kind: 'leak' });
      expect(s).toMatchObject({ format: 'leak-sql', rowsLoaded: original.rowsLoaded, rowsRejected: original.rowsRejected });
      expect(s.rowsLoaded).toBeGreaterThan(0);
    });
  });

  it('loads the same rows and rejects as the file without it, plain or gzip-compressed, and leaves the input as given', async () => {
    await withTempCase(async (engine, { work }) => {
      const inputs = [
        ['apache_access_vhost', 'test-access-vhost.log'],
        ['aws_s3_server_access_log', 'test-s3-server-access.log'],
        ['sshd_syslog_crowdsec', 'sshd-logs.log'],
      ] as const;
      for (const [folder, name] of inputs) {
        const kind = folder.startsWith('sshd') ? 'signin' : 'transfer';
        const text = `${fs.readFileSync(corpusFile(folder, name), 'utf8').trimEnd()}\nnot a log line\n`;
        const original = await engine.service.addSource({ path: writeInput(work, `plain-${name}`, text), kind, maxRejectShare: 0.5 });
        const rowsOf = async (id: number) => [
          await sqlOn(
            engine,
            `SELECT strftime(ts, '%Y-%m-%dT%H:%M:%S') AS t, "user", ip, raw_ref::INTEGER AS ref FROM ${kind} WHERE source_id = $id ORDER BY raw_ref, ts`,
            { id },
          ),
          await sqlOn(engine, `SELECT line::INTEGER AS line, reason FROM rejects WHERE source_id = $id ORDER BY line`, { id }),
        ];
        for (const packed of ['plain', 'gzip'] as const) {
          const bytes = Buffer.concat([bom, Buffer.from(text)]);
          const file = writeInput(work, `bom-${packed}-${name}`, packed === 'gzip' ? zlib.gzipSync(bytes) : bytes);
          const before = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
          const s = await engine.service.addSource({ path: file, kind, maxRejectShare: 0.5 });
          expect(s, `${packed} ${name}`).toMatchObject({
            format: original.format,
            rowsLoaded: original.rowsLoaded,
            rowsRejected: original.rowsRejected,
            sha256: before,
          });
          expect(s.rowsLoaded).toBeGreaterThan(0);
          expect(await rowsOf(s.id)).toEqual(await rowsOf(original.id));
        }
      }
    });
  });
});
