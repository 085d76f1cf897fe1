import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../engine/testing/reliability/sourceFiles';

const root = path.resolve(__dirname, '../..');
const files = sourceFiles(root, ['electron', 'shared', 'renderer']);
/** Test-only code may talk to the loopback bridge; the shipped app may not talk to anything else. */
const testOnly = (f: string) => /\.test\.tsx?$/.test(f) || f.startsWith('electron/engine/testing/');
const shipped = files.filter((f) => !testOnly(f) && !f.endsWith('.html'));
const networkModules = /^(node:)?(http|https|http2|net|dgram|tls|dns)$|^(undici|ws|axios|node-fetch|got|request|socket\.io-client|ftp|ssh2)$/;
const browserClients = new Set(['XMLHttpRequest', 'WebSocket', 'EventSource', 'RTCPeerConnection', 'WebTransport']);

interface Use {
  file: string;
  line: number;
  what: string;
}

/** Every module a file loads (static import, export-from, dynamic import, require) and every network-capable call it makes. */
function networkUses(file: string): { modules: Use[]; fetches: Array<Use & { arg: string }>; clients: Use[]; electronNet: Use[] } {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const out = { modules: [] as Use[], fetches: [] as Array<Use & { arg: string }>, clients: [] as Use[], electronNet: [] as Use[] };
  const visit = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      out.modules.push({ file, line: at(n), what: n.moduleSpecifier.text });
      const named = ts.isImportDeclaration(n) ? n.importClause?.namedBindings : undefined;
      if (n.moduleSpecifier.text === 'electron' && named && ts.isNamedImports(named)) {
        for (const el of named.elements) if ((el.propertyName ?? el.name).text === 'net') out.electronNet.push({ file, line: at(el), what: 'net from electron' });
      }
    }
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const first = n.arguments[0];
      if ((callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) && first && ts.isStringLiteralLike(first)) {
        out.modules.push({ file, line: at(n), what: first.text });
      }
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (name === 'fetch') out.fetches.push({ file, line: at(n), what: 'fetch', arg: first ? first.getText(sf) : '' });
      if (name === 'sendBeacon') out.clients.push({ file, line: at(n), what: 'navigator.sendBeacon' });
    }
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && browserClients.has(n.expression.text)) {
      out.clients.push({ file, line: at(n), what: `new ${n.expression.text}` });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('no network client outside the loopback bridge (docs/design.md §4)', () => {
  const uses = shipped.map(networkUses);
  const where = (u: Use) => `${u.file}:${u.line} ${u.what}`;

  it('scans a real code base', () => {
    expect(shipped.length).toBeGreaterThan(50);
    expect(shipped).toContain('renderer/src/api/httpApi.ts');
  });

  it('imports no networking module outside electron/server', () => {
    const offenders = uses.flatMap((u) => u.modules).filter((m) => networkModules.test(m.what) && !m.file.startsWith('electron/server/'));
    expect(offenders.map(where)).toEqual([]);
  });

  it('electron/server itself only listens: it never makes an outgoing request', () => {
    const text = shipped.filter((f) => f.startsWith('electron/server/')).map((f) => fs.readFileSync(path.join(root, f), 'utf8')).join('\n');
    expect(text).not.toMatch(/\b(http|https)\.(request|get)\(|\bnet\.(connect|createConnection)\(|\bfetch\(/);
  });

  it('calls fetch only from the bridge client, and only on a relative /api/ path', () => {
    const fetches = uses.flatMap((u) => u.fetches);
    expect(fetches.map((f) => `${f.file} ${f.arg}`)).toEqual(['renderer/src/api/httpApi.ts `/api/${method}`']);
  });

  it('creates no other browser network client and does not use Electron net', () => {
    expect(uses.flatMap((u) => [...u.clients, ...u.electronNet]).map(where)).toEqual([]);
  });

  it('names no http(s) address in renderer code or markup, except XML namespaces (never fetched)', () => {
    const renderer = files.filter((f) => f.startsWith('renderer/') && !testOnly(f));
    const urls = renderer.flatMap((f) =>
      [...fs.readFileSync(path.join(root, f), 'utf8').matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s'"`)<>]*/g)]
        .map((m) => m[0])
        .filter((u) => !u.startsWith('http://www.w3.org/'))
        .map((u) => `${f}: ${u}`),
    );
    expect(urls).toEqual([]);
  });
});
