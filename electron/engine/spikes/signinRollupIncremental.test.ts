import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { isDerivedCurrent } from '../db/derivedState';
import { seededRandom } from '../demo/seededRandom';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { refreshSigninRollup } from './signinRollup';
import { plainTopAccounts, plainTopSources, topAccountsFromRollups, topSourcesFromRollups, type TopRequest } from './topLists';

const t0 = Date.UTC(2024, 2, 3, 0, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

/** Top lists over the whole case and over ranges spanning whole days and partial edges, read from the rollups after each added source. */
const topRequests: TopRequest[] = [
  { limit: 5 },
  { from: iso(t0 + 6 * 3_600_000), to: iso(t0 + 2 * 86_400_000 + 3 * 3_600_000), limit: 5 },
  { from: iso(t0), to: iso(t0 + 3 * 86_400_000), limit: 40 },
];

/**
 * One SigninLogs CSV of `n` sign-ins over three days, interleaved in time with the others of its seed's case: the same
 * accounts and sources across files, bursts of failures in shared minutes, blank accounts and addresses (NULL), and
 * `only` a key only this file has (it sorts before every other, so numbering it after the stored ones is visible).
 */
function signinCsv(seed: number, n: number, only: string): string {
  const rand = seededRandom(seed);
  const lines = ['TimeGenerated,UserPrincipalName,IPAddress,ResultType'];
  for (let i = 0; i < n; i++) {
    const burst = rand() < 0.3;
    const ts = t0 + Math.floor(rand() * 3 * 24 * 60) * 60_000 + Math.floor(rand() * 60_000);
    const user = rand() < 0.03 ? '' : rand() < 0.02 ? only : `u${Math.floor(rand() * 25)}@corp.example`;
    const ip = rand() < 0.03 ? '' : burst ? `203.0.113.${1 + Math.floor(rand() * 4)}` : `198.51.100.${1 + Math.floor(rand() * 30)}`;
    const code = burst || rand() < 0.1 ? '50126' : '0';
    lines.push(`${new Date(ts).toISOString()},${user},${ip},${code}`);
  }
  return lines.join('\n');
}

/** Every sign-in rollup with its integer ids replaced by the keys they stand for, each in a fixed order. */
async function snapshot(engine: Engine): Promise<Record<string, unknown>> {
  const ipOf = (t: string, col: string) => `LEFT JOIN rollup.signin_ip_ids i_${col} ON i_${col}.id = ${t}.${col}`;
  const userOf = (t: string, col: string) => `LEFT JOIN rollup.signin_user_ids u_${col} ON u_${col}.id = ${t}.${col}`;
  const queries: Record<string, string> = {
    minutes: `SELECT * FROM rollup.signin_1m ORDER BY b`,
    sourceTotals: `SELECT * FROM rollup.signin_source_totals ORDER BY rank`,
    accountTotals: `SELECT * FROM rollup.signin_account_totals ORDER BY rank`,
    byIp: `SELECT t.ts, i_ip_id.ip, u_user_id."user", t.success FROM rollup.signin_ids_by_ip t ${ipOf('t', 'ip_id')} ${userOf('t', 'user_id')} ORDER BY ALL`,
    byUser: `SELECT t.ts, i_ip_id.ip, u_user_id."user", t.success FROM rollup.signin_ids_by_user t ${ipOf('t', 'ip_id')} ${userOf('t', 'user_id')} ORDER BY ALL`,
    byTime: `SELECT t.ts, i_ip_id.ip, u_user_id."user", t.success FROM rollup.signin_ids_by_time t ${ipOf('t', 'ip_id')} ${userOf('t', 'user_id')} ORDER BY ALL`,
    ipDays: `SELECT t.b, i_id.ip, t.failed, t.success, t.lo, t.hi FROM rollup.signin_ip_days t ${ipOf('t', 'id')} ORDER BY ALL`,
    userDays: `SELECT t.b, u_id."user", t.failed, t.success, t.lo, t.hi FROM rollup.signin_user_days t ${userOf('t', 'id')} ORDER BY ALL`,
    ipHeavy: `SELECT t.b, i_id.ip, t.failed FROM rollup.signin_ip_heavy_days t ${ipOf('t', 'id')} ORDER BY ALL`,
    userHeavy: `SELECT t.b, u_id."user", t.failed FROM rollup.signin_user_heavy_days t ${userOf('t', 'id')} ORDER BY ALL`,
    failedPairs: `SELECT t.b, i_ip_id.ip, u_user_id."user" FROM rollup.signin_failed_pairs t ${ipOf('t', 'ip_id')} ${userOf('t', 'user_id')} ORDER BY ALL`,
    pairs: `SELECT i_ip_id.ip, u_user_id."user", t.failed, t.success, t.lo, t.hi FROM rollup.signin_pairs t ${ipOf('t', 'ip_id')} ${userOf('t', 'user_id')} ORDER BY ALL`,
    ids: `SELECT (SELECT count(*) FROM rollup.signin_ip_ids)::INTEGER AS ips, (SELECT count(DISTINCT id) FROM rollup.signin_ip_ids)::INTEGER AS "ipIds",
                 (SELECT count(*) FROM rollup.signin_user_ids)::INTEGER AS users, (SELECT count(DISTINCT id) FROM rollup.signin_user_ids)::INTEGER AS "userIds",
                 (SELECT list(id) FROM rollup.signin_user_ids WHERE "user" IS NULL) AS "nullId"`,
  };
  const out: Record<string, unknown> = {};
  for (const [name, sql] of Object.entries(queries)) out[name] = await sqlOn(engine, sql);
  return out;
}

/** The snapshot after rebuilding every sign-in rollup from scratch. */
async function rebuilt(engine: Engine): Promise<Record<string, unknown>> {
  await requireCase(engine.ctx).withConnection((c) => refreshSigninRollup(c));
  return snapshot(engine);
}

describe('sign-in rollups extended by each new source', () => {
  it.each([1, 2, 3])('equal the rollups rebuilt from every sign-in after adding 1, 2 and 3 sources and removing one (seed %i)', async (seed) => {
    await withTempCase(async (engine, { work }) => {
      const added = [];
      for (const [k, only] of ['zz@solo.example', 'a0@first.example', 'b0@early.example'].entries()) {
        const path = writeInput(work, `s${k}.csv`, signinCsv(seed * 10 + k, 300 + 150 * k, only));
        added.push(await engine.service.addSource({ path, kind: 'signin' }));
        const incremental = await snapshot(engine);
        if (k === 1) {
          const [ids] = await sqlOn<{ newKey: number; most: number }>(
            engine,
            `SELECT (SELECT id FROM rollup.signin_user_ids WHERE "user" = 'a0@first.example') AS "newKey", (SELECT max(id) FROM rollup.signin_user_ids) AS most`,
          );
          expect(ids?.newKey, 'a key first seen in the added source is numbered after the stored ones').toBe(ids?.most);
        }
        expect(incremental.minutes, `source ${k + 1}`).not.toEqual([]);
        await requireCase(engine.ctx).withConnection(async (c) => {
          for (const req of topRequests) {
            expect(await topSourcesFromRollups.answer(c, req), JSON.stringify(req)).toEqual({ answer: await plainTopSources(c, req) });
            expect(await topAccountsFromRollups.answer(c, req), JSON.stringify(req)).toEqual({ answer: await plainTopAccounts(c, req) });
          }
        });
        expect(incremental, `after source ${k + 1}`).toEqual(await rebuilt(engine));
        expect(await requireCase(engine.ctx).withConnection((c) => isDerivedCurrent(c, 'signin'))).toBe(true);
      }
      const removed = added[1];
      if (!removed) throw new Error('no second source');
      await engine.service.removeSource({ sourceId: removed.id, sha256: removed.sha256, reason: 'test' });
      const afterRemoval = await snapshot(engine);
      const [left] = await sqlOn<{ n: number }>(engine, `SELECT sum(failed + success)::INTEGER AS n FROM rollup.signin_1m`);
      expect(left?.n).toBe((added[0]?.rowsLoaded ?? 0) + (added[2]?.rowsLoaded ?? 0));
      expect(afterRemoval).toEqual(await rebuilt(engine));
      expect(await requireCase(engine.ctx).withConnection((c) => isDerivedCurrent(c, 'signin'))).toBe(true);
    });
  });

  it('breaks ties in a ranged top list by key, not by the order accounts were first loaded in', async () => {
    await withTempCase(async (engine, { work }) => {
      const csv = (rows: string[]) => ['TimeGenerated,UserPrincipalName,IPAddress,ResultType', ...rows].join('\n');
      const fails = (user: string, hour: number) => [1, 2, 3].map((m) => `2024-03-04T${hour}:0${m}:00Z,${user},203.0.113.9,50126`);
      const filler = ['2024-03-03T08:00:00Z,f@corp.example,198.51.100.1,0', '2024-03-06T08:00:00Z,f@corp.example,198.51.100.1,0'];
      await engine.service.addSource({ path: writeInput(work, 'first.csv', csv([...filler, ...fails('b@corp.example', 10)])), kind: 'signin' });
      await engine.service.addSource({ path: writeInput(work, 'second.csv', csv(fails('a@corp.example', 11))), kind: 'signin' });
      const req = { from: '2024-03-04T00:00:00Z', to: '2024-03-05T00:00:00Z', limit: 1 };
      await requireCase(engine.ctx).withConnection(async (c) => {
        expect(await plainTopAccounts(c, req)).toMatchObject([{ user: 'a@corp.example', failed: 3 }]);
        expect(await topAccountsFromRollups.answer(c, req)).toEqual({ answer: await plainTopAccounts(c, req) });
      });
    });
  });
});
