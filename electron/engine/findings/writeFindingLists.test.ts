import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingListNames } from '../../../shared/api/findingsApi';
import { writeDemoTransferCsv } from '../demo/writeDemoTransferCsv';
import { corpusFile } from '../testing/corpusFile';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase } from '../testing/withTempCase';

const sshd = corpusFile('rhel_secure_log', 'secure-rhel7-head.log');

describe('writeFindingLists: the lists asked, as written all at once', () => {
  it('writes only the asked lists, each byte for byte as the full write does, and audits each write', async () => {
    await withTempCase(async (engine, { work }) => {
      const transfer = path.join(work, 'transfer.csv');
      writeDemoTransferCsv(transfer);
      await engine.api.addSource({ path: sshd, kind: 'signin', options: { year: 2024 } });
      await engine.api.addSource({ path: transfer, kind: 'transfer' });
      await engine.api.runDetectors({});
      const all = path.join(work, 'all');
      const split = path.join(work, 'split');
      for (const dir of [all, split]) fs.mkdirSync(dir);
      const whole = await engine.api.writeFindingLists({ outDir: all });
      expect(whole.files.map((f) => f.list)).toEqual(findingListNames);

      const exportsOnly = await engine.api.writeFindingLists({ outDir: split, lists: ['baseline_flags', 'reference_anomalies'] });
      expect(exportsOnly.files.map((f) => f.list)).toEqual(['reference_anomalies', 'baseline_flags']);
      expect(fs.readdirSync(split).sort()).toEqual(['findings.baseline_flags.csv', 'findings.reference_anomalies.csv']);
      const rest = await engine.api.writeFindingLists({ outDir: split, lists: ['findings', 'login_spikes', 'member_accounts', 'member_sources'] });
      expect([...exportsOnly.files, ...rest.files].sort((a, b) => a.list.localeCompare(b.list))).toEqual([...whole.files].sort((a, b) => a.list.localeCompare(b.list)));
      for (const f of whole.files) expect(fs.readFileSync(path.join(split, f.file)), f.file).toEqual(fs.readFileSync(path.join(all, f.file)));
      expect(whole.files.find((f) => f.list === 'findings')?.rows).toBeGreaterThan(0);

      const audited = await sqlOn<{ files: string }>(engine, `SELECT (detail->'files')::VARCHAR AS files FROM audit WHERE action = 'write_finding_lists' ORDER BY rowid`);
      expect(audited.map((a) => (JSON.parse(a.files) as Array<{ file: string }>).map((f) => f.file))).toEqual([
        findingListNames.map((l) => `findings.${l}.csv`),
        ['findings.reference_anomalies.csv', 'findings.baseline_flags.csv'],
        ['findings.findings.csv', 'findings.login_spikes.csv', 'findings.member_accounts.csv', 'findings.member_sources.csv'],
      ]);
      await expect(engine.api.writeFindingLists({ outDir: split, lists: [], overwrite: true })).rejects.toThrow(/lists/);
    });
  });
});
