import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase } from '../engine/case/openCase';
import { requireCase } from '../engine/case/requireCase';
import { defaultMemoryLimit } from '../engine/db/lockdownOptions';
import { queryOne } from '../engine/sql/queryRows';
import { withTempCase } from '../engine/testing/withTempCase';

describe('a case runs under a memory limit and spills only inside itself', () => {
  it('the default limit is a quarter of RAM between 512 MB and 2 GB', () => {
    expect(defaultMemoryLimit(64 * 2 ** 30)).toBe('2048MB');
    expect(defaultMemoryLimit(6 * 2 ** 30)).toBe('1536MB');
    expect(defaultMemoryLimit(2 * 2 ** 30)).toBe('512MB');
    expect(defaultMemoryLimit(3 * 2 ** 30)).toBe('768MB');
  });

  it('an opened case has that limit, its temp folder inside the case, and neither can be changed', async () => {
    await withTempCase(async (engine, { caseDir }) => {
      await requireCase(engine.ctx).withConnection(async (c) => {
        const s = await queryOne<{ mem: string; tmp: string }>(c, `SELECT current_setting('memory_limit') AS mem, current_setting('temp_directory') AS tmp`);
        const [, amount, unit] = /^([\d.]+) (MiB|GiB)$/.exec(s.mem) ?? [];
        const mib = Number(amount ?? NaN) * (unit === 'GiB' ? 1024 : 1);
        expect(mib * 2 ** 20).toBeGreaterThanOrEqual(0.9 * 512 * 1e6);
        expect(mib * 2 ** 20).toBeLessThanOrEqual(2048 * 1e6 * 1.01);
        expect(s.tmp).toBe(path.join(caseDir, 'tmp'));
        await expect(c.run(`SET memory_limit = '100GB'`)).rejects.toThrow(/locked/);
        await expect(c.run(`SET temp_directory = '/tmp'`)).rejects.toThrow(/locked/);
      });
    });
  });

  it('openCase honours an explicit memoryLimit (what the benchmark sets)', async () => {
    await withTempCase(async (engine, { caseDir }) => {
      engine.close();
      const db = await openCase(caseDir, false, '256MB');
      try {
        const s = await db.withConnection((c) => queryOne<{ mem: string }>(c, `SELECT current_setting('memory_limit') AS mem`));
        expect(s.mem).toMatch(/^24\d\.\d MiB$/);
      } finally {
        db.close();
      }
    });
  });
});
