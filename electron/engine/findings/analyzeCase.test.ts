import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoTransferFacts, writeDemoTransferCsv } from '../demo/writeDemoTransferCsv';
import { corpusFile } from '../testing/corpusFile';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { analyzeCase } from './analyzeCase';
import { topRows, type FindingsReport } from './findingsReport';
import { findingListNames } from '../../../shared/api/findingsApi';

const sshd = corpusFile('rhel_secure_log', 'secure-rhel7-head.log');
const isoUtc = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

describe('analyze: ingest, run every detector, write findings.json', () => {
  it('writes the breachdesk.findings/3 document, reproducibly', async () => {
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
      // The clear in-process service reveals everything, so the side files are asked clear too.
      const outA = await analyzeCase(engine.service, { caseDir: path.join(work, 'a'), inputs, outDir: path.join(work, 'a', 'out'), options: { year: 2024 }, includePersonalData: true });
      const outB = await analyzeCase(engine.service, { caseDir: path.join(work, 'b'), inputs, outDir: path.join(work, 'b', 'out'), options: { year: 2024 }, includePersonalData: true });
      const a = JSON.parse(fs.readFileSync(outA.path, 'utf8')) as FindingsReport;
      const b = JSON.parse(fs.readFileSync(outB.path, 'utf8')) as FindingsReport;
      expect({ ...a, generatedAt: '' }).toEqual({ ...b, generatedAt: '' });
      // The sign-in log's addresses got their country and AS before the detectors ran, as the Infrastructure screen gives them.
      expect((await engine.service.ipIntelStatus({})).datasets.map((d) => d.name).sort()).toEqual(['@ip-location-db/asn', '@ip-location-db/geo-whois-asn-country']);

      expect(a.schema).toBe('breachdesk.findings/3');
      expect(a.sources.map((s) => [s.kind, s.format, s.rejected])).toEqual([
        ['leak', expect.any(String), 0],
        ['signin', 'sshd-syslog', 0],
        ['transfer', 'transfer-csv', 0],
      ]);
      expect(a.sources.every((s) => /^[0-9a-f]{64}$/.test(s.sha256) && s.rows > 0)).toBe(true);
      expect(a.loginSpikes.params).toEqual({ failureCodes: ['50126', '50053', '50055', '50056'], binMinutes: 5, minExclusive: 5 });
      expect(a.loginSpikes.rows.every((r) => isoUtc.test(r.bin))).toBe(true);

      const seed = a.exportVolumes.seed;
      expect(seed.total).toBeGreaterThan(0);
      expect(seed.rows).toHaveLength(seed.total);
      expect(seed.rows.every((r) => isoUtc.test(r.hour) && r.z > 3)).toBe(true);
      expect(a.exportVolumes.baseline.rows.map((r) => [r.user, r.hour])).toEqual([[demoTransferFacts.vendorUser, demoTransferFacts.vendorExfilHour]]);
      expect(a.exportVolumes.baseline.total).toBe(1);

      expect(a.files.map((f) => [f.list, f.file])).toEqual(findingListNames.map((l) => [l, `findings.${l}.csv`]));
      expect([a.loginSpikes.file, seed.file, a.exportVolumes.baseline.file]).toEqual(['findings.login_spikes.csv', 'findings.reference_anomalies.csv', 'findings.baseline_flags.csv']);
      const outDir = path.dirname(outA.path);
      const lines = (name: string) => fs.readFileSync(path.join(outDir, name), 'utf8').split('\r\n').slice(0, -1);
      for (const f of a.files) {
        const bytes = fs.readFileSync(path.join(outDir, f.file));
        expect([bytes.length, createHash('sha256').update(bytes).digest('hex'), lines(f.file).length - 1]).toEqual([f.bytes, f.sha256, f.rows]);
        expect((fs.statSync(path.join(outDir, f.file)).mode & 0o777).toString(8)).toBe('600');
      }
      const seedLines = lines('findings.reference_anomalies.csv');
      expect(seedLines[0]).toBe('user,hour,unit,bytes,z');
      expect(seedLines.length - 1).toBe(seed.total);
      expect(seedLines.slice(1).map((l) => l.split(',').slice(0, 4))).toEqual(seed.rows.map((r) => [r.user ?? '', r.hour, r.unit, String(r.bytes)]));
      expect(seedLines.some((l) => l.startsWith(`${demoTransferFacts.backupUser},`))).toBe(true);
      expect(lines('findings.baseline_flags.csv')[1]).toMatch(new RegExp(`^${demoTransferFacts.vendorUser},${demoTransferFacts.vendorExfilHour},bytes,`));
      const memberRows = a.findings.rows.reduce((n, f) => n + f.members.accounts.total, 0);
      expect(lines('findings.member_accounts.csv').length - 1).toBe(memberRows);
      expect(a.findings.rows.every((f) => f.members.accounts.rows.length === Math.min(topRows, f.members.accounts.total))).toBe(true);

      expect(a.coverage).toHaveLength(1);
      expect(a.exposure.leakedIdentities).toBe(2);
      expect(a.exposure.leakedIpsSeen.ips.map((i) => i.ip)).toEqual(['202.109.143.106']);

      const kinds = a.findings.rows.map((f) => f.kind);
      expect(kinds).toContain('brute_force');
      expect(kinds.filter((k) => k === 'bulk_export')).toHaveLength(1);
      const bulk = a.findings.rows.find((f) => f.kind === 'bulk_export');
      expect(bulk).toMatchObject({ users: [demoTransferFacts.vendorUser], start: demoTransferFacts.vendorExfilHour, severity: 'high' });
      for (const f of a.findings.rows) {
        expect(f.start).toMatch(isoUtc);
        expect(f.end).toMatch(isoUtc);
        expect(Object.keys(f)).toEqual(['id', 'kind', 'severity', 'ips', 'users', 'start', 'end', 'summary', 'evidence', 'status', 'note', 'members']);
      }
    });
  });

  it('stays bounded: a list longer than topRows keeps its first rows and exact total, its side file every row, masked without the opt-in', async () => {
    await withTempCase(async (engine, { work }) => {
      const evidence = path.join(work, 'evidence');
      fs.mkdirSync(evidence);
      const pulls = topRows + 50;
      // Each pull at its own user's hour, at most seven in one hour: ten or more alike in an hour are one crowd finding.
      const lines = ['timestamp,user_id,bytes_transferred'];
      for (let u = 0; u < 2 * pulls; u += 1) {
        for (let h = 0; h < 24; h += 1) lines.push(`2024-05-01T${String(h).padStart(2, '0')}:10:00Z,staff${u}@corp.example,${u < pulls && h === u % 24 ? 50e9 : 1000 + u}`);
      }
      const transfer = writeInput(evidence, 'transfer.csv', `${lines.join('\n')}\n`);
      const out = await analyzeCase(engine.api, { caseDir: path.join(work, 'c'), inputs: [{ kind: 'transfer', file: transfer }], outDir: path.join(work, 'out') });
      // A case of transfers alone has no sign-in address to locate: the datasets are not loaded.
      expect((await engine.service.ipIntelStatus({})).datasets).toEqual([]);
      const text = fs.readFileSync(out.path, 'utf8');
      const doc = JSON.parse(text) as FindingsReport;
      expect([doc.exportVolumes.seed.total, doc.exportVolumes.seed.rows.length]).toEqual([pulls, topRows]);
      const side = fs.readFileSync(path.join(path.dirname(out.path), 'findings.reference_anomalies.csv'), 'utf8').split('\r\n').slice(1, -1);
      expect(side).toHaveLength(pulls);
      expect(side.slice(0, topRows).map((l) => l.split(',')[0])).toEqual(doc.exportVolumes.seed.rows.map((r) => r.user));
      expect(side.every((l) => /^s\*+@c\*+\.example#[0-9a-f]{6},2024-05-01T\d\d:00:00Z,bytes,50000000000,/.test(l))).toBe(true);
      expect([doc.findings.total, doc.findings.rows.length, doc.findings.file]).toEqual([pulls, topRows, 'findings.findings.csv']);
      const findingLines = fs.readFileSync(path.join(path.dirname(out.path), 'findings.findings.csv'), 'utf8').split('\r\n').slice(1, -1);
      expect(findingLines).toHaveLength(pulls);
      expect(findingLines.slice(0, topRows).map((l) => l.split(',')[0])).toEqual(doc.findings.rows.map((f) => f.id));
      const all = fs.readdirSync(path.dirname(out.path)).map((f) => fs.readFileSync(path.join(path.dirname(out.path), f), 'utf8'));
      expect(all.join('')).toContain('s***@c***.example#');
      expect(all.join('')).not.toMatch(/staff\d+@corp/);
    });
  });
});
