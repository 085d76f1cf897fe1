import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine/createEngine';
import { analyzeCase } from '../engine/findings/analyzeCase';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

/** Every folder and file under `dir` (itself included) with its permission bits. */
function modesUnder(dir: string): Array<[string, 'dir' | 'file', number]> {
  return [
    [dir, 'dir', mode(dir)],
    ...fs.readdirSync(dir, { withFileTypes: true }).flatMap((e): Array<[string, 'dir' | 'file', number]> => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? modesUnder(p) : e.isFile() ? [[p, 'file', mode(p)]] : [];
    }),
  ];
}

describe('case files are private to their owner', () => {
  let work: string;
  let engine: Engine;
  let umaskBefore: number;
  beforeAll(() => {
    umaskBefore = process.umask(0o022);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-perms-'));
    fs.chmodSync(work, 0o755);
    engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
  });
  afterAll(() => {
    engine.close();
    fs.rmSync(work, { recursive: true, force: true });
    process.umask(umaskBefore);
  });

  it('the case folder is 0700, case.duckdb, its WAL and every file the engine writes 0600, under a permissive umask', async () => {
    const inputs = path.join(work, 'inputs');
    fs.mkdirSync(inputs, { mode: 0o755 });
    const transfer = path.join(inputs, 'transfer.csv');
    fs.writeFileSync(transfer, 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,alice,100\n2026-01-01T01:00:00Z,bob,200\n');
    fs.chmodSync(transfer, 0o644);
    const caseDir = path.join(work, 'case');
    const out = path.join(work, 'out');
    await analyzeCase(engine.service, { caseDir, inputs: [{ kind: 'transfer', file: transfer }], outDir: out });
    const report = await engine.service.writeReport({ format: 'md', outPath: path.join(out, 'report.md') });
    const exported = await engine.service.exportTableCsv({ table: 'transfer', outPath: path.join(out, 'transfer.csv') });
    expect(fs.existsSync(path.join(caseDir, 'case.duckdb.wal')), 'a write leaves a WAL to check').toBe(true);

    const caseModes = modesUnder(caseDir);
    expect(caseModes.map(([p]) => path.relative(caseDir, p))).toEqual(expect.arrayContaining(['', 'case.duckdb', 'case.duckdb.wal', 'tmp']));
    for (const [p, kind, m] of [...caseModes, ...modesUnder(out), ...modesUnder(path.join(work, 'userdata'))]) expect(m.toString(8), `${kind} ${p}`).toBe(kind === 'dir' ? '700' : '600');
    for (const p of [report.outPath, exported.outPath]) expect(mode(p).toString(8), p).toBe('600');
    expect(mode(transfer).toString(8), 'the input is not touched').toBe('644');
  });

  it('opening a case made before this rule closes it', async () => {
    engine.close();
    const caseDir = path.join(work, 'case');
    fs.chmodSync(caseDir, 0o755);
    fs.chmodSync(path.join(caseDir, 'case.duckdb'), 0o644);
    await engine.service.openCase({ dir: caseDir, create: false });
    expect(mode(caseDir).toString(8)).toBe('700');
    expect(mode(path.join(caseDir, 'case.duckdb')).toString(8)).toBe('600');
  });
});
