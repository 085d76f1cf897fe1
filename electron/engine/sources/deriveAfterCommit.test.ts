import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { isDerivedCurrent } from '../db/derivedState';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

describe('tables derived after the load commits', () => {
  it('keep the loaded rows when the rollup cannot be built, log why, and leave the detectors scanning transfer', async () => {
    await withTempCase(async (engine, { work }) => {
      const ok = await engine.service.addSource({
        path: writeInput(work, 'ok.csv', 'timestamp,user_id,bytes_transferred\n2024-05-06T10:00:00Z,alice,100\n2024-05-06T11:00:00Z,bob,200\n'),
        kind: 'transfer',
      });
      expect(ok.status).toBe('ready');
      // Two pulls of 5 EB by one user in one hour: each fits a BIGINT, their sum does not, so the rollup's BIGINT sum overflows.
      const huge = await engine.service.addSource({
        path: writeInput(work, 'huge.csv', 'timestamp,user_id,bytes_transferred\n2024-05-06T12:00:01Z,carol,5000000000000000000\n2024-05-06T12:30:00Z,carol,5000000000000000000\n'),
        kind: 'transfer',
      });
      expect(huge).toMatchObject({ status: 'ready', rowsLoaded: 2 });
      const [rows] = await sqlOn<{ n: number }>(engine, `SELECT count(*)::DOUBLE AS n FROM transfer`);
      expect(rows?.n).toBe(4);
      const audit = await sqlOn<{ action: string; detail: string }>(engine, `SELECT action, detail::VARCHAR AS detail FROM audit ORDER BY ALL`);
      const failed = audit.filter((a) => a.action === 'rollup_failed');
      expect(failed).toHaveLength(1);
      expect(JSON.parse(failed[0]?.detail ?? '{}')).toMatchObject({ sourceId: huge.id, reason: expect.stringMatching(/out of range/i) });
      expect(await requireCase(engine.ctx).withConnection((c) => isDerivedCurrent(c, 'transfer'))).toBe(false);
      const perHour = await engine.service.transferPerHour({});
      expect(perHour.find((b) => b.bucket === '2024-05-06T12:00:00Z')).toMatchObject({ bytes: 1e19, events: 2 });
    });
  });

  it('stores the coverage of a leak before addSource returns, from the committed rows', async () => {
    await withTempCase(async (engine, { work }) => {
      const rows = Array.from({ length: 40 }, (_, i) => `u${i}@mail.example;${i % 2 ? 'F' : 'M'};$2y$10$${'a'.repeat(53)}`);
      const leak = await engine.service.addSource({ path: writeInput(work, 'leak.csv', ['email;gender;password', ...rows].join('\n')), kind: 'leak' });
      expect(leak.status).toBe('ready');
      const stored = await sqlOn<{ rows: number; subjects: number }>(engine, `SELECT rows::DOUBLE AS rows, subjects::DOUBLE AS subjects FROM coverage_source WHERE source_id = $sourceId`, { sourceId: leak.id });
      expect(stored).toEqual([{ rows: 40, subjects: 40 }]);
      const hashes = await sqlOn<{ scheme: string; n: number }>(engine, `SELECT scheme, count::DOUBLE AS n FROM coverage_hash WHERE source_id = $sourceId`, { sourceId: leak.id });
      expect(hashes).toEqual([{ scheme: 'bcrypt', n: 40 }]);
      const audit = await sqlOn<{ action: string }>(engine, `SELECT action FROM audit WHERE action LIKE '%_failed'`);
      expect(audit).toEqual([]);
    });
  });
});
