import { describe, expect, it } from 'vitest';
import { exportParamsSchema } from '../../../shared/api/detectParams';
import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { withTempCase } from '../testing/withTempCase';
import { bulkExport } from './bulkExport';

const hour = 3_600_000;
const day = 24 * hour;
const start = Date.UTC(2024, 3, 1);
type Row = { ts: number; user: string; bytes: number };

/** Inserts transfers straight into the case and runs the bulk-export detector with default parameters. */
async function detect(engine: Engine, rows: Row[]) {
  return requireCase(engine.ctx).withConnection(async (c) => {
    await c.run(
      `INSERT INTO transfer (ts, "user", bytes, source_id)
       SELECT make_timestamptz(r.ts * 1000), r."user", r.bytes, 1 FROM (SELECT unnest(from_json($1, '[{"ts":"BIGINT","user":"VARCHAR","bytes":"BIGINT"}]'), recursive := true)) r`,
      [JSON.stringify(rows)],
    );
    return (await bulkExport(c, exportParamsSchema.parse({}))).findings;
  });
}

/** Two weeks of office hours (09–17) of a few MB each for `user`. */
function officeWeeks(user: string, mb: number): Row[] {
  const rows: Row[] = [];
  for (let d = 0; d < 14; d++) for (let h = 9; h < 17; h++) rows.push({ ts: start + d * day + h * hour + 60_000, user, bytes: (mb + ((d * 7 + h) % 5)) * 1e6 });
  return rows;
}

describe('bulk export severity', () => {
  it('judges an account against its own habit: a sync night 1.7 times its usual is medium, the same account pulling 4 times it by day is high', async () => {
    await withTempCase(async (engine) => {
      const rows: Row[] = [...officeWeeks('svc-sync', 20)];
      for (let d = 0; d < 14; d++) rows.push({ ts: start + d * day + 2 * hour + 60_000, user: 'svc-sync', bytes: d === 9 ? 26e9 : (13 + (d % 5)) * 1e9 });
      rows.push({ ts: start + 5 * day + 14 * hour + 120_000, user: 'svc-sync', bytes: 60e9 });
      const found = await detect(engine, rows);
      expect(found.map((f) => [f.start, f.severity])).toEqual([
        ['2024-04-06T14:00:00Z', 'high'],
        ['2024-04-10T02:00:00Z', 'medium'],
      ]);
      expect(found[1]?.summary).toMatch(/against a usual 1[45]\.\d GB per active hour at that time of day\.$/);
    });
  });

  it('makes the hour many users share (a release download) one low finding naming the crowd, counts the release as usual for one who also moved a little more, and keeps an insider pulling far more high', async () => {
    await withTempCase(async (engine) => {
      const users = Array.from({ length: 12 }, (_, i) => `u${i}`);
      const release = start + 8 * day + 11 * hour;
      const rows: Row[] = users.flatMap((u) => officeWeeks(u, 10));
      users.slice(0, 11).forEach((u, i) => rows.push({ ts: release + 600_000 + i * 1000, user: u, bytes: 12e9 + i * 1e7 }));
      rows.push({ ts: release + 700_000, user: 'u10', bytes: 4.5e9 });
      rows.push({ ts: release + 900_000, user: 'u11', bytes: 80e9 });
      const found = await detect(engine, rows);
      const lows = found.filter((f) => f.severity === 'low');
      expect(lows.map((f) => [f.start, [...f.users].sort(), f.evidence.reason, f.evidence.crowdSize, f.evidence.flaggedUsers])).toEqual([
        ['2024-04-09T11:00:00Z', users.slice(0, 10).sort(), 'crowd', 10, 12],
      ]);
      expect(lows[0]?.summary).toMatch(/^10 users moved alike in the hour from 2024-04-09T11:00:00Z: 12\.\d+ GB to 12\.\d+ GB each .*; 2 others flagged that hour moved far more than the crowd and are judged on their own\.$/);
      expect(found.filter((f) => f.severity !== 'low').map((f) => [f.users[0], f.severity, f.evidence.crowdHours]).sort()).toEqual([
        ['u10', 'medium', 0],
        ['u11', 'high', 0],
      ]);
    });
  });

  it('keeps a weekly job that moves 12 GB every Monday medium, and a one-off run of that size at the same hour (it moved as much at 06:00 before), while a one-off 30 GB pull by the same account is high', async () => {
    await withTempCase(async (engine) => {
      const rows: Row[] = [];
      for (let d = 0; d < 21; d++) {
        rows.push({ ts: start + d * day + 6 * hour + 60_000, user: 'svc-report', bytes: (45 + (d % 5) * 3) * 1e6 });
        if (d % 7 === 0) rows.push({ ts: start + d * day + 6 * hour + 120_000, user: 'svc-report', bytes: (12 + (d % 3) * 0.4) * 1e9 });
      }
      rows.push({ ts: start + 10 * day + 6 * hour + 120_000, user: 'svc-report', bytes: 12e9 });
      rows.push({ ts: start + 17 * day + 6 * hour + 120_000, user: 'svc-report', bytes: 30e9 });
      const found = await detect(engine, rows);
      expect(found.map((f) => [f.start, f.severity, f.evidence.repeatHours, f.evidence.precedentHours])).toEqual([
        ['2024-04-01T06:00:00Z', 'medium', 1, 0],
        ['2024-04-08T06:00:00Z', 'medium', 1, 0],
        ['2024-04-11T06:00:00Z', 'medium', 0, 1],
        ['2024-04-15T06:00:00Z', 'medium', 1, 0],
        ['2024-04-18T06:00:00Z', 'high', 0, 0],
      ]);
    });
  });

  it('says a weekly job\'s run smaller than its run a week apart moved 0 beyond its usual, never a negative amount', async () => {
    await withTempCase(async (engine) => {
      const rows: Row[] = [];
      for (let d = 0; d < 21; d++) {
        rows.push({ ts: start + d * day + 6 * hour + 60_000, user: 'svc-report', bytes: 45e6 });
        if (d % 7 === 0) rows.push({ ts: start + d * day + 6 * hour + 120_000, user: 'svc-report', bytes: [8e9, 12e9, 10e9][d / 7] as number });
      }
      const found = await detect(engine, rows);
      // Each Monday's usual is its largest repeat a week apart (within a factor of two): 8 GB beside 12 GB, 12 beside 10, 10 beside 12.
      expect(found.map((f) => [f.start, f.evidence.repeatHours, f.evidence.total, f.evidence.usual, f.evidence.excess])).toEqual([
        ['2024-04-01T06:00:00Z', 1, 8.045e9, 12.045e9, 0],
        ['2024-04-08T06:00:00Z', 1, 12.045e9, 10.045e9, 2e9],
        ['2024-04-15T06:00:00Z', 1, 10.045e9, 12.045e9, 0],
      ]);
    });
  });

  it('keeps a month-end export of 12 GB medium once the previous month-end shows the same job, and high the first time', async () => {
    await withTempCase(async (engine) => {
      const rows: Row[] = [];
      for (let d = 0; d < 61; d++) rows.push({ ts: start + d * day + 5 * hour + 60_000, user: 'svc-monthend', bytes: (45 + (d % 5) * 3) * 1e6 });
      for (const d of [29, 60]) rows.push({ ts: start + d * day + 22 * hour + 60_000, user: 'svc-monthend', bytes: 12e9 });
      rows.push({ ts: start + 14 * day + 22 * hour + 60_000, user: 'svc-monthend', bytes: 12e9 });
      const found = await detect(engine, rows);
      expect(found.map((f) => [f.start, f.severity, f.evidence.repeatHours])).toEqual([
        ['2024-04-15T22:00:00Z', 'high', 0],
        ['2024-04-30T22:00:00Z', 'medium', 1],
        ['2024-05-31T22:00:00Z', 'medium', 1],
      ]);
    });
  });

  it('makes no crowd of ten users flagged in one hour whose volumes are not alike: each is judged on their own, the 20 and 40 GB pulls high', async () => {
    await withTempCase(async (engine) => {
      const gb = [1.2, 1.5, 2, 3, 5, 8, 12, 20, 40, 60];
      const users = gb.map((_, i) => `u${i}`);
      const rows: Row[] = users.flatMap((u) => officeWeeks(u, 10));
      gb.forEach((x, i) => rows.push({ ts: start + 8 * day + 14 * hour + 600_000 + i * 1000, user: users[i] as string, bytes: x * 1e9 }));
      const found = await detect(engine, rows);
      expect(found.filter((f) => f.evidence.reason === 'crowd')).toEqual([]);
      expect(found.map((f) => [f.users[0], f.severity]).sort()).toEqual([
        ['u0', 'medium'],
        ['u1', 'medium'],
        ['u2', 'medium'],
        ['u3', 'medium'],
        ['u4', 'medium'],
        ['u5', 'medium'],
        ['u6', 'high'],
        ['u7', 'high'],
        ['u8', 'high'],
        ['u9', 'high'],
      ]);
    });
  });

  it('steps a run down one level when the user moved as much at least a day before, but never on a crowd hour of theirs', async () => {
    await withTempCase(async (engine) => {
      const users = Array.from({ length: 10 }, (_, i) => `u${i}`);
      const rows: Row[] = [...users, 'p'].flatMap((u) => officeWeeks(u, 10));
      rows.push({ ts: start + 3 * day + 11 * hour + 600_000, user: 'p', bytes: 2.2e9 });
      rows.push({ ts: start + 8 * day + 15 * hour + 600_000, user: 'p', bytes: 2e9 });
      users.forEach((u, i) => rows.push({ ts: start + 8 * day + 11 * hour + 600_000 + i * 1000, user: u, bytes: 12e9 + i * 1e7 }));
      rows.push({ ts: start + 10 * day + 14 * hour + 600_000, user: 'u0', bytes: 11.5e9 });
      const found = await detect(engine, rows);
      expect(found.map((f) => [f.start, f.evidence.reason === 'crowd' ? 'crowd' : f.users[0], f.severity, f.evidence.precedentHours ?? null])).toEqual([
        ['2024-04-04T11:00:00Z', 'p', 'medium', 0],
        ['2024-04-09T11:00:00Z', 'crowd', 'low', null],
        ['2024-04-09T15:00:00Z', 'p', 'low', 1],
        ['2024-04-11T14:00:00Z', 'u0', 'high', 0],
      ]);
      expect(found[2]?.evidence.priorMax).toBeGreaterThan(2.2e9);
    });
  });

  it('keeps the pull of a heavy user medium when it is within the multiplicative spread of their own hours, and high when it is not or when the user is ordinary', async () => {
    await withTempCase(async (engine) => {
      // Hours spread over orders of magnitude, every fourth at 1.5 GB or more: median 600 MB, quartiles 200 MB and 1.5 GB.
      const spread = [50e6, 200e6, 600e6, 1.5e9, 4e9];
      const rows: Row[] = [...officeWeeks('office', 20)];
      for (const user of ['analyst', 'analyst2']) for (let d = 0; d < 14; d++) for (let h = 9; h < 17; h++) rows.push({ ts: start + d * day + h * hour + 60_000, user, bytes: spread[(d * 8 + h) % 5] as number });
      const pull = start + 10 * day + 20 * hour + 120_000;
      rows.push({ ts: pull, user: 'analyst', bytes: 15e9 }, { ts: pull, user: 'office', bytes: 15e9 }, { ts: pull, user: 'analyst2', bytes: 200e9 });
      const found = await detect(engine, rows);
      const at = (user: string) => found.find((f) => f.users[0] === user && f.start === '2024-04-11T20:00:00Z');
      expect([at('analyst')?.severity, at('office')?.severity, at('analyst2')?.severity]).toEqual(['medium', 'high', 'high']);
      expect(at('analyst')?.evidence.heavyHabit).toBe(true);
      expect(at('analyst')?.evidence.logScore).toBeCloseTo(Math.log(15e9 / 600e6) / (Math.log(1.5e9 / 200e6) / 1.349), 1);
    });
  });

  it('keeps the pull of a job account at another time of day high, though half its hours move tens of GB: judged against that hour of day too', async () => {
    await withTempCase(async (engine) => {
      const rows: Row[] = [];
      for (let d = 0; d < 14; d++) {
        for (let h = 0; h < 8; h++) rows.push({ ts: start + d * day + h * hour + 60_000, user: 'svc-backup', bytes: (18 + ((d + h) % 5)) * 1e9 });
        for (let h = 9; h < 17; h++) rows.push({ ts: start + d * day + h * hour + 60_000, user: 'svc-backup', bytes: (20 + ((d + h) % 5)) * 1e6 });
      }
      rows.push({ ts: start + 10 * day + 14 * hour + 120_000, user: 'svc-backup', bytes: 80e9 });
      const pull = (await detect(engine, rows)).find((f) => f.start === '2024-04-11T14:00:00Z');
      expect([pull?.severity, pull?.evidence.heavyHabit]).toEqual(['high', false]);
    });
  });
});
