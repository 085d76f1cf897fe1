import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import asar from '@electron/asar';
import { api } from '@electron-forge/core';
import { getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuses } from '../../forge.config';
import { isNativeExternal } from './nativeExternals.mts';
import { runtimeDataPackages } from './runtimeData';
import { intelDatasets } from '../engine/intel/intelDatasets';
import { writeStandInElectronZip } from './testing/standInElectronZip';

const repoRoot = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const electronVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
const bindings = `@duckdb/node-bindings-${process.platform}-${process.arch}`;

/** Every `require("x")` in a CommonJS bundle. */
const requiresOf = (code: string) => [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string);

// The stand-in ZIP has a Linux layout (an `electron` executable); other hosts package differently.
describe.skipIf(process.platform !== 'linux')('the packaged desktop app (forge package against a stand-in Electron ZIP, no network)', () => {
  let work: string;
  let resources: string;
  let appAsar: string;
  let entries: string[];
  let extracted: string;

  // Generous: forge runs the real Vite builds (main, preload, renderer) and copies ~70 MB of DuckDB
  // binding on a 2-core machine shared with other jobs; nothing here waits on a clock.
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-pack-'));
    const zipDir = path.join(work, 'electron-zips');
    writeStandInElectronZip(zipDir, electronVersion, process.arch);
    process.env.ELECTRON_ZIP_DIR = zipDir;
    try {
      await api.package({ dir: repoRoot, interactive: false, platform: 'linux', arch: process.arch, outDir: path.join(work, 'out') });
    } finally {
      delete process.env.ELECTRON_ZIP_DIR;
    }
    resources = path.join(work, 'out', `Breachdesk-linux-${process.arch}`, 'resources');
    appAsar = path.join(resources, 'app.asar');
    entries = asar.listPackage(appAsar, { isPack: false }).map((p) => p.split(path.sep).join('/'));
    extracted = path.join(work, 'extracted');
    asar.extractAll(appAsar, extracted);
  }, 600_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('holds the app bundles and the engine: node-api in app.asar, the native binding unpacked beside it', () => {
    for (const file of ['/package.json', '/.vite/build/main.js', '/.vite/build/preload.js', '/.vite/renderer/main_window/index.html', '/node_modules/@duckdb/node-api/package.json', '/node_modules/@duckdb/node-api/lib/index.js', '/node_modules/@duckdb/node-bindings/duckdb.js']) {
      expect(entries, file).toContain(file);
    }
    const binding = `node_modules/${bindings}/duckdb.node`;
    expect(fs.statSync(path.join(`${appAsar}.unpacked`, binding)).size).toBeGreaterThan(0);
    expect(asar.statFile(appAsar, binding)).toMatchObject({ unpacked: true });
    expect(asar.statFile(appAsar, 'node_modules/@duckdb/node-api/lib/index.js')).not.toHaveProperty('unpacked');
  });

  it('ships the IP datasets unpacked, where the engine looks for them and DuckDB can read them', () => {
    for (const name of runtimeDataPackages) {
      const manifest = `node_modules/${name}/package.json`;
      expect(asar.statFile(appAsar, manifest), name).toMatchObject({ unpacked: true });
    }
    const datasets = intelDatasets(path.join(`${appAsar}.unpacked`, 'node_modules'));
    expect(datasets.map((d) => d.name).sort()).toEqual([...runtimeDataPackages].sort());
    for (const d of datasets) expect(fs.statSync(d.files.v4).size, d.files.v4).toBeGreaterThan(1_000_000);
  });

  it('carries nothing of the dev tree: no sources, no dev dependencies, no bundled-in packages', () => {
    expect(entries.filter((e) => e.split('/').length === 2).sort()).toEqual(['/.vite', '/node_modules', '/package.json']);
    expect(entries.filter((e) => /\.(ts|tsx|mts|cts)$/.test(e))).toEqual([]);
    const packaged = new Set(entries.map((e) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(e)?.[1]).filter((name): name is string => name !== undefined));
    const shipped = [...packaged].filter((name) => name !== '@duckdb');
    expect(shipped.filter((name) => name in pkg.devDependencies)).toEqual([]);
    for (const name of ['vitest', 'react', 'typescript', 'tsx', 'zod', 'vite', 'electron']) expect(packaged.has(name), name).toBe(false);
  });

  it('keeps only the native DuckDB packages out of the main bundle and resolves each from inside the package', () => {
    const main = path.join(extracted, '.vite', 'build', 'main.js');
    const specs = [...new Set(requiresOf(fs.readFileSync(main, 'utf8')))].filter((s) => s !== 'electron' && !isBuiltin(s));
    expect(specs).toContain('@duckdb/node-api');
    expect(specs.filter((s) => !isNativeExternal(s))).toEqual([]);
    const requireFromMain = createRequire(main);
    for (const spec of specs) expect(requireFromMain.resolve(spec).startsWith(extracted + path.sep), spec).toBe(true);
    // The sandboxed preload can load nothing but electron itself.
    expect(requiresOf(fs.readFileSync(path.join(extracted, '.vite', 'build', 'preload.js'), 'utf8')).filter((s) => s !== 'electron')).toEqual([]);

    // Each packaged module's own dependencies resolve inside the package too (detect-libc for the binding).
    const pkgDirs = entries.filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(e)).map((e) => path.join(extracted, path.dirname(e)));
    for (const dir of pkgDirs) {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      const requireFromPkg = createRequire(path.join(dir, 'package.json'));
      for (const dep of Object.keys(manifest.dependencies ?? {})) {
        expect(requireFromPkg.resolve(`${dep}/package.json`).startsWith(extracted + path.sep), `${path.basename(dir)} → ${dep}`).toBe(true);
      }
    }
  });

  it('opens DuckDB in plain Node from the extracted package alone', async () => {
    const requireFromMain = createRequire(path.join(extracted, '.vite', 'build', 'main.js'));
    const duck = requireFromMain('@duckdb/node-api') as typeof import('@duckdb/node-api');
    const instance = await duck.DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const rows = (await conn.runAndReadAll('SELECT 40 + 2 AS answer')).getRowObjectsJson();
    conn.closeSync();
    instance.closeSync();
    expect(rows).toEqual([{ answer: 42 }]);
  });

  it('flips the configured fuses in the packaged executable', async () => {
    const wire = await getCurrentFuseWire(path.join(resources, '..', 'breachdesk'));
    for (const [option, enabled] of Object.entries(fuses)) {
      if (option === 'version') continue;
      expect(wire[Number(option) as keyof typeof wire], `fuse ${option}`).toBe((enabled ? '1' : '0').charCodeAt(0));
    }
  });
});
