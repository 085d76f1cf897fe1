import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportParamsSchema } from '../../../shared/api/detectParams';
import { requireCase } from '../case/requireCase';
import { writeDemoTransferCsv } from '../demo/writeDemoTransferCsv';
import { withTempCase } from '../testing/withTempCase';
import { referenceZScore } from './referenceZScore';

describe('the reference anomalies kept for their first pages', () => {
  it('serves every page within the head as computed afresh, from the head the side file kept', async () => {
    await withTempCase(async (engine, { work }) => {
      const transfer = path.join(work, 'transfer.csv');
      writeDemoTransferCsv(transfer);
      await engine.service.addSource({ path: transfer, kind: 'transfer' });
      const db = requireCase(engine.ctx);
      const params = exportParamsSchema.parse({ reference: { zLimit: 1 } });
      const fresh = (offset: number, limit: number) => db.withConnection((c) => referenceZScore(c, params, offset, limit));
      const { total } = await fresh(0, 1);
      expect(total).toBeGreaterThan(3);
      const asks: Array<[number, number]> = [
        [0, 1000],
        [0, 2],
        [2, 3],
        [total - 1, 5],
        [total + 2, 3],
        [5, 995],
      ];
      const expected = await Promise.all(asks.map(([offset, limit]) => fresh(offset, limit)));

      fs.mkdirSync(path.join(work, 'out'));
      await engine.service.writeFindingLists({ outDir: path.join(work, 'out'), exports: params, lists: ['reference_anomalies'] });
      // Rows removed behind the case's back (no write turn): a page computed now would miss them, a page from the kept head does not.
      await db.withConnection((c) => c.run('DELETE FROM rollup.transfer_user_hour'));
      expect((await fresh(0, 1000)).total).toBe(0);
      for (const [i, [offset, limit]] of asks.entries()) {
        expect(await engine.service.exportReference({ params, offset, limit }), `offset ${offset}, limit ${limit}`).toEqual(expected[i]);
      }
      expect((await engine.service.exportReference({ params, offset: 990, limit: 11 })).total, 'past the head: computed afresh').toBe(0);
    });
  });
});
