import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { inflateFloorBytes, inflateLimit, maxInflateRatio } from './inflateLimit';

/** A gzip leak of 40 MB of text (4 000 rows with a long field) that compresses about a thousandfold. */
function bomb(): Buffer {
  const rows = Array.from({ length: 4000 }, (_, i) => `user${i}@bomb.example,${'a'.repeat(10_000)}\n`);
  return zlib.gzipSync(Buffer.from(`email,note\n${rows.join('')}`), { level: 9 });
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('decompression is capped', () => {
  it('the default cap is a ratio of the archive size, with a floor for small archives', () => {
    expect(inflateLimit(1_000_000).bytes).toBe(1_000_000 * maxInflateRatio);
    expect(inflateLimit(10_000).bytes).toBe(inflateFloorBytes);
    expect(inflateLimit(10_000, 5).bytes).toBe(5);
  });

  it('refuses an archive inflating a thousandfold, clearly and leaving nothing behind; the analyst can raise the cap', async () => {
    await withTempCase(async (engine, { caseDir, work }) => {
      const gz = bomb();
      expect(gz.length * maxInflateRatio).toBeLessThan(inflateFloorBytes);
      const file = writeInput(work, 'leak.csv.gz', gz);
      const refused = await dispatch(engine.api, 'addSource', { path: file, kind: 'leak' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      const message = refused.ok ? '' : refused.error.message;
      expect(message).toContain(`leak.csv.gz: decompression stopped past ${inflateFloorBytes} bytes`);
      expect(message).toMatch(/possible decompression bomb, and nothing was loaded.*--max-inflated-bytes/);
      expect(filesUnder(path.join(caseDir, 'tmp'))).toEqual([]);
      expect(await engine.service.listSources({})).toEqual([]);

      await expect(engine.service.addSource({ path: file, kind: 'leak', maxInflatedBytes: 1000 })).rejects.toThrow(/stopped past 1000 bytes \(the limit set for this load\)/);
      expect(await dispatch(engine.api, 'addSource', { path: file, kind: 'leak', maxInflatedBytes: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });

      const raised = await engine.service.addSource({ path: file, kind: 'leak', maxInflatedBytes: 64 * 1024 * 1024 });
      expect(raised.rowsLoaded).toBe(4000);
      expect(filesUnder(path.join(caseDir, 'tmp'))).toEqual([]);
    });
  });
});
