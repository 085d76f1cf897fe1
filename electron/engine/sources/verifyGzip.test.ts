import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../testing/withTempCase';

describe('gzip inputs', () => {
  it('loads a whole archive and refuses a truncated one before loading any row', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = Array.from({ length: 5000 }, (_, i) => `cust${i}@mail.example;Nom${i};F`);
      const gz = zlib.gzipSync(Buffer.from(['email;nom;sexe', ...rows].join('\n') + '\n'));
      const whole = path.join(work, 'leak.csv.gz');
      const cut = path.join(work, 'cut.csv.gz');
      fs.writeFileSync(whole, gz);
      fs.writeFileSync(cut, gz.subarray(0, Math.floor(gz.length * 0.6)));
      expect((await engine.service.addSource({ path: whole, kind: 'leak' })).rowsLoaded).toBe(5000);
      await expect(engine.service.addSource({ path: cut, kind: 'leak' })).rejects.toThrow(/cut\.csv\.gz: the gzip archive is damaged .* nothing was loaded/);
      expect((await engine.service.listSources({})).map((s) => s.rowsLoaded)).toEqual([5000]);
    });
  });
});
