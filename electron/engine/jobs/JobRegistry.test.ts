import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobDto } from '../../../shared/api/jobsApi';
import type { SourceDto } from '../../../shared/api/sourcesApi';
import type { Engine } from '../createEngine';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase } from '../testing/withTempCase';
import { JobRegistry } from './JobRegistry';

/** Writes a transfer CSV of `rows` rows quickly, for progress and cancel tests. */
function bigTransferCsv(dir: string, rows: number): string {
  const file = path.join(dir, `big-${rows}.csv`);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'timestamp,user_id,bytes_transferred\n');
  const base = Date.UTC(2026, 0, 1);
  for (let start = 0; start < rows; start += 100_000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + 100_000); i++) lines.push(`${new Date(base + i * 1000).toISOString()},u${i % 997},${i % 5000}`);
    fs.writeSync(fd, lines.join('\n') + '\n');
  }
  fs.closeSync(fd);
  return file;
}

/** Polls a job until it leaves `running`, recording every status seen. */
async function settle(engine: Engine, id: string): Promise<JobDto[]> {
  const seen: JobDto[] = [];
  for (;;) {
    const s = await engine.service.jobStatus({ jobId: id });
    seen.push(s);
    if (s.state !== 'running') return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('background ingest jobs', () => {
  it('reports progress that only grows and ends at 100% with the loaded source', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = bigTransferCsv(work, 300_000);
      const job = await engine.service.startIngest({ path: file, kind: 'transfer' });
      expect(job.state).toBe('running');
      const seen = await settle(engine, job.id);
      const last = seen.at(-1) as JobDto;
      expect(last).toMatchObject({ state: 'done', percent: 100, bytesTotal: fs.statSync(file).size, error: null });
      expect(last.source?.rowsLoaded).toBe(300_000);
      const percents = seen.map((s) => s.percent);
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      expect((await engine.service.listJobs({}))[0]?.id).toBe(job.id);
    });
  });

  it('cancel leaves the case exactly as it was', async () => {
    await withTempCase(async (engine, { work }) => {
      const small = bigTransferCsv(work, 10);
      await engine.service.addSource({ path: small, kind: 'transfer' });
      const file = bigTransferCsv(work, 2_000_000);
      const job = await engine.service.startIngest({ path: file, kind: 'transfer' });
      await engine.service.cancelJob({ jobId: job.id });
      const last = (await settle(engine, job.id)).at(-1) as JobDto;
      expect(last.state).toBe('cancelled');
      const [counts] = await sqlOn<{ s: number; t: number }>(engine, `SELECT (SELECT count(*) FROM sources)::INTEGER AS s, (SELECT count(*) FROM transfer)::INTEGER AS t`);
      expect(counts).toEqual({ s: 1, t: 10 });
    });
  });

  it('after the load shows the running statement progress, and ignores a cancel once the rows are committed for good', async () => {
    await withTempCase(async (_engine, { work }) => {
      const registry = new JobRegistry();
      const gate = () => {
        let open!: () => void;
        const opened = new Promise<void>((r) => (open = r));
        return { open, opened };
      };
      const [finished, derived] = [gate(), gate()];
      const job = registry.start(bigTransferCsv(work, 10), async (p) => {
        p.phase = 'loading';
        p.loadShare = 0.99;
        p.phase = 'finishing';
        p.stepShare = 0.25;
        await finished.opened;
        p.phase = 'deriving';
        p.stepShare = 0.42;
        await derived.opened;
        if (p.signal.aborted) throw new Error('cancelled after the commit');
        return { id: 7 } as SourceDto;
      });
      const until = async (phase: string, state = 'running') => {
        for (;;) {
          const s = registry.status(job.id);
          if ((s.phase === phase && s.state === state) || (s.state !== 'running' && s.state !== state)) return s;
          await new Promise((r) => setTimeout(r, 1));
        }
      };
      expect(await until('finishing')).toMatchObject({ stepPercent: 25, percent: 89.1 });
      finished.open();
      expect(await until('deriving')).toMatchObject({ stepPercent: 42, percent: 89.1 });
      expect(registry.cancel(job.id).state).toBe('running');
      derived.open();
      expect(await until('deriving', 'done')).toMatchObject({ percent: 100, stepPercent: null, source: { id: 7 }, error: null });
    });
  });

  it('says how many good and malformed rows a refused file has, so the workbench can offer to load the good ones, and loads them when asked', async () => {
    await withTempCase(async (engine, { work }) => {
      const file = path.join(work, 'broken.csv');
      const bad = Array.from({ length: 11 }, (_, i) => `2026-01-01T00:${String(i + 5).padStart(2, '0')}:00Z,b,many`);
      fs.writeFileSync(file, ['timestamp,user_id,bytes_transferred', '2026-01-01T00:00:00Z,a,1', ...bad, ''].join('\n'));
      const refused = (await settle(engine, (await engine.service.startIngest({ path: file, kind: 'transfer' })).id)).at(-1) as JobDto;
      expect(refused).toMatchObject({ state: 'failed', refused: { goodRows: 1, malformedRows: 11 } });
      expect(refused.error).toContain('"Load the good rows anyway" in the workbench');
      const loaded = (await settle(engine, (await engine.service.startIngest({ path: file, kind: 'transfer', maxRejectShare: 1 })).id)).at(-1) as JobDto;
      expect(loaded).toMatchObject({ state: 'done', refused: null, source: { rowsLoaded: 1, rowsRejected: 11 } });
      const none = path.join(work, 'none.csv');
      fs.writeFileSync(none, ['timestamp,user_id,bytes_transferred', ...bad, ''].join('\n'));
      expect((await settle(engine, (await engine.service.startIngest({ path: none, kind: 'transfer' })).id)).at(-1)).toMatchObject({ state: 'failed', refused: null });
    });
  });

  it('refuses an unknown job id', async () => {
    await withTempCase(async (engine) => {
      await expect(engine.service.jobStatus({ jobId: 'nope' })).rejects.toThrow(/No job nope/);
    });
  });
});
