import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoTransferCsv } from '../demo/writeDemoTransferCsv';
import { corpusFile } from '../testing/corpusFile';
import { insertFindingRows, type FindingRow } from '../testing/planted/insertFindingRows';
import { withTempCase } from '../testing/withTempCase';
import { createEngine } from '../createEngine';

const sshd = corpusFile('rhel_secure_log', 'secure-rhel7-head.log');
const workerSource = { file: path.join(__dirname, 'csvMaskWorker.ts') };

/** Hand-made findings enough for several chunks of the stream, personal values in every place the masker looks: evidence keys, free text, nested lists. */
function manyFindings(n: number): FindingRow[] {
  return Array.from({ length: n }, (_, i) => {
    const user = `user${String(i % 700).padStart(4, '0')}@corp.example`;
    const ip = `198.51.100.${i % 250}`;
    return {
      id: `made-${i}`,
      kind: 'bulk_export',
      severity: 'low',
      ips: [ip],
      users: [user],
      start: '2024-03-05T01:00:00Z',
      end: '2024-03-05T01:59:59Z',
      summary: `${user} moved 3 GB from ${ip}`,
      evidence: {
        user,
        note: `mailed ${user} and carol@corp.example at 10:00:00`,
        hourly: [{ hour: '2024-03-05T01:00:00Z', value: i, ip }],
        sources: [{ ip, accounts: [user] }],
      },
    };
  });
}

/** A user of the detectors' own bulk-export rows in the findings list (not the hand-made ones): a pseudonym only the list handed out. */
function bulkUsers(csv: string): string[] {
  return csv
    .split('\r\n')
    .filter((l) => l.includes(',bulk_export,') && !l.startsWith('made-'))
    .flatMap((l) => [...l.matchAll(/""([^"]+#[0-9a-f]{6})""/g)].map((m) => m[1] as string))
    .slice(0, 1);
}

describe('MaskWorker: the findings list masked in a worker thread', () => {
  it('writes the same bytes as the engine thread, and the case can name the pseudonyms the worker handed out', async () => {
    await withTempCase(async (engine, { work, caseDir }) => {
      const transfer = path.join(work, 'transfer.csv');
      writeDemoTransferCsv(transfer);
      await engine.api.addSource({ path: sshd, kind: 'signin', options: { year: 2024 } });
      await engine.api.addSource({ path: transfer, kind: 'transfer' });
      await engine.api.runDetectors({});
      await insertFindingRows(engine, manyFindings(6000));
      const here = path.join(work, 'here');
      fs.mkdirSync(here);
      const inThread = await engine.api.writeFindingLists({ outDir: here, lists: ['findings'] });
      engine.close();

      // A fresh engine on the same case: its pseudonym book starts empty, so only the worker's answers can fill it.
      const fresh = createEngine({ userDataDir: path.join(work, 'userdata2'), transport: 'http', maskWorker: workerSource });
      try {
        await fresh.api.openCase({ dir: caseDir });
        const there = path.join(work, 'there');
        fs.mkdirSync(there);
        const offThread = await fresh.api.writeFindingLists({ outDir: there, lists: ['findings'] });
        expect(offThread.files).toEqual(inThread.files);
        expect(offThread.files[0]?.rows).toBeGreaterThan(6000);
        const csv = fs.readFileSync(path.join(there, 'findings.findings.csv'), 'utf8');
        expect(csv).toBe(fs.readFileSync(path.join(here, 'findings.findings.csv'), 'utf8'));
        const [user] = bulkUsers(csv);
        expect(user).toMatch(/#[0-9a-f]{6}$/);
        const series = await fresh.api.userHourSeries({ user: user as string });
        expect(series.length).toBeGreaterThan(0);
      } finally {
        fresh.close();
      }
    });
  });

  it('refuses the write when its worker cannot start, leaving no file behind', async () => {
    await withTempCase(async (engine, { work }) => {
      const transfer = path.join(work, 'transfer.csv');
      writeDemoTransferCsv(transfer);
      await engine.api.addSource({ path: transfer, kind: 'transfer' });
      await engine.api.runDetectors({});
      engine.ctx.maskWorker = { file: path.join(work, 'no-such-worker.cjs') };
      const out = path.join(work, 'out');
      fs.mkdirSync(out);
      await expect(engine.api.writeFindingLists({ outDir: out, lists: ['findings'] })).rejects.toThrow(/no-such-worker|masking worker/);
      expect(fs.readdirSync(out)).toEqual([]);
    });
  });
});
