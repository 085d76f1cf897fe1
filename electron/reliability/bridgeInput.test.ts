import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiArgs, apiMethods } from '../../shared/api';
import type { Result } from '../../shared/result';
import { requireCase } from '../engine/case/requireCase';
import { createEngine, type Engine } from '../engine/createEngine';
import { dispatch } from '../engine/dispatch';
import { startBridge, type Bridge } from '../server/startBridge';
import { auditPrefix, caseFingerprint, type CaseFingerprint } from '../engine/testing/caseFingerprint';
import { rawHttp } from '../engine/testing/bridge/rawHttp';
import { settleJob } from '../engine/testing/settleJob';
import { invalidArgs, pathArgs, sqlArgs, validSample, type ArgCase } from '../engine/testing/reliability/schemaSamples';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-hostile-'));
const caseDir = path.join(work, 'case');
const input = path.join(work, 'transfer_log.csv');
const probes = {
  syntax: ['../../../../../../etc/passwd', '../case', 'relative/evidence.csv', `${caseDir}/../../../../etc/passwd`, `${work}/a\0b.csv`, ''],
  files: ['/dev/zero', '/etc', caseDir, path.join(caseDir, 'case.duckdb'), '/nonexistent-breachdesk/evidence.csv'],
  dirs: ['/dev/zero', path.join(caseDir, 'case.duckdb'), input],
};

/** Every argument refused by each method's schema, plus hostile paths for its path fields. */
function casesOf(method: keyof typeof apiArgs): ArgCase[] {
  return [...invalidArgs(apiArgs[method]), ...pathArgs(apiArgs[method], probes)];
}

describe('every Api method over the bridge refuses hostile input before it reaches DuckDB', () => {
  let engine: Engine;
  let bridge: Bridge;
  let before: CaseFingerprint;
  let beforeAudit: string;
  const fingerprint = () => requireCase(engine.ctx).withConnection(caseFingerprint);
  const post = (method: string, body: string, headers: Record<string, string> = {}) =>
    rawHttp(bridge.port, `/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${bridge.token}`, 'Content-Type': 'application/json', ...headers },
      body,
    });

  /** A refusal is a failed Result, or a background job that ends failed without loading anything. */
  async function refusalOf(r: Result<unknown>): Promise<{ code: string; message: string } | null> {
    if (!r.ok) return r.error;
    const job = r.value as { id?: string; state?: string };
    if (typeof job?.id !== 'string' || typeof job.state !== 'string') return null;
    const dto = await settleJob(engine.api, job.id);
    return dto.state === 'failed' ? { code: 'job_failed', message: dto.error ?? '' } : null;
  }

  beforeAll(async () => {
    fs.writeFileSync(input, 'timestamp,user_id,bytes_transferred\n2026-01-01T00:00:00Z,alice,100\n2026-01-01T01:00:00Z,bob,200\n');
    engine = createEngine({ userDataDir: path.join(work, 'userdata'), transport: 'http' });
    await engine.service.openCase({ dir: caseDir, create: true });
    await engine.service.addSource({ path: input, kind: 'transfer' });
    fs.mkdirSync(path.join(work, 'static'));
    fs.writeFileSync(path.join(work, 'static', 'index.html'), '<!doctype html><title>t</title>');
    bridge = await startBridge({ service: engine.api, staticDir: path.join(work, 'static') });
    before = await fingerprint();
    beforeAudit = await requireCase(engine.ctx).withConnection((c) => auditPrefix(c, before.rows.audit ?? 0));
  });

  afterAll(async () => {
    await bridge?.close();
    engine?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('can synthesise a valid argument for every method, so each hostile case differs in one field only', () => {
    for (const m of apiMethods) expect(apiArgs[m].safeParse(validSample(apiArgs[m], true)).success, m).toBe(true);
  });

  it.each(apiMethods)('%s: a missing or wrong token, a foreign Host or Origin, GET, a non-JSON type and a huge body are refused with 4xx', async (m) => {
    const body = JSON.stringify(validSample(apiArgs[m]));
    const refusals: Array<[string, number, Promise<{ status: number; body: string }>]> = [
      ['no token', 401, post(m, body, { Authorization: '' })],
      ['wrong token', 401, post(m, body, { Authorization: `Bearer ${'ab'.repeat(32)}` })],
      ['token of another shape', 401, post(m, body, { Authorization: `Bearer ${bridge.token}x` })],
      ['token in the query', 401, rawHttp(bridge.port, `/api/${m}?token=${bridge.token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })],
      ['foreign Host', 421, post(m, body, { Host: 'evil.example' })],
      ['rebinding Host', 421, post(m, body, { Host: `evil.example:${bridge.port}` })],
      ['foreign Origin', 403, post(m, body, { Origin: 'http://evil.example' })],
      ['null Origin', 403, post(m, body, { Origin: 'null' })],
      ['GET', 405, rawHttp(bridge.port, `/api/${m}`, { headers: { Authorization: `Bearer ${bridge.token}` } })],
      ['form content type', 415, post(m, body, { 'Content-Type': 'application/x-www-form-urlencoded' })],
      ['body over 1 MB', 413, post(m, JSON.stringify({ x: 'x'.repeat(1 << 20) }))],
      ['not JSON', 400, post(m, '{"unterminated')],
    ];
    for (const [label, status, pending] of refusals) {
      const r = await pending;
      expect(r.status, `${m}: ${label}`).toBe(status);
      expect(JSON.parse(r.body), `${m}: ${label}`).toMatchObject({ ok: false, error: { message: expect.any(String) } });
    }
  });

  it.each(apiMethods)('%s: wrong types, out-of-range values, huge strings, stray keys and hostile paths get a clear refusal', async (m) => {
    const cases = casesOf(m);
    expect(cases.length, m).toBeGreaterThan(0);
    for (const c of cases) {
      const what = `${m} ${c.label} at ${c.path.join('.') || '(argument)'}`;
      const r = await post(m, JSON.stringify(c.arg));
      expect(r.status, what).toBe(200);
      const result = JSON.parse(r.body) as Result<unknown>;
      const refusal = await refusalOf(result);
      expect(refusal, `${what} was accepted: ${r.body.slice(0, 300)}`).not.toBeNull();
      expect(refusal?.code, `${what}: ${refusal?.message}`).not.toBe('internal');
      expect(refusal?.message.length, what).toBeGreaterThan(10);
      expect(refusal?.message.length, `${what}: the refusal echoes the input`).toBeLessThan(5000);
      if (c.schemaRefuses) {
        expect(refusal?.code, what).toBe('invalid_argument');
        expect(refusal?.message, what).toContain(m);
        if (c.path.length > 0) expect(refusal?.message, what).toContain(`at ${c.path.join('.')}`);
      }
    }
  });

  it.each(apiMethods)('%s: the same hostile arguments are refused by dispatch itself (the IPC path)', async (m) => {
    for (const c of invalidArgs(apiArgs[m])) {
      const r = await dispatch(engine.api, m, c.arg);
      expect(r, `${m} ${c.label} at ${c.path.join('.')}`).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    }
  });

  it('a __proto__ key in a body pollutes nothing and is refused', async () => {
    for (const m of apiMethods) {
      const r = await post(m, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
      expect(JSON.parse(r.body), m).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('unknown and inherited method names are refused', async () => {
    for (const m of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'nope', '..%2f..%2fetc%2fpasswd', 'x'.repeat(5000)]) {
      const r = await post(m, '{}');
      expect(r.status, m).toBe(404);
      expect(JSON.parse(r.body), m).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('after all of it the case is exactly as it was: same tables, rows, sources and audit trail, and still the open case', async () => {
    expect(await fingerprint()).toEqual(before);
    const info = await dispatch(engine.api, 'appInfo', {});
    expect(info).toMatchObject({ ok: true, value: { caseInfo: { dir: caseDir } } });
  });

  it.each(apiMethods)('%s: SQL sent in any text field is treated as data: no internal error, nothing dropped, rewritten or deleted', async (m) => {
    for (const c of sqlArgs(apiArgs[m])) {
      const r = await post(m, JSON.stringify(c.arg));
      const result = JSON.parse(r.body) as Result<unknown>;
      expect(result.ok || result.error.code !== 'internal', `${m} ${c.label} at ${c.path.join('.')}: ${r.body.slice(0, 300)}`).toBe(true);
    }
    const now = await fingerprint();
    for (const t of before.tables) expect(now.tables, `${m}: table ${t}`).toContain(t);
    for (const t of ['sources', 'transfer', 'signin', 'rejects', 'case_meta']) expect(now.content[t], `${m}: ${t}`).toBe(before.content[t]);
    const audit = await requireCase(engine.ctx).withConnection((c) => auditPrefix(c, before.rows.audit ?? 0));
    expect(audit, `${m}: the audit rows from before are still the first rows, unchanged`).toBe(beforeAudit);
  });
});
