import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { hasCurrentTransferRollup } from '../detect/transferRollup';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';

describe('transfer rollups built after the load commits', () => {
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
      expect(await requireCase(engine.ctx).withConnection(hasCurrentTransferRollup)).toBe(false);
      const perHour = await engine.service.transferPerHour({});
      expect(perHour.find((b) => b.bucket === '2024-05-06T12:00:00Z')).toMatchObject({ bytes: 1e19, events: 2 });
    });
  });
});
