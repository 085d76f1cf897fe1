import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOn } from '../testing/sqlOn';
import { openScenarioCase, type ScenarioCase } from '../testing/report/scenarioCase';

describe('evidence manifest', () => {
  let s: ScenarioCase;
  beforeAll(async () => {
    s = await openScenarioCase();
  });
  afterAll(() => s.close());

  it('re-hashes every input and finds it as loaded', async () => {
    const m = await s.engine.service.verifyEvidence({});
    expect(m.map((e) => e.state)).toEqual(['verified', 'verified', 'verified']);
    expect(m.map((e) => e.sha256Now)).toEqual([s.leak.sha256, s.signins.sha256, s.transfers.sha256]);
    const r = await s.engine.service.writeReport({ format: 'html', outPath: path.join(s.outDir, 'ok.html') });
    const html = fs.readFileSync(r.outPath, 'utf8');
    expect(html).toContain('data-evidence="intact"');
    expect(html.match(/data-manifest-state="verified"/g)).toHaveLength(3);
    for (const src of [s.leak, s.signins, s.transfers]) expect(html).toContain(src.sha256);
  });

  it('fails loudly when an input was modified, and again when one was deleted', async () => {
    fs.appendFileSync(s.transfers.path, '2026-10-12T00:00:00Z,intruder,1\n');
    const changed = await s.engine.service.verifyEvidence({});
    expect(changed.find((e) => e.sourceId === s.transfers.id)).toMatchObject({ state: 'changed', sha256: s.transfers.sha256 });
    expect(changed.find((e) => e.sourceId === s.transfers.id)?.sha256Now).not.toBe(s.transfers.sha256);
    const r1 = await s.engine.service.writeReport({ format: 'html', outPath: path.join(s.outDir, 'changed.html') });
    expect(r1.evidenceIntact).toBe(false);
    const html = fs.readFileSync(r1.outPath, 'utf8');
    expect(html).toContain('data-evidence="failed"');
    expect(html).toContain('EVIDENCE INTEGRITY FAILURE');
    expect(html).toContain('data-manifest-state="changed"');
    const md = await s.engine.service.writeReport({ format: 'md', outPath: path.join(s.outDir, 'changed.md') });
    expect(fs.readFileSync(md.outPath, 'utf8')).toMatch(/EVIDENCE INTEGRITY FAILURE.*transfers\.csv CHANGED/);

    fs.rmSync(s.leak.path);
    const r2 = await s.engine.service.writeReport({ format: 'html', outPath: path.join(s.outDir, 'missing.html') });
    const html2 = fs.readFileSync(r2.outPath, 'utf8');
    expect(r2.manifest.find((e) => e.sourceId === s.leak.id)).toMatchObject({ state: 'missing', sha256Now: null });
    expect(html2).toContain('data-manifest-state="missing"');
    expect(html2).toContain('data-manifest-state="changed"');
    const failures = await sqlOn<{ n: number }>(s.engine, `SELECT count(*)::INTEGER AS n FROM audit WHERE action = 'evidence_integrity_failure'`);
    expect(failures[0]?.n).toBe(3);
    const versions = (await s.engine.service.reportMeta({})).versions;
    expect(versions.map((v) => v.evidenceIntact)).toEqual([true, false, false, false]);
  });
});
