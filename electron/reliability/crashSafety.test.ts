import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCase } from '../engine/case/openCase';
import { queryOne, queryRows } from '../engine/sql/queryRows';
import { writeBulkTransferCsv } from '../engine/testing/logs/writeBulkTransferCsv';

const repoRoot = path.resolve(__dirname, '../..');
const child = path.join(repoRoot, 'electron/engine/testing/reliability/ingestChild.ts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-crash-'));
const bigRows = 200_000;

/** Waits until the child has printed `marker`, failing if it exits or errors first. */
function waitFor(proc: ReturnType<typeof spawn>, marker: string, out: { text: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => out.text.includes(marker) && resolve();
    proc.stdout?.on('data', (d: Buffer) => {
      out.text += d.toString();
      check();
    });
    proc.stderr?.on('data', (d: Buffer) => (out.text += d.toString()));
    proc.once('exit', (code) => reject(new Error(`child exited (${code}) before ${marker}: ${out.text}`)));
  });
}

describe('crash safety', () => {
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('SIGKILL in the middle of an ingest (paused inside its transaction by the load itself): the case reopens, earlier sources intact, the interrupted one failed with no rows', async () => {
    const caseDir = path.join(work, 'case');
    const small = path.join(work, 'small.csv');
    const big = path.join(work, 'big.csv');
    fs.writeFileSync(small, 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,alice,100\n2026-01-01T01:00:00Z,bob,200\n2026-01-01T02:00:00Z,carol,300\n');
    writeBulkTransferCsv(big, bigRows);

    const proc = spawn(process.execPath, ['--import', 'tsx', child, caseDir, path.join(work, 'userdata'), small, big], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = { text: '' };
    try {
      await waitFor(proc, 'LOADING', out);
      await expect(openCase(caseDir, false), 'a second process must be refused while the first holds the case').rejects.toThrow(
        /open in another Breachdesk process/,
      );
    } finally {
      proc.kill('SIGKILL');
    }
    if (proc.exitCode === null && proc.signalCode === null) await new Promise((resolve) => proc.once('exit', resolve));
    expect(out.text, 'the child is killed while paused inside the load, so it never finishes').not.toContain('DONE');
    expect(proc.signalCode).toBe('SIGKILL');

    const db = await openCase(caseDir, false);
    try {
      await db.withConnection(async (c) => {
        const sources = await queryRows<{ path: string; status: string; rows: number; message: string | null }>(
          c,
          `SELECT path, status, rows_loaded::DOUBLE AS rows, message FROM sources ORDER BY id`,
        );
        expect(sources).toEqual([
          { path: small, status: 'ready', rows: 3, message: null },
          { path: big, status: 'failed', rows: 0, message: expect.stringMatching(/interrupted/) },
        ]);
        const perSource = await queryRows<{ path: string; n: number }>(
          c,
          `SELECT s.path, count(t.source_id)::DOUBLE AS n FROM sources s LEFT JOIN transfer t ON t.source_id = s.id GROUP BY s.path ORDER BY s.path DESC`,
        );
        expect(perSource).toEqual([
          { path: small, n: 3 },
          { path: big, n: 0 },
        ]);
        expect(await queryOne(c, `SELECT count(*)::DOUBLE AS n FROM transfer`)).toEqual({ n: 3 });
        expect(await queryOne(c, `SELECT count(*)::DOUBLE AS n FROM rejects`)).toEqual({ n: 0 });
        const { n } = await queryOne<{ n: number }>(c, `SELECT count(*)::DOUBLE AS n FROM audit WHERE action = 'open_case'`);
        expect(n).toBe(2);
      });
    } finally {
      db.close();
    }
  }, 120_000);
});
