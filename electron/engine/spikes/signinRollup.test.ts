import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { sqlOn } from '../testing/sqlOn';
import { withTempCase, writeInput } from '../testing/withTempCase';
import { insertSignins } from '../testing/planted/insertSignins';
import { plantedScenario } from '../testing/planted/plantedScenario';
import { isDerivedCurrent } from '../db/derivedState';
import { refreshSigninRollup } from './signinRollup';

describe('sign-in rollup', () => {
  it('counts as current only once built and until sign-ins change under it', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, plantedScenario().slice(0, 50));
      await requireCase(engine.ctx).withConnection(async (c) => {
        expect(await isDerivedCurrent(c, 'signin')).toBe(false);
        await refreshSigninRollup(c);
        expect(await isDerivedCurrent(c, 'signin')).toBe(true);
      });
      await insertSignins(engine, plantedScenario().slice(50, 60));
      expect(await requireCase(engine.ctx).withConnection((c) => isDerivedCurrent(c, 'signin'))).toBe(false);
    });
  });

  it('is rebuilt by every sign-in ingest, once its load has committed', async () => {
    await withTempCase(async (engine, { work }) => {
      const csv = ['TimeGenerated,UserPrincipalName,IPAddress,ResultType', '2026-01-01T00:01:00Z,a@x.example,203.0.113.1,50126', '2026-01-01T00:07:00Z,a@x.example,203.0.113.1,0'];
      await engine.service.addSource({ path: writeInput(work, 'a.csv', csv.join('\n')), kind: 'signin' });
      expect(await sqlOn(engine, `SELECT strftime(b, '%H:%M') AS b, failed::INTEGER AS failed, success::INTEGER AS success FROM rollup.signin_1m ORDER BY b`)).toEqual([
        { b: '00:01', failed: 1, success: 0 },
        { b: '00:07', failed: 0, success: 1 },
      ]);
      expect(await sqlOn(engine, `SELECT strftime(b, '%Y-%m-%d') AS b, id, failed::INTEGER AS failed, success::INTEGER AS success FROM rollup.signin_user_days`)).toEqual([
        { b: '2026-01-01', id: 1, failed: 1, success: 1 },
      ]);
      expect((await engine.service.listTables({})).map((t) => t.name).filter((t) => t.startsWith('signin'))).toEqual(['signin']);
    });
  });
});
