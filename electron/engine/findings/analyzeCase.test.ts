import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoTransferFacts, writeDemoTransferCsv } from '../demo/writeDemoTransferCsv';
import { corpusFile } from '../testing/corpusFile';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { analyzeCase } from './analyzeCase';
import type { FindingsReport } from './findingsReport';

const sshd = corpusFile('rhel_secure_log', 'secure-rhel7-head.log');
const isoUtc = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

describe('analyze: ingest, run every detector, write findings.json', () => {
  it('writes the breachdesk.findings/2 document, reproducibly', async () => {
    await withTempCase(async (engine, { work }) => {
      const evidence = path.join(work, 'evidence');
      fs.mkdirSync(evidence);
      const transfer = path.join(evidence, 'transfer.csv');
      writeDemoTransferCsv(transfer);
      const leak = writeInput(evidence, 'leak.csv', 'email,password,last_ip\nroot@lab.example,123456,202.109.143.106\nadmin@lab.example,$2b$10$abcdefghijklmnopqrstuu0123456789012345678901234567890,10.1.1.1\n');
      const inputs = [
        { kind: 'leak' as const, file: leak },
        { kind: 'signin' as const, file: sshd },
        { kind: 'transfer' as const, file: transfer },
      ];
      const outA = await analyzeCase(engine.service, { caseDir: path.join(work, 'a'), inputs, outDir: path.join(work, 'a', 'out'), options: { year: 2024 } });
      const outB = await analyzeCase(engine.service, { caseDir: path.join(work, 'b'), inputs, outDir: path.join(work, 'b', 'out'), options: { year: 2024 } });
      const a = JSON.parse(fs.readFileSync(outA.path, 'utf8')) as FindingsReport;
      const b = JSON.parse(fs.readFileSync(outB.path, 'utf8')) as FindingsReport;
      expect({ ...a, generatedAt: '' }).toEqual({ ...b, generatedAt: '' });

      expect(a.schema).toBe('breachdesk.findings/2');
      expect(a.sources.map((s) => [s.kind, s.format, s.rejected])).toEqual([
        ['leak', expect.any(String), 0],
        ['signin', 'sshd-syslog', 0],
        ['transfer', 'transfer-csv', 0],
      ]);
      expect(a.sources.every((s) => /^[0-9a-f]{64}$/.test(s.sha256) && s.rows > 0)).toBe(true);
      expect(a.loginSpikes.params).toEqual({ failureCodes: ['50126', '50053', '50055', '50056'], binMinutes: 5, minExclusive: 5 });
      expect(a.loginSpikes.rows.every((r) => isoUtc.test(r.bin))).toBe(true);

      expect(a.exportVolumes.seed.length).toBeGreaterThan(0);
      expect(a.exportVolumes.seed.every((r) => isoUtc.test(r.hour) && r.z > 3)).toBe(true);
      expect(a.exportVolumes.baseline.map((r) => [r.user, r.hour])).toEqual([[demoTransferFacts.vendorUser, demoTransferFacts.vendorExfilHour]]);
      expect(a.exportVolumes.seed.some((r) => r.user === demoTransferFacts.backupUser)).toBe(true);

      expect(a.coverage).toHaveLength(1);
      expect(a.exposure.leakedIdentities).toBe(2);
      expect(a.exposure.leakedIpsSeen.ips.map((i) => i.ip)).toEqual(['202.109.143.106']);

      const kinds = a.findings.map((f) => f.kind);
      expect(kinds).toContain('brute_force');
      expect(kinds.filter((k) => k === 'bulk_export')).toHaveLength(1);
      const bulk = a.findings.find((f) => f.kind === 'bulk_export');
      expect(bulk).toMatchObject({ users: [demoTransferFacts.vendorUser], start: demoTransferFacts.vendorExfilHour, severity: 'high' });
      for (const f of a.findings) {
        expect(f.start).toMatch(isoUtc);
        expect(f.end).toMatch(isoUtc);
        expect(Object.keys(f)).toEqual(['id', 'kind', 'severity', 'ips', 'users', 'start', 'end', 'summary', 'evidence', 'status', 'note', 'members']);
      }
    });
  });
});
