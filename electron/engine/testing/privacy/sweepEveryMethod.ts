import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { apiMethods } from '../../../../shared/api';
import type { Result } from '../../../../shared/result';
import type { FindingDto } from '../../../../shared/api/findingsApi';
import type { GuardedApi } from '../../privacy/guardPersonalData';
import { settleJob } from '../settleJob';
import type { PersonalScenario } from './personalScenario';
import { sampleArgs, type SweepContext } from './sampleArgs';

/**
 * The context the samples draw on, read through the masked Api as any caller would, after loading `ingest` as a
 * transfer log in the background (the job the samples cancel and read) and dismissing `dismissAccount`; the bulk export
 * the samples drill into is the first `pickBulk` accepts (why: the privacy sweeps over different cases build it alike).
 */
export async function sweepContextOf(
  s: PersonalScenario,
  api: GuardedApi,
  opts: { ingest: string; dismissAccount: string; pickBulk?: (f: FindingDto) => boolean },
): Promise<SweepContext> {
  const job = await api.startIngest({ path: opts.ingest, kind: 'transfer' });
  await settleJob(api, job.id);
  const [account] = await api.topAccounts({ limit: 1 });
  const known = await api.addKnownInfrastructure({ kind: 'egress', cidr: '198.51.100.0/24', note: 'office' });
  const dismissal = await api.addDismissal({ kind: 'account', value: opts.dismissAccount, note: 'pen test' });
  const bulk = (await api.listFindings({ kind: 'bulk_export', limit: 1000 })).rows.find(opts.pickBulk ?? (() => true));
  const outDir = path.join(s.work, 'sweep');
  fs.mkdirSync(outDir, { recursive: true });
  let n = 0;
  return {
    s,
    userToken: account?.user ?? 'no account',
    staffToken: bulk?.users[0] ?? 'no bulk export',
    findingId: bulk?.id ?? 'no finding',
    jobId: job.id,
    knownId: known.id,
    dismissalId: dismissal.id,
    out: (name) => path.join(outDir, `${n++}-${name}`),
  };
}

/**
 * Calls every Api method with each of its sample arguments through `call` (the sweep's own dispatch and checks),
 * expects each answer ok, and waits for a started ingest; returns the methods called, one entry per call (why: one
 * loop for every privacy sweep, so a method added later is swept by all of them).
 */
export async function sweepEveryMethod(x: SweepContext, api: GuardedApi, call: (method: string, arg: unknown) => Promise<Result<unknown>>): Promise<string[]> {
  const called: string[] = [];
  for (const method of apiMethods) {
    const sample = sampleArgs[method];
    if (typeof sample !== 'function') continue;
    for (const arg of await sample(x, api)) {
      const r = await call(method, arg);
      expect(r, `${method} ${JSON.stringify(arg)}`).toMatchObject({ ok: true });
      if (method === 'startIngest') await settleJob(api, (r as { value: { id: string } }).value.id);
      called.push(method);
    }
  }
  return called;
}
