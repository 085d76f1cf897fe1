import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bridgeFuzzCases, chunkedOversize, type FuzzTarget } from '../engine/testing/bridge/bridgeFuzzCases';
import { rawHttp } from '../engine/testing/bridge/rawHttp';
import { rawSocket } from '../engine/testing/bridge/rawSocket';

const child = path.resolve(__dirname, '../engine/testing/bridge/bridgeChild.ts');
const seed = 17;
const cases = 3000;

describe('the bridge survives any request', () => {
  let work: string;
  let proc: ChildProcess;
  let target: FuzzTarget;
  let exited: string | null = null;
  const stderr: string[] = [];

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'breachdesk-fuzz-'));
    proc = spawn(process.execPath, ['--import', 'tsx', child, work], { stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
    proc.on('exit', (code, signal) => (exited = `exit ${code ?? ''} ${signal ?? ''}`));
    target = await new Promise<FuzzTarget>((resolve, reject) => {
      let out = '';
      proc.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /READY (\d+) ([0-9a-f]{64})/.exec(out);
        if (m) resolve({ port: Number(m[1]), token: m[2] as string });
      });
      proc.once('exit', () => reject(new Error(`bridge child ended before it was ready: ${stderr.join('')}`)));
    });
  });

  afterAll(() => {
    proc?.kill();
    fs.rmSync(work, { recursive: true, force: true });
  });

  const appInfo = () =>
    rawHttp(target.port, '/api/appInfo', { method: 'POST', headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/json' }, body: '{}' });

  it('answers a good request before the fuzzing', async () => {
    expect(JSON.parse((await appInfo()).body)).toMatchObject({ ok: true, value: { transport: 'http' } });
  });

  it(`refuses each of ${cases} hostile requests (seed ${seed}) with a 4xx and stays up`, async () => {
    const all = [...bridgeFuzzCases(seed, cases, target), chunkedOversize(target), chunkedOversize(target)];
    expect(new Set(all.map((c) => c.family)).size).toBeGreaterThanOrEqual(13);
    const wrong: string[] = [];
    for (let i = 0; i < all.length; i += 8) {
      const batch = all.slice(i, i + 8);
      const replies = await Promise.all(batch.map((c) => rawSocket(target.port, c.bytes)));
      replies.forEach((reply, j) => {
        const c = batch[j];
        if (c && (reply.status === null || !c.refusedWith.includes(reply.status))) {
          wrong.push(`#${i + j} ${c.family}: ${JSON.stringify(c.bytes.toString('latin1').slice(0, 120))} → ${reply.status ?? 'no reply'} ${JSON.stringify(reply.head.slice(0, 80))}`);
        }
      });
      expect(exited, `the bridge died at case ${i}: ${stderr.join('').slice(0, 2000)}`).toBeNull();
    }
    expect(wrong.slice(0, 60), `${wrong.length} requests were not refused as expected`).toEqual([]);
  });

  it('still answers a good request afterwards, in the same process', async () => {
    expect(exited).toBeNull();
    expect(proc.exitCode).toBeNull();
    const r = await appInfo();
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { transport: 'http' } });
    expect((await rawHttp(target.port, '/')).status).toBe(200);
  });
});
