import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportScenario } from '../testing/scenarios/exportScenario';
import { withTempCase, writeInput } from '../testing/withTempCase';

describe('a report written before the detectors ran', () => {
  it('lists the bulk exports the detector finds, with the ids and severities it stores once run', async () => {
    await withTempCase(async (engine, { work }) => {
      const s = exportScenario({ seed: 5, users: 80, days: 30, burstShare: 0, bulk: 4, slow: 0, serviceExfil: 1 });
      await engine.service.addSource({ path: writeInput(work, 'transfers.csv', s.csv), kind: 'transfer' });
      fs.mkdirSync(path.join(work, 'out'));
      const out = await engine.service.writeReport({ format: 'json', outPath: path.join(work, 'out', 'live.json') });
      const live = JSON.parse(fs.readFileSync(out.outPath, 'utf8')) as { report: { findingsOrigin: string }; findings: Array<{ id: string; kind: string; severity: string }> };
      expect(live.report.findingsOrigin).toBe('live');
      const liveBulk = live.findings.filter((f) => f.kind === 'bulk_export').map((f) => [f.id, f.severity]);
      expect(liveBulk.filter(([, severity]) => severity === 'high').length).toBeGreaterThan(0);

      await engine.service.runDetectors({});
      const stored = (await engine.service.listFindings({ kind: 'bulk_export', limit: 1000 })).rows.map((f) => [f.id, f.severity]);
      expect(liveBulk.sort()).toEqual(stored.sort());
    });
  });
});
