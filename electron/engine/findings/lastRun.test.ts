import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxFlaggedHours } from '../exports/flaggedHours';
import { withTempCase, writeInput } from '../testing/withTempCase';

const hourMs = 3_600_000;
const start = Date.UTC(2024, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * A transfer log whose per-user baseline flags more user-hours than one run turns into findings: `pullers` people with
 * one 10 GB hour each (no history, so the reference z-score judges them), spread over ten crowd hours, among 1.2 M
 * one-kilobyte hours of 100 steady people (which keep the 10 GB hours above z = 3).
 */
function writeOverCapLog(file: string, pullers: number): void {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'timestamp,user_id,bytes_transferred\n');
  for (let u = 0; u < 100; u++) {
    const lines: string[] = [];
    for (let h = 0; h < 12_000; h++) lines.push(`${iso(start + h * hourMs)},steady${u},1000`);
    fs.writeSync(fd, lines.join('\n') + '\n');
  }
  const lines: string[] = [];
  for (let u = 0; u < pullers; u++) lines.push(`${iso(start + (u % 10) * hourMs + 60_000)},puller${u},10000000000`);
  fs.writeSync(fd, lines.join('\n') + '\n');
  fs.closeSync(fd);
}

describe('lastRun: the last stored run, its notes, and the changes since', () => {
  it('is null before any run, keeps a run’s notes after it, and counts the input changes that followed until the next run', async () => {
    await withTempCase(async (engine, { work }) => {
      expect(await engine.service.lastRun({})).toBeNull();
      const pullers = maxFlaggedHours + 10_000;
      const file = path.join(work, 'transfers.csv');
      writeOverCapLog(file, pullers);
      await engine.service.addSource({ path: file, kind: 'transfer' });
      const summary = await engine.service.runDetectors({});
      expect(summary.notes).toHaveLength(1);
      expect(summary.notes[0]).toContain(`flagged ${pullers.toLocaleString('en-US')} user-hours`);

      const last = await engine.service.lastRun({});
      expect(last).toMatchObject({ total: summary.total, byKind: summary.byKind, notes: summary.notes, changesSince: 0 });
      expect(Date.parse(last?.at ?? '')).toBeGreaterThan(Date.now() - 3_600_000);

      const more = writeInput(work, 'more.csv', `timestamp,user_id,bytes_transferred\n${iso(start)},late,5\n`);
      await engine.service.addSource({ path: more, kind: 'transfer' });
      await engine.service.addDismissal({ kind: 'account', value: 'late', note: 'test account' });
      expect((await engine.service.lastRun({}))?.changesSince).toBe(2);

      await engine.service.runDetectors({});
      expect((await engine.service.lastRun({}))?.changesSince).toBe(0);
    });
  }, 120_000);
});
