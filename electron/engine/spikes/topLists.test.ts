import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { fastEqualsPlain } from '../testing/fastEqualsPlain';
import { insertSignins } from '../testing/planted/insertSignins';
import { at, shapeRanges, signinShapes } from '../testing/planted/signinShapes';
import { withTempCase } from '../testing/withTempCase';
import { dayWindow } from './dayWindow';
import { daySides } from './signinDayRollup';
import { refreshSigninRollup } from './signinRollup';
import { derivedStateTable } from '../db/derivedState';
import { heavyFinalists, plainTopAccounts, plainTopSources, topAccounts, topAccountsFromRollups, topSources, topSourcesFromRollups, type TopRequest } from './topLists';

const requests: TopRequest[] = shapeRanges.flatMap((r) => [1, 3, 10, 40].map((limit) => ({ ...r, limit })));

describe('top sources and accounts', () => {
  it('from the rollups equal the plain SQL on every shape and range, and the rollups decline when stale or built by a version that recorded no state', async () => {
    const decided = new Set<string>();
    for (const shape of signinShapes) {
      await withTempCase(async (engine) => {
        await insertSignins(engine, shape.rows());
        await requireCase(engine.ctx).withConnection(async (c) => {
          await c.run(`INSERT INTO signin (ts, "user", ip, success, source_id) VALUES (TIMESTAMPTZ '2024-01-01 10:00:30+00', 'u5@corp.example', '203.0.113.1', NULL, 1)`);
          await refreshSigninRollup(c);
          for (const [fast, plain] of [[topSourcesFromRollups, plainTopSources], [topAccountsFromRollups, plainTopAccounts]] as const) {
            const { answered } = await fastEqualsPlain<TopRequest, unknown[]>(c, fast, plain, requests);
            expect(answered, shape.name).toBe(requests.length);
          }
          for (const r of shapeRanges.filter((x) => x.from && x.to)) {
            const w = dayWindow(Date.parse(r.from as string), Date.parse(r.to as string));
            if (w) for (const limit of [1, 10]) decided.add(Array.isArray(await heavyFinalists(c, daySides.ip, w, limit)) ? 'finalists' : 'all');
          }
          if (shape.name === 'three busy days with attackers') expect((await topSources(c, { limit: 1 }))[0]).toMatchObject({ ip: '203.0.113.1', failed: 147 }); // the NULL-outcome sign-in added above is not a failure

          await c.run(`INSERT INTO signin (ts, "user", ip, success, source_id) VALUES (TIMESTAMPTZ '2024-01-02 10:00:00+00', 'late@corp.example', '192.0.2.1', false, 2)`);
          const ranged = { from: at(9 * 3_600_000), to: at(2 * 86_400_000), limit: 10 };
          expect(await topSourcesFromRollups.answer(c, ranged)).toBe('no');
          expect(await topAccounts(c, ranged)).toEqual(await plainTopAccounts(c, ranged));
          await refreshSigninRollup(c);
          expect(await topSourcesFromRollups.answer(c, { limit: 10 })).toEqual({ answer: await plainTopSources(c, { limit: 10 }) });
          await c.run('DROP TABLE rollup.signin_ip_heavy_days');
          await c.run(`DELETE FROM ${derivedStateTable}`);
          expect(await topSourcesFromRollups.answer(c, ranged)).toBe('no');
          expect(await topSourcesFromRollups.answer(c, { limit: 10 })).toBe('no');
          expect(await topSources(c, ranged)).toEqual(await plainTopSources(c, ranged));
        });
      });
    }
    expect([...decided].sort()).toEqual(['all', 'finalists']);
  });
});
