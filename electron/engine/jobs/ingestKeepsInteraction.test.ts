import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobDto } from '../../../shared/api/jobsApi';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { writeBulkTransferCsv } from '../testing/writeBulkTransferCsv';

/** Writes a reference transfer CSV of `rows` rows in the test's folder. */
function transferCsv(dir: string, rows: number): string {
  const file = path.join(dir, `transfer-${rows}.csv`);
  writeBulkTransferCsv(file, rows);
  return file;
}

describe('a long ingest in the background', () => {
  it('leaves every other call answering from the case as it was, with progress visible until it ends', async () => {
    await withTempCase(async (engine, { work }) => {
      const first = await engine.service.addSource({ path: writeInput(work, 'small.csv', 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,alice,5\n2026-01-01T00:10:00Z,bob,7\n'), kind: 'transfer' });
      const job = await engine.service.startIngest({ path: transferCsv(work, 1_500_000), kind: 'transfer' });
      const seen: JobDto[] = [];
      let answeredWhileRunning = 0;
      for (;;) {
        const before = await engine.service.jobStatus({ jobId: job.id });
        seen.push(before);
        if (before.state !== 'running') break;
        const [sources, page, perHour] = await Promise.all([
          engine.service.listSources({}),
          engine.service.tablePage({ table: 'transfer', offset: 0, limit: 10 }),
          engine.service.transferPerHour({ sourceId: first.id }),
        ]);
        const after = await engine.service.jobStatus({ jobId: job.id });
        const ready = sources.filter((s) => s.status === 'ready').map((s) => s.id);
        // The three calls run concurrently, so the commit may fall between them: only a poll that saw no sign of it is judged as before.
        const committed = page.total !== 2 || ready.length > 1;
        if (!committed) {
          if (after.state === 'running') answeredWhileRunning++;
          expect(ready).toEqual([first.id]);
        } else {
          expect([2, 1_500_002]).toContain(page.total);
        }
        expect(perHour.reduce((s, b) => s + b.events, 0)).toBe(2);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(seen.at(-1)).toMatchObject({ state: 'done', percent: 100 });
      expect(answeredWhileRunning).toBeGreaterThan(3);
      const running = seen.filter((s) => s.state === 'running');
      expect(new Set(running.map((s) => s.percent)).size).toBeGreaterThan(3);
      expect(running.map((s) => s.phase)).toEqual(expect.arrayContaining(['loading', 'deriving']));
      expect((await engine.service.tablePage({ table: 'transfer', offset: 0, limit: 1 })).total).toBe(1_500_002);
    });
  }, 120_000);

  it('queues ingests started together, so both load and the rollups count every row', async () => {
    await withTempCase(async (engine, { work }) => {
      const a = await engine.service.startIngest({ path: transferCsv(work, 200_000), kind: 'transfer' });
      const b = await engine.service.startIngest({ path: writeInput(work, 'b.csv', 'timestamp,user_id,bytes_transferred\n2026-02-01T00:00:00Z,carol,9\n'), kind: 'transfer' });
      for (const id of [a.id, b.id]) {
        while ((await engine.service.jobStatus({ jobId: id })).state === 'running') await new Promise((r) => setTimeout(r, 50));
      }
      expect((await engine.service.listJobs({})).map((j) => [j.state, j.error])).toEqual([
        ['done', null],
        ['done', null],
      ]);
      const reference = await engine.service.exportReference({});
      expect(reference.sql).toContain('rollup.transfer_user_hour');
      expect((await engine.service.transferPerHour({})).reduce((s, h) => s + h.events, 0)).toBe(200_001);
    });
  }, 60_000);
});
