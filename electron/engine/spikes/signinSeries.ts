import type { DuckDBConnection } from '@duckdb/node-api';
import type { SigninSeriesDto } from '../../../shared/api/spikesApi';
import { fastOrPlain, type FastPath } from '../sql/FastPath';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlBin } from '../sql/sqlBin';
import { sqlIso } from '../sql/sqlIso';
import { timeRange, type OptionalRange } from '../sql/timeRange';
import { alignedToRollup } from './rollupCovers';
import { isDerivedCurrent } from '../db/derivedState';
import { rollupSeconds } from './signinRollup';
import { failedSigninSql, unknownOutcomeSql } from './failedSigninSql';

/** A sign-in chart request: an optional range, the bin the chart asks for and the most bins it can draw. */
export type SeriesRequest = OptionalRange & { maxPoints: number; binMinutes: number };

/** How many minutes wide the bins are: `binMinutes`, widened to a whole multiple of it when the span would need more than `maxPoints` bins. */
function widened(req: SeriesRequest, spanMinutes: number | null): number {
  return req.binMinutes * Math.max(1, Math.ceil((spanMinutes ?? 0) / (req.binMinutes * req.maxPoints)));
}

/** The meaning of the chart: failed, successful and unknown-outcome sign-ins per epoch-aligned UTC bin within the range, counted from every sign-in. */
export async function plainSigninSeries(c: DuckDBConnection, req: SeriesRequest): Promise<SigninSeriesDto> {
  const r = timeRange(req);
  const span = await queryOne<{ minutes: number | null }>(c, `SELECT (epoch(max(ts)) - epoch(min(ts))) / 60.0 AS minutes FROM signin WHERE ${r.sql}`, r.params);
  const binMinutes = widened(req, span.minutes);
  const bins = await queryRows<SigninSeriesDto['bins'][number]>(
    c,
    `SELECT ${sqlIso('b')} AS bin, count(*) FILTER (WHERE ${failedSigninSql})::DOUBLE AS failed,
            count(*) FILTER (WHERE success)::DOUBLE AS success, count(*) FILTER (WHERE ${unknownOutcomeSql})::DOUBLE AS unknown
     FROM (SELECT ${sqlBin('ts', binMinutes * 60)} AS b, success FROM signin WHERE ${r.sql})
     GROUP BY b ORDER BY b`,
    r.params,
  );
  return { binMinutes, bins };
}

/**
 * The same chart from the minute rollup built at ingest (tens of thousands of rows instead of millions); 'no' when the
 * rollup is stale or missing, or a bound or the bin width does not fall on whole minutes (a minute would then be split).
 */
export const seriesFromRollup: FastPath<SeriesRequest, SigninSeriesDto> = {
  async answer(c, req) {
    if ((req.binMinutes * 60) % rollupSeconds !== 0 || !alignedToRollup(req.from) || !alignedToRollup(req.to)) return 'no';
    if (!(await isDerivedCurrent(c, 'signin'))) return 'no';
    const r = timeRange(req, { col: 'b' });
    const span = await queryOne<{ minutes: number | null }>(
      c,
      `SELECT (epoch(max(hi)) - epoch(min(lo))) / 60.0 AS minutes FROM rollup.signin_1m WHERE ${r.sql}`,
      r.params,
    );
    const binMinutes = widened(req, span.minutes);
    const bins = await queryRows<SigninSeriesDto['bins'][number]>(
      c,
      `SELECT ${sqlIso('w')} AS bin, sum(failed)::DOUBLE AS failed, sum(success)::DOUBLE AS success, sum(unknown)::DOUBLE AS unknown
       FROM (SELECT ${sqlBin('b', binMinutes * 60)} AS w, failed, success, unknown FROM rollup.signin_1m WHERE ${r.sql})
       GROUP BY w ORDER BY w`,
      r.params,
    );
    return { answer: { binMinutes, bins } };
  },
};

/** Failed, successful and unknown-outcome sign-ins per epoch-aligned UTC bin, optionally within [from, to). */
export function signinSeries(c: DuckDBConnection, req: SeriesRequest): Promise<SigninSeriesDto> {
  return fastOrPlain(c, req, seriesFromRollup, plainSigninSeries);
}
