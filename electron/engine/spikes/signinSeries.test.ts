import { describe, expect, it } from 'vitest';
import { requireCase } from '../case/requireCase';
import { fastEqualsPlain } from '../testing/fastEqualsPlain';
import { insertSignins } from '../testing/planted/insertSignins';
import { plantedScenario } from '../testing/planted/plantedScenario';
import { at, shapeRanges, signinShapes } from '../testing/planted/signinShapes';
import { withTempCase } from '../testing/withTempCase';
import { alignedToRollup } from './rollupCovers';
import { plainSigninSeries, seriesFromRollup, signinSeries, type SeriesRequest } from './signinSeries';
import { refreshSigninRollup } from './signinRollup';

const shapes = [...signinShapes, { name: 'planted attacks', rows: plantedScenario }];
const charts = [
  { maxPoints: 2000, binMinutes: 5 },
  { maxPoints: 2000, binMinutes: 15 },
  { maxPoints: 50, binMinutes: 5 },
  { maxPoints: 720, binMinutes: 1 },
  { maxPoints: 10, binMinutes: 7 },
];
const plantedRanges = [
  { from: '2024-03-03T10:00:00Z', to: '2024-03-03T11:00:00Z' },
  { from: '2024-03-03T10:02:00Z' },
  { from: '2024-03-03T10:02:00Z', to: '2024-03-04T09:17:00Z' },
  { from: '2024-03-03T10:02:30Z', to: '2024-03-04T09:17:00Z' },
  { from: '2024-03-02T00:00:00Z' },
];
const requests: SeriesRequest[] = [...shapeRanges, ...plantedRanges, { from: at(2 * 60_000), to: at(23 * 3_600_000 + 17 * 60_000) }].flatMap((r) => charts.map((k) => ({ ...r, ...k })));

describe('sign-in chart', () => {
  it('from the minute rollup equals the plain SQL on every shape, declining exactly the bounds that split a minute', async () => {
    for (const shape of shapes) {
      await withTempCase(async (engine) => {
        await insertSignins(engine, shape.rows());
        await requireCase(engine.ctx).withConnection(async (c) => {
          expect(await seriesFromRollup.answer(c, { maxPoints: 2000, binMinutes: 5 })).toBe('no');
          await refreshSigninRollup(c);
          const { answered, declined } = await fastEqualsPlain(c, seriesFromRollup, plainSigninSeries, requests);
          expect(declined, shape.name).toEqual(requests.filter((r) => !alignedToRollup(r.from) || !alignedToRollup(r.to)));
          expect(answered).toBeGreaterThan(requests.length / 2);
          const whole = await signinSeries(c, { maxPoints: 2000, binMinutes: 5 });
          expect(whole.bins.reduce((s, b) => s + b.failed + b.success + b.unknown, 0)).toBe(shape.rows().length);
          expect(whole.bins.reduce((s, b) => s + b.unknown, 0), shape.name).toBe(shape.rows().filter((r) => r.success === null).length);
          expect(whole.bins.reduce((s, b) => s + b.failed, 0), shape.name).toBe(shape.rows().filter((r) => r.success === false).length);
        });
      });
    }
  });
});
