import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/csp';
import { createEngine, type Engine } from '../engine/createEngine';
import { startBridge, type Bridge } from './startBridge';

/** Raw HTTP request so tests can forge Host and Origin headers that fetch would not let us set. */
function request(port: number, p: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('HTTP bridge', () => {
  let work: string;
  let engine: Engine;
  let bridge: Bridge;
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    request(bridge.port, `/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-bridge-'));
    fs.mkdirSync(path.join(work, 'static'));
    fs.writeFileSync(path.join(work, 'static', 'index.html'), '<!doctype html><title>t</title>');
    fs.writeFileSync(path.join(work, 'secret.txt'), 'do not serve');
    engine = createEngine({ userDataDir: path.join(work, 'ud'), transport: 'http' });
    bridge = await startBridge({ service: engine.api, staticDir: path.join(work, 'static') });
  });
  afterAll(async () => {
    await bridge.close();
    engine.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, with a random port and a 64-hex token in the fragment', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/);
    expect(bridge.port).toBeGreaterThan(0);
  });

  it('serves the renderer with the CSP and refuses paths outside it', async () => {
    const page = await request(bridge.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    const escape = await request(bridge.port, '/%2e%2e/secret.txt');
    expect(escape.body).not.toContain('do not serve');
  });

  it('answers API calls that carry the token with a Result', async () => {
    const r = await api('appInfo', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { transport: 'http', caseInfo: null } });
  });

  it('refuses a missing or wrong token, a foreign Host or Origin, GET on the API and huge bodies', async () => {
    expect((await api('appInfo', {}, { Authorization: '' })).status).toBe(401);
    expect((await api('appInfo', {}, { Authorization: `Bearer ${'0'.repeat(64)}` })).status).toBe(401);
    expect((await api('appInfo', {}, { Host: 'evil.example:80' })).status).toBe(421);
    expect((await api('appInfo', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await request(bridge.port, '/api/appInfo')).status).toBe(405);
    const huge = await api('openCase', { dir: 'x'.repeat(2 << 20) });
    expect(huge.status).toBe(413);
    expect((await request(bridge.port, '/api/appInfo', { method: 'POST', headers: { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json' }, body: '{oops' })).status).toBe(400);
    expect(JSON.parse((await api('openCase', { dir: '../../etc', create: 'yes' })).body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });
});
