import { DuckDBConnection } from '@duckdb/node-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../shared/userError';
import { withTempCase } from '../testing/withTempCase';
import { insertSignins } from '../testing/planted/insertSignins';
import { plantedScenario } from '../testing/planted/plantedScenario';

afterEach(() => vi.restoreAllMocks());

describe('member pages asked together', () => {
  it('answers each ask made in one turn exactly as it is answered alone, masked, refusals included', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, plantedScenario());
      await engine.service.runDetectors({});
      const ids = (await engine.service.listFindings({ limit: 100 })).rows.map((f) => f.id);
      expect(ids.length).toBeGreaterThan(5);
      const asks = [
        ...ids.flatMap((id) =>
          (['accounts', 'sources'] as const).flatMap((of) => [
            { of, id, offset: 0, limit: 100 },
            { of, id, offset: 3, limit: 7 },
            { of, id, offset: 75, limit: 10 },
          ]),
        ),
        { of: 'sources' as const, id: 'no-such-finding', offset: 0, limit: 100 },
      ];
      const ask = ({ of, ...a }: (typeof asks)[number]) => (of === 'accounts' ? engine.api.findingAccounts(a) : engine.api.findingSources(a));
      const settle = (p: Promise<unknown>) => p.then((value) => ({ value }), (e: unknown) => ({ error: e instanceof UserError ? e.code : String(e) }));
      const alone: unknown[] = [];
      for (const a of asks) alone.push(await settle(ask(a)));
      const read = vi.spyOn(DuckDBConnection.prototype, 'runAndReadAll');
      const together = await Promise.all(asks.map((a) => settle(ask(a))));
      expect(read.mock.calls.filter(([sql]) => sql.includes('$asks'))).toHaveLength(3);
      expect(together).toEqual(alone);
      expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
      expect(together.at(-1)).toEqual({ error: 'not_found' });
      const pages = together.slice(0, -1) as Array<{ value: { total: number; rows: unknown[] } }>;
      expect(pages.filter(({ value }) => value.rows.length === 7).length).toBeGreaterThan(3);
      expect(pages.filter(({ value }) => value.total > 75 && value.rows.length === Math.min(10, value.total - 75)).length).toBeGreaterThan(0);
    });
  });
});
