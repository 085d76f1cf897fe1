import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { FuseV1Options } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/csp';
import { fuses } from '../../forge.config';
import { appIndexUrl, resolveAppPath } from '../main/resolveAppPath';
import { tsSource } from '../engine/testing/reliability/tsSource';

const root = path.resolve(__dirname, '../..');
const main = (f: string) => tsSource(path.join(root, 'electron/main', f));

/** The statement of main.ts (top level) a call sits in, and whether it sits inside the whenReady callback. */
function insideWhenReady(src: ReturnType<typeof tsSource>, call: ts.CallExpression): boolean {
  for (let n: ts.Node | undefined = call.parent; n; n = n.parent) {
    if (ts.isCallExpression(n) && /whenReady\(\)\.then$/.test(src.text(n.expression))) return true;
  }
  return false;
}

describe('Electron loads the renderer from app://, checked statically (the Electron binary cannot run here)', () => {
  it('the GrantFileProtocolExtraPrivileges fuse is off', () => {
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('app:// is registered privileged before ready, handled once ready, and the window opens app://bundle/index.html', () => {
    const m = main('main.ts');
    const register = m.calls('registerAppScheme');
    expect(register).toHaveLength(1);
    expect(insideWhenReady(m, register[0] as ts.CallExpression), 'registerSchemesAsPrivileged must run before ready').toBe(false);
    const handle = m.calls('handleAppProtocol');
    expect(handle).toHaveLength(1);
    expect(insideWhenReady(m, handle[0] as ts.CallExpression)).toBe(true);

    const proto = main('appProtocol.ts');
    const privileged = proto.calls('registerSchemesAsPrivileged');
    expect(privileged.map((c) => proto.text(c).replace(/\s+/g, ''))).toEqual([
      'protocol.registerSchemesAsPrivileged([{scheme:appScheme,privileges:{standard:true,secure:true,supportFetchAPI:true}}])',
    ]);
    const handler = proto.calls('handle').filter((c) => proto.text(c.expression) === 'protocol.handle');
    expect(handler).toHaveLength(1);
    const body = proto.text(handler[0] as ts.CallExpression);
    expect(body).toMatch(/resolveAppPath\(rendererDir, request\.url\)/);
    expect(body).toMatch(/'Content-Security-Policy': contentSecurityPolicy/);
    expect(body).not.toMatch(/net\.fetch|file:|pathToFileURL/);

    expect(appIndexUrl).toBe('app://bundle/index.html');
    for (const f of ['rendererLocation.ts', 'createMainWindow.ts', 'main.ts']) expect(fs.readFileSync(path.join(root, 'electron/main', f), 'utf8'), f).not.toMatch(/['"`]file:\/\/|pathToFileURL|loadFile\(/);
    expect(main('rendererLocation.ts').text(main('rendererLocation.ts').sf)).toMatch(/url: appIndexUrl/);
  });

  it('the CSP is unchanged: nothing but the app itself, with no app: or file: source added', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('app:// serves only the renderer build folder', () => {
  let work: string;
  let dir: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-app-'));
    dir = path.join(work, 'renderer', 'main_window');
    fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), '');
    fs.writeFileSync(path.join(work, 'secret.txt'), 'not served');
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('maps app://bundle/ paths into the folder', () => {
    expect(resolveAppPath(dir, 'app://bundle/index.html')).toBe(path.join(dir, 'index.html'));
    expect(resolveAppPath(dir, 'app://bundle/')).toBe(path.join(dir, 'index.html'));
    expect(resolveAppPath(dir, 'app://bundle/assets/app.js?v=1#x')).toBe(path.join(dir, 'assets', 'app.js'));
    expect(resolveAppPath(dir, 'app://bundle/assets/%61pp.js')).toBe(path.join(dir, 'assets', 'app.js'));
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/assets/..%2f..%2f..%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/%',
    'app://bundle/%E0%A4%A',
    'app://bundle/index.html%00.js',
    'app://bundle/%2F..%2F..%2Fsecret.txt',
    'app://other/index.html',
    'app://bundle.evil/index.html',
    'file:///etc/passwd',
    'http://bundle/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const file = resolveAppPath(dir, url);
    expect(file === null || file.startsWith(dir + path.sep), String(file)).toBe(true);
    expect(file).not.toBe(path.join(work, 'secret.txt'));
    if (file !== null) expect(fs.existsSync(file), `${url} → ${file}`).toBe(false);
  });
});
