import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { fastEqualsPlain } from '../testing/fastEqualsPlain';
import { insertSignins } from '../testing/planted/insertSignins';
import { at, signinShapes } from '../testing/planted/signinShapes';
import { withTempCase } from '../testing/withTempCase';
import { alignedToRollup } from './rollupCovers';
import { eventsFromRollups, plainSigninEvents, signinEvents, type SigninEventFilter } from './signinEvents';
import { refreshSigninRollup } from './signinRollup';

const hour = 3_600_000;
const filters: Array<Omit<SigninEventFilter, 'offset' | 'limit'>> = [
  { failedOnly: true },
  { failedOnly: false, from: at(hour), to: at(3 * hour) },
  { failedOnly: true, from: at(hour + 1500) },
  { failedOnly: false, from: at(5 * hour), to: at(5 * hour) },
  { failedOnly: false, ip: '203.0.113.1' },
  { failedOnly: true, ip: '203.0.113.1', from: at(10_000), to: at(10 * 60_000 + 1) },
  { failedOnly: false, ip: '198.51.0.0', from: at(26 * hour) },
  { failedOnly: false, user: 'user7@corp.example' },
  { failedOnly: true, user: 'user7@corp.example', to: at(40 * hour) },
  { failedOnly: true, user: 'u3@corp.example', from: at(2 * hour + 17), to: at(50 * hour) },
  { failedOnly: false, ip: '203.0.113.2', user: 'user40@corp.example' },
  { failedOnly: false, ip: '192.0.2.250' },
];
const pages = filters.flatMap((f) => [0, 3, 7, 80, 140, 5000].map((offset) => ({ ...f, offset, limit: 7 })));

describe('sign-in drill-down', () => {
  it('from the rollups pages exactly as the plain SQL on every shape, across shared timestamps and past the end', async () => {
    for (const shape of signinShapes) {
      await withTempCase(async (engine) => {
        await insertSignins(engine, shape.rows());
        await requireCase(engine.ctx).withConnection(async (c) => {
          expect(await eventsFromRollups.answer(c, { failedOnly: false, ip: '203.0.113.1', offset: 0, limit: 5 })).toBe('no');
          await refreshSigninRollup(c);
          const { declined } = await fastEqualsPlain(c, eventsFromRollups, plainSigninEvents, pages);
          expect(declined).toEqual(pages.filter((f) => f.ip === undefined && f.user === undefined && !(alignedToRollup(f.from) && alignedToRollup(f.to))));
          if (shape.name === 'three busy days with attackers') {
            const first = await signinEvents(c, { ...filters[4], offset: 3, limit: 7 } as SigninEventFilter);
            expect(first.rows.map((r) => r.ts)).toEqual(['2024-01-01T00:00:08Z', '2024-01-01T00:00:15Z', '2024-01-01T00:00:15Z', '2024-01-01T00:00:22Z', '2024-01-01T00:00:22Z', '2024-01-01T00:00:29Z', '2024-01-01T00:00:29Z']);
            expect((await signinEvents(c, { ...filters[4], offset: 0, limit: 1 } as SigninEventFilter)).total).toBe(150);
          }
        });
      });
    }
  });
});
