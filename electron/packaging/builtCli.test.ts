import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNativeExternal, nativeExternals } from './nativeExternals.mts';
import { runtimeClosure } from './runtimeClosure';
import { runtimeDataPackages } from './runtimeData';

const repoRoot = path.resolve(__dirname, '../..');

describe('the built `breachdesk` command (vite.cli.config.mts)', () => {
  let work: string;
  let cli: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], {
      cwd: work,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: work, XDG_CONFIG_HOME: path.join(work, 'config') },
      timeout: 120_000,
    });

  // The bundle is built into a temp folder whose node_modules holds only the native DuckDB closure and the IP datasets
  // the package ships beside it (symlinked from the install): if the command needed tsx, zod or any other package, it would fail here.
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-cli-'));
    const outDir = path.join(work, 'dist');
    await build({ configFile: path.join(repoRoot, 'vite.cli.config.mts'), root: repoRoot, logLevel: 'silent', build: { outDir } });
    cli = path.join(outDir, 'cli.cjs');
    for (const dir of runtimeClosure(repoRoot, [...nativeExternals, ...runtimeDataPackages])) {
      const link = path.join(work, dir);
      fs.mkdirSync(path.dirname(link), { recursive: true });
      fs.symlinkSync(path.join(repoRoot, dir), link, 'dir');
    }
  }, 120_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('bundles everything but Node built-ins and the native DuckDB packages', () => {
    const specs = [...fs.readFileSync(cli, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string);
    expect(specs).toContain('@duckdb/node-api');
    expect(specs.filter((s) => !isBuiltin(s) && !isNativeExternal(s))).toEqual([]);
  });

  it('prints its usage for --help and exits 0', () => {
    const r = run('--help');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage:\n {2}breachdesk serve/);
    expect(r.stdout).toContain('breachdesk report --case DIR');
  });

  it('builds the demo case with real DuckDB', () => {
    const caseDir = path.join(work, 'demo-case');
    const r = run('demo', '--case', caseDir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`Demo case ready at ${caseDir}`);
    expect(fs.readdirSync(caseDir).some((f) => f.endsWith('.duckdb'))).toBe(true);
  });
});
