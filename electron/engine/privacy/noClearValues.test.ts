import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMethods, type ApiMethod } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { dispatch } from '../dispatch';
import type { PersonalScenario } from '../testing/privacy/personalScenario';
import { openRedTeamCase, plantedValuesIn, redTeamPeople, redTeamPlan } from '../testing/privacy/redTeamCase';
import { sampleArgs } from '../testing/privacy/sampleArgs';
import { sweepContextOf, sweepEveryMethod } from '../testing/privacy/sweepEveryMethod';
import { settleJob } from '../testing/settleJob';

let s: PersonalScenario;
beforeAll(async () => {
  s = await openRedTeamCase();
}, 60_000);
afterAll(() => s.close());

/** Where in `v` planted values show, as `path: values` lines (empty when none does). */
function leaksIn(v: unknown, at = '$'): string[] {
  if (typeof v === 'string') {
    const found = plantedValuesIn(v, s.secrets);
    return found.length > 0 ? [`${at}: ${found.join(', ')}`] : [];
  }
  if (Array.isArray(v)) return v.flatMap((x, i) => leaksIn(x, `${at}[${i}]`));
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => leaksIn(x, `${at}.${k}`));
  return [];
}

/** Calls one method through the guarded Api as a transport would, and lists every planted value its answer or its written files show. */
async function call(method: string, arg: unknown): Promise<{ r: Result<unknown>; leaks: string[] }> {
  const r = await dispatch(s.engine.api, method, arg);
  const leaks = plantedValuesIn(JSON.stringify(r), s.secrets).length > 0 ? leaksIn(r) : [];
  const { outPath, outDir } = arg as { outPath?: string; outDir?: string };
  const files = [...(outPath && fs.existsSync(outPath) ? [outPath] : []), ...(outDir ? fs.readdirSync(outDir).map((f) => path.join(outDir, f)) : [])];
  for (const f of files) for (const v of plantedValuesIn(fs.readFileSync(f, 'utf8'), s.secrets)) leaks.push(`wrote ${path.basename(f)}: ${v}`);
  return { r, leaks: leaks.map((l) => `${method} ${JSON.stringify(arg).slice(0, 120)} ${l}`) };
}

/** The first pseudonym a masked page of `table` shows in `column`. */
async function shownIn(table: string, column: string): Promise<string> {
  const page = await s.engine.api.tablePage({ table, filters: [{ column, op: 'notnull', value: '' }], limit: 1 });
  return page.rows[0]?.[page.columns.findIndex((c) => c.name === column)] ?? 'nothing shown';
}

/** What a reviewer without a reveal tries before the sweep: values typed into notes, refused inputs, reveals whose audit entries are then read. */
async function attacks(): Promise<string[]> {
  const leaks: string[] = [];
  const run = async (method: string, arg: unknown) => {
    const out = await call(method, arg);
    leaks.push(...out.leaks);
    return out.r;
  };
  const victim = redTeamPeople[5] as (typeof redTeamPeople)[number];
  const [finding] = (await s.engine.api.listFindings({ kind: 'bulk_export', limit: 10 })).rows.filter((f) => f.users.length === 1);
  expect(finding, 'a bulk export to annotate').toBeDefined();
  await run('updateFinding', { id: finding?.id, note: `asked ${victim.email} at ${victim.homeIp}` });
  await run('addDismissal', { kind: 'source', value: victim.publicIp, note: `home of ${victim.email}` });
  await run('addKnownInfrastructure', { kind: 'service_account', account: victim.login, note: 'runs the nightly job' });
  const dismissed = (await run('addDismissal', { kind: 'account', value: (redTeamPeople[6] as typeof victim).login, note: 'left the company' })) as Result<{
    id: number;
  }>;
  if (dismissed.ok) await run('removeDismissal', { id: dismissed.value.id });
  const bad = path.join(s.work, 'evidence', 'bad-line.csv');
  fs.writeFileSync(bad, `timestamp,user_id,bytes_transferred\n2024-04-05T10:00:00Z,alice,100\n2024-04-05T11:00:00Z,${victim.login},${victim.email}\n`);
  const refused = await run('addSource', { path: bad, kind: 'transfer', maxRejectShare: 0 });
  expect(refused.ok).toBe(false);
  const job = (await run('startIngest', { path: bad, kind: 'transfer', maxRejectShare: 0 })) as Result<{ id: string }>;
  if (job.ok) await run('jobStatus', { jobId: (await settleJob(s.engine.api, job.value.id)).id });
  const leak = `leak_${s.leak.id}`;
  expect((await run('tablePage', { table: leak, filters: [{ column: 'email', op: 'eq', value: victim.email }] })).ok).toBe(false);
  expect((await run('columnFacet', { table: leak, column: 'nom', filters: [{ column: 'telephone', op: 'contains', value: victim.phone }] })).ok).toBe(false);
  // Reveals answer in clear by definition: what they leave behind is the audit trail, which the sweep reads masked.
  const reveal = async (view: string, method: string, arg: unknown) =>
    expect(await dispatch(s.engine.api, 'revealCall', { view, method, arg })).toMatchObject({ ok: true });
  await reveal('data', 'tablePage', { table: leak, filters: [{ column: 'nom', op: 'eq', value: await shownIn(leak, 'nom') }] });
  await reveal('data', 'tablePage', { table: leak, filters: [{ column: 'telephone', op: 'eq', value: await shownIn(leak, 'telephone') }] });
  await reveal('data', 'tablePage', { table: leak, filters: [{ column: 'adresse', op: 'contains', value: victim.last }] });
  await reveal('exports', 'transferEvents', { user: await shownIn('transfer', 'user'), limit: 5 });
  return leaks;
}

describe('red team: no planted personal value leaves the guarded Api without a reveal', () => {
  it('every Api method, the attacks above and the audit trail they leave answer with no planted e-mail, local part, name, phone, birth date, login, address or non-attack IP', async () => {
    const leaks = await attacks();
    const api = s.engine.api;
    const x = await sweepContextOf(s, api, { ingest: path.join(s.work, 'evidence', 'transfers.csv'), dismissAccount: redTeamPlan.bruteVictim.email });
    const called = await sweepEveryMethod(x, api, async (method, arg) => {
      const { r, leaks: found } = await call(method, arg);
      leaks.push(...found);
      return r;
    });
    expect(leaks).toEqual([]);
    expect(new Set(called)).toEqual(new Set(apiMethods.filter((m): m is ApiMethod => typeof sampleArgs[m] === 'function')));
  }, 120_000);

  it('the sweep can fail: the clear in-process service shows the planted values it looks for', async () => {
    const svc = s.engine.service;
    const clear = JSON.stringify([
      await svc.listFindings({ limit: 1000 }),
      await svc.tablePage({ table: `leak_${s.leak.id}`, limit: 500 }),
      await svc.tablePage({ table: 'account_event', limit: 500 }),
    ]);
    const p = redTeamPeople[7] as (typeof redTeamPeople)[number];
    expect(plantedValuesIn(clear, s.secrets)).toEqual(
      expect.arrayContaining([p.email, p.last, p.phone, p.birth, p.login, p.publicIp, redTeamPlan.takeoverIp, redTeamPlan.helpDesk]),
    );
  });
});
