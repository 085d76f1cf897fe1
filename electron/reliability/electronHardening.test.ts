import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/csp';
import { fuses } from '../../forge.config';
import { tsSource } from '../engine/testing/reliability/tsSource';

const root = path.resolve(__dirname, '../..');
const main = (f: string) => tsSource(path.join(root, 'electron/main', f));

/** The arrow or function passed as argument `i` of a call, as text. */
function argText(src: ReturnType<typeof tsSource>, call: ts.CallExpression, i: number): string {
  const a = call.arguments[i];
  return a ? src.text(a) : '';
}

describe('Electron hardening, checked statically (the Electron binary cannot run here)', () => {
  it('the window runs sandboxed, context-isolated, without Node, webviews or insecure content', () => {
    const src = main('createMainWindow.ts');
    const ctor = src.sf.statements
      .flatMap((s) => (ts.isFunctionDeclaration(s) ? [s] : []))
      .flatMap((f) => {
        const found: ts.NewExpression[] = [];
        const walk = (n: ts.Node) => {
          if (ts.isNewExpression(n) && src.text(n.expression) === 'BrowserWindow') found.push(n);
          ts.forEachChild(n, walk);
        };
        walk(f);
        return found;
      });
    expect(ctor).toHaveLength(1);
    const options = ctor[0]?.arguments?.[0];
    expect(options && ts.isObjectLiteralExpression(options)).toBe(true);
    const wp = (options as ts.ObjectLiteralExpression).properties.find((p) => p.name?.getText(src.sf) === 'webPreferences');
    expect(wp && ts.isPropertyAssignment(wp) && ts.isObjectLiteralExpression(wp.initializer)).toBe(true);
    const prefs = (wp as ts.PropertyAssignment).initializer as ts.ObjectLiteralExpression;
    const expected: Record<string, boolean> = {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    };
    for (const [name, value] of Object.entries(expected)) expect(src.literalProp(prefs, name), name).toBe(value);
    for (const risky of ['nodeIntegrationInSubFrames', 'experimentalFeatures', 'enableBlinkFeatures']) {
      expect(src.literalProp(prefs, risky), risky).not.toBe(true);
    }
    expect(main('main.ts').calls('enableSandbox')).toHaveLength(1);
  });

  it('new windows are denied, navigation away from the app and webviews are prevented', () => {
    const src = main('setupSecurity.ts');
    const open = src.calls('setWindowOpenHandler');
    expect(open).toHaveLength(1);
    expect(argText(src, open[0] as ts.CallExpression, 0).replace(/\s/g, '')).toBe("()=>({action:'deny'})");
    const on = src.calls('on');
    const handler = (event: string) => on.filter((c) => argText(src, c, 0) === `'${event}'`).map((c) => argText(src, c, 1).replace(/\s+/g, ' '));
    expect(handler('will-navigate')).toEqual([expect.stringMatching(/if \(!isAppUrl\(url\)\) event\.preventDefault\(\)/)]);
    expect(handler('will-attach-webview')).toEqual([expect.stringMatching(/event\.preventDefault\(\)/)]);
  });

  it('every permission request and check is denied', () => {
    const src = main('setupSecurity.ts');
    const request = src.calls('setPermissionRequestHandler');
    expect(request).toHaveLength(1);
    const body = argText(src, request[0] as ts.CallExpression, 0);
    expect(body).toMatch(/callback\(false\)/);
    expect(body).not.toMatch(/callback\(true\)|\bif\b|\?/);
    const check = src.calls('setPermissionCheckHandler');
    expect(check.map((c) => argText(src, c, 0).replace(/\s/g, ''))).toEqual(['()=>false']);
  });

  it('every request that is not the app itself is cancelled, and every response carries the CSP', () => {
    const src = main('setupSecurity.ts');
    const before = src.calls('onBeforeRequest');
    expect(before).toHaveLength(1);
    expect(before[0]?.arguments).toHaveLength(1);
    expect(argText(src, before[0] as ts.CallExpression, 0).replace(/\s/g, '')).toContain('callback({cancel:!isAppUrl(details.url)})');
    const headers = src.calls('onHeadersReceived');
    expect(headers).toHaveLength(1);
    expect(argText(src, headers[0] as ts.CallExpression, 0).replace(/\s/g, '')).toContain("'Content-Security-Policy':[contentSecurityPolicy]");
  });

  it('the CSP allows nothing but the app itself, in Electron, over the bridge and in index.html', () => {
    const directives = new Map(contentSecurityPolicy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k as string, v]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const d of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'"]) expect(meta).toContain(d);
    expect(meta).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('every IPC handler checks its sender before doing anything', () => {
    const handlers = fs
      .readdirSync(path.join(root, 'electron/main'))
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => {
        const src = main(f);
        return [...src.calls('handle'), ...src.calls('on')]
          .filter((c) => /^ipcMain\./.test(src.text(c.expression)))
          .map((c) => ({ where: `${f}: ${argText(src, c, 0)}`, body: argText(src, c, 1) }));
      });
    expect(handlers.length).toBeGreaterThan(0);
    for (const h of handlers) expect(h.body, h.where).toMatch(/^\(?event\b[^=]*=>\s*\(?\s*isTrustedSender\(event, isAppUrl\)|^async \(event(?:, [^)]*)?\) => \{\s*if \(!isTrustedSender\(event, isAppUrl\)\)/);
    const ipc = main('setupIpc.ts');
    const trusted = ipc.sf.statements.find((s) => ts.isFunctionDeclaration(s) && s.name?.text === 'isTrustedSender');
    expect(trusted && ipc.text(trusted).replace(/\s+/g, ' ')).toMatch(/frame\.parent === null && isAppUrl\(frame\.url\)/);
  });

  it('the preload exposes one object built from the Api method list, never ipcRenderer itself', () => {
    const src = tsSource(path.join(root, 'electron/preload/preload.ts'));
    const expose = src.calls('exposeInMainWorld');
    expect(expose).toHaveLength(1);
    const exposed = argText(src, expose[0] as ts.CallExpression, 1);
    expect(exposed).toMatch(/apiMethods\.map/);
    expect(exposed).not.toMatch(/ipcRenderer\s*[,}]|:\s*ipcRenderer\b|ipcRenderer\.(send|on|sendSync)\b/);
  });

  it('fuses: no Node escape hatches, only the integrity-checked app archive runs', () => {
    expect(fuses.version).toBe(FuseVersion.V1);
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });
});
