import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiArgs, apiMethods } from '../../shared/api';
import type { Result } from '../../shared/result';
import { requireCase } from '../engine/case/requireCase';
import type { Engine } from '../engine/createEngine';
import { dispatch } from '../engine/dispatch';
import { auditPrefix } from '../engine/testing/caseFingerprint';
import { fileIdentity } from '../engine/testing/reliability/fileIdentity';
import { settleJob } from '../engine/testing/settleJob';
import { validSample } from '../engine/testing/reliability/schemaSamples';
import { withTempCase, writeInput } from '../engine/testing/withTempCase';

/** Evidence files a case reads: a transfer log, a malformed transfer log and a leaked sample. */
function writeEvidence(work: string): { good: string; bad: string; leak: string } {
  const good = writeInput(work, 'transfer_log.csv', 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,alice,100\n2026-01-01T01:00:00Z,bob,200\n');
  const bad = writeInput(work, 'broken.csv', 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,alice,100\n2026-01-01T01:00:00Z,bob,lots\n');
  const leak = writeInput(work, 'leak.csv', 'email,first_name,password\nann@mail.example,Ann,$2b$10$abcdefghijklmnopqrstuuJ9k5n1h8Ol1xH3W1t4Q7sS0h2P4dP7W\nbob@mail.example,Bob,hunter2\n');
  const past = new Date('2020-02-02T02:02:02Z');
  for (const f of [good, bad, leak]) fs.utimesSync(f, past, past);
  return { good, bad, leak };
}

/** A valid argument for `method` that points every path at real evidence or at a fresh output file. */
function argFor(method: (typeof apiMethods)[number], caseDir: string, work: string, input: string): Record<string, unknown> {
  const arg = validSample(apiArgs[method]) as Record<string, unknown>;
  for (const k of Object.keys(arg)) {
    if (k === 'dir') arg[k] = caseDir;
    else if (k === 'path') arg[k] = input;
    else if (/path$/i.test(k)) arg[k] = path.join(work, 'out', `${method}-${k}`);
    else if (k === 'kind') arg[k] = 'transfer';
    else if (k === 'table') arg[k] = 'transfer';
    else if (k === 'column') arg[k] = 'user';
  }
  return arg;
}

/** Waits for a background job answer to settle, so its effects are in the case before the next check. */
async function settle(engine: Engine, r: Result<unknown>): Promise<void> {
  const job = r.ok ? (r.value as { id?: unknown; state?: unknown }) : null;
  if (typeof job?.id !== 'string' || job.state !== 'running') return;
  await settleJob(engine.api, job.id);
}

describe('evidence is never altered and the audit trail only grows', () => {
  it('inputs keep their bytes, inode, mtime and ctime through ingest (loaded and refused) and every Api method', async () => {
    await withTempCase(async (engine, { caseDir, work }) => {
      fs.mkdirSync(path.join(work, 'out'));
      const inputs = writeEvidence(work);
      const before = Object.fromEntries(Object.entries(inputs).map(([k, f]) => [k, fileIdentity(f)]));

      expect(await dispatch(engine.api, 'addSource', { path: inputs.good, kind: 'transfer' })).toMatchObject({ ok: true });
      expect(await dispatch(engine.api, 'addSource', { path: inputs.bad, kind: 'transfer', maxRejectShare: 0 })).toMatchObject({ ok: false });
      expect(await dispatch(engine.api, 'addSource', { path: inputs.leak, kind: 'leak' })).toMatchObject({ ok: true });
      const answered: string[] = [];
      for (const m of apiMethods) {
        const r = await dispatch(engine.api, m, argFor(m, caseDir, work, inputs.good));
        if (r.ok) answered.push(m);
        await settle(engine, r);
      }
      expect(answered.length, 'most methods must really run, not just refuse').toBeGreaterThan(apiMethods.length / 2);
      expect(answered).toEqual(expect.arrayContaining(['addSource', 'startIngest', 'writeReport', 'listSources']));

      const after = Object.fromEntries(Object.entries(inputs).map(([k, f]) => [k, fileIdentity(f)]));
      expect(after).toEqual(before);
    });
  });

  it('no Api method deletes or rewrites an audit row: after each call the earlier rows are still first and unchanged', async () => {
    await withTempCase(async (engine, { caseDir, work }) => {
      fs.mkdirSync(path.join(work, 'out'));
      const inputs = writeEvidence(work);
      await engine.service.addSource({ path: inputs.good, kind: 'transfer' });
      await dispatch(engine.api, 'addSource', { path: inputs.bad, kind: 'transfer' });
      const audit = () =>
        requireCase(engine.ctx).withConnection(async (c) => {
          const rows = (await c.runAndReadAll(`SELECT count(*)::DOUBLE FROM audit`)).getRows();
          return Number(rows[0]?.[0] ?? 0);
        });
      let count = await audit();
      let prefix = await requireCase(engine.ctx).withConnection((c) => auditPrefix(c, count));
      expect(count).toBeGreaterThanOrEqual(3);
      for (const m of apiMethods) {
        const r = await dispatch(engine.api, m, argFor(m, caseDir, work, inputs.good));
        await settle(engine, r);
        const still = await requireCase(engine.ctx).withConnection((c) => auditPrefix(c, count));
        expect(still, `${m} rewrote or removed earlier audit rows`).toBe(prefix);
        const now = await audit();
        expect(now, m).toBeGreaterThanOrEqual(count);
        count = now;
        prefix = await requireCase(engine.ctx).withConnection((c) => auditPrefix(c, count));
      }
    });
  });
});
