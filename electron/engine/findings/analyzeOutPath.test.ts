import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempCase } from '../testing/withTempCase';
import { analyzeCase } from './analyzeCase';

const leakJson = '[{"email":"ann.leak@shop.example","password":"hunter2"},{"email":"bob.leak@shop.example","password":"letmein"}]\n';

describe('analyze checks its output like report does', () => {
  it('refuses to write over an input or into its folder, before loading anything, and leaves the evidence as it was', async () => {
    await withTempCase(async (engine, { work }) => {
      const evidence = path.join(work, 'E');
      fs.mkdirSync(evidence);
      const input = path.join(evidence, 'findings.json');
      fs.writeFileSync(input, leakJson);
      const job = (outDir: string, caseName: string) => ({ caseDir: path.join(work, caseName), inputs: [{ kind: 'leak' as const, file: input }], outDir });

      await expect(analyzeCase(engine.service, job(evidence, 'c1'))).rejects.toThrow(/Refusing to write into .*E: it holds input findings\.json/);
      expect(fs.readFileSync(input, 'utf8')).toBe(leakJson);
      expect(fs.readdirSync(evidence)).toEqual(['findings.json']);
      expect(await engine.service.listSources({})).toEqual([]);

      fs.symlinkSync(evidence, path.join(work, 'alias'));
      await expect(analyzeCase(engine.service, job(path.join(work, 'alias'), 'c3'))).rejects.toThrow(/evidence folders stay as acquired/);
      expect(fs.readFileSync(input, 'utf8')).toBe(leakJson);
    });
  });

  it('refuses an input already in the case too, and an existing findings.json unless overwrite is asked', async () => {
    await withTempCase(async (engine, { work }) => {
      const evidence = path.join(work, 'E');
      fs.mkdirSync(evidence);
      const input = path.join(evidence, 'leak.json');
      fs.writeFileSync(input, leakJson);
      const caseDir = path.join(work, 'c');
      const out = path.join(work, 'out');
      const first = await analyzeCase(engine.service, { caseDir, inputs: [{ kind: 'leak', file: input }], outDir: out });
      expect(first.path).toBe(path.join(fs.realpathSync(out), 'findings.json'));
      await expect(analyzeCase(engine.service, { caseDir, inputs: [], outDir: evidence })).rejects.toThrow(/it holds input leak\.json/);
      await expect(analyzeCase(engine.service, { caseDir, inputs: [], outDir: out })).rejects.toThrow(/already exists; pass overwrite/);
      await expect(analyzeCase(engine.service, { caseDir, inputs: [], outDir: out, overwrite: true })).resolves.toEqual(first);
      expect(fs.readFileSync(input, 'utf8')).toBe(leakJson);
    });
  });

  it('the command line refuses the repro of issue 17 (--leak E/findings.json --out E) and leaves the input as it was', async () => {
    await withTempCase(async (_engine, { work }) => {
      const evidence = path.join(work, 'E');
      fs.mkdirSync(evidence);
      const input = path.join(evidence, 'findings.json');
      fs.writeFileSync(input, leakJson);
      const cli = path.resolve(__dirname, '../../cli.ts');
      const r = spawnSync(process.execPath, ['--import', 'tsx', cli, 'analyze', '--case', path.join(work, 'C'), '--leak', input, '--out', evidence], {
        encoding: 'utf8',
        env: { ...process.env, XDG_CONFIG_HOME: path.join(work, 'config') },
      });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/Refusing to write into .*E: it holds input findings\.json/);
      expect(fs.readFileSync(input, 'utf8')).toBe(leakJson);
    });
  });
});
