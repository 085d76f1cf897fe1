import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobDto } from '../../../shared/api/jobsApi';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { writeBulkTransferCsv } from '../testing/logs/writeBulkTransferCsv';

/** A gate the ingest awaits inside its transaction: `reached` resolves when the load gets there, `release` lets it commit. */
function gate(): { hold: () => Promise<void>; reached: Promise<void>; release: () => void } {
  let arrive = () => undefined as void;
  let release = () => undefined as void;
  const reached = new Promise<void>((r) => (arrive = r));
  const opened = new Promise<void>((r) => (release = r));
  return {
    hold: () => {
      arrive();
      return opened;
    },
    reached,
    release: () => release(),
  };
}

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
      const held = gate();
      engine.ctx.ingestGate = held.hold;
      const job = await engine.service.startIngest({ path: transferCsv(work, 300_000), kind: 'transfer' });
      await held.reached;
      const seen: JobDto[] = [];
      for (let poll = 0; poll < 5; poll++) {
        const [status, sources, page, perHour] = await Promise.all([
          engine.service.jobStatus({ jobId: job.id }),
          engine.service.listSources({}),
          engine.service.tablePage({ table: 'transfer', offset: 0, limit: 10 }),
          engine.service.transferPerHour({ sourceId: first.id }),
        ]);
        seen.push(status);
        expect(status.state).toBe('running');
        expect(sources.filter((s) => s.status === 'ready').map((s) => s.id)).toEqual([first.id]);
        expect(page.total).toBe(2);
        expect(perHour.reduce((sum, b) => sum + b.events, 0)).toBe(2);
      }
      expect(seen.every((s) => s.percent > 0 && s.percent < 100)).toBe(true);
      held.release();
      for (;;) {
        const s = await engine.service.jobStatus({ jobId: job.id });
        seen.push(s);
        if (s.state !== 'running') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(seen.at(-1)).toMatchObject({ state: 'done', percent: 100 });
      const percents = seen.map((s) => s.percent);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      expect((await engine.service.tablePage({ table: 'transfer', offset: 0, limit: 1 })).total).toBe(300_002);
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
