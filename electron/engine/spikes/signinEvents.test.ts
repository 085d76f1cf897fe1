import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { withTempCase } from '../testing/withTempCase';
import { insertSignins } from '../testing/planted/insertSignins';
import { rollupScenario, rollupStart } from '../testing/planted/rollupScenario';
import { refreshSigninRollup } from './signinRollup';
import { signinEvents, type SigninEventFilter } from './signinEvents';

const at = (ms: number): string => new Date(rollupStart + ms).toISOString();
const hour = 3_600_000;
const filters: Array<Omit<SigninEventFilter, 'offset' | 'limit'>> = [
  { failedOnly: true },
  { failedOnly: false, from: at(hour), to: at(3 * hour) },
  { failedOnly: true, from: at(hour + 1500) },
  { failedOnly: false, ip: '203.0.113.1' },
  { failedOnly: true, ip: '203.0.113.1', from: at(10_000), to: at(10 * 60_000 + 1) },
  { failedOnly: false, user: 'user7@corp.example' },
  { failedOnly: true, user: 'user7@corp.example', to: at(40 * hour) },
  { failedOnly: false, ip: '203.0.113.2', user: 'user40@corp.example' },
  { failedOnly: false, ip: '192.0.2.250' },
];

describe('sign-in drill-down from the ingest rollups', () => {
  it('pages exactly as a scan does, across shared timestamps and past the end', async () => {
    await withTempCase(async (engine) => {
      await insertSignins(engine, rollupScenario());
      await requireCase(engine.ctx).withConnection(async (c) => {
        const pages = filters.flatMap((f) => [0, 3, 7, 80, 140, 5000].map((offset) => ({ ...f, offset, limit: 7 })));
        const scanned = [];
        for (const f of pages) scanned.push(await signinEvents(c, f));
        await refreshSigninRollup(c);
        for (const [i, f] of pages.entries()) expect(await signinEvents(c, f), JSON.stringify(f)).toEqual(scanned[i]);
        expect(scanned[3 * 6]?.total).toBe(150);
        expect(scanned[3 * 6 + 1]?.rows.map((r) => r.ts)).toEqual(['2024-01-01T00:00:08Z', '2024-01-01T00:00:15Z', '2024-01-01T00:00:15Z', '2024-01-01T00:00:22Z', '2024-01-01T00:00:22Z', '2024-01-01T00:00:29Z', '2024-01-01T00:00:29Z']);
      });
    });
  });
});
