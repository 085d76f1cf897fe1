import type { DuckDBConnection } from '@duckdb/node-api';
import type { SigninSeriesDto } from '../../../shared/api/spikesApi';
import { queryOne, queryRows } from '../sql/queryRows';
import { sqlBin } from '../sql/sqlBin';
import { sqlIso } from '../sql/sqlIso';
import { alignedToRollup } from './rollupCovers';
import { isDerivedCurrent } from '../db/derivedState';
import { rollupSeconds } from './signinRollup';
import { timeRange } from '../sql/timeRange';

/**
 * Failed and successful sign-ins per epoch-aligned UTC bin, optionally within [from, to). The bin widens to a
 * whole multiple of `binMinutes` when the span would otherwise exceed `maxPoints`.
 */
export async function signinSeries(
  c: DuckDBConnection,
  a: { from?: string | undefined; to?: string | undefined; maxPoints: number; binMinutes: number },
): Promise<SigninSeriesDto> {
  if ((a.binMinutes * 60) % rollupSeconds === 0 && alignedToRollup(a.from) && alignedToRollup(a.to) && (await isDerivedCurrent(c, 'signin'))) return fromRollup(c, a);
  const r = timeRange(a, 1);
  const span = await queryOne<{ minutes: number | null }>(
    c,
    `SELECT (epoch(max(ts)) - epoch(min(ts))) / 60.0 AS minutes FROM signin WHERE true${r.sql}`,
    r.params,
  );
  const steps = Math.max(1, Math.ceil((span.minutes ?? 0) / (a.binMinutes * a.maxPoints)));
  const binMinutes = a.binMinutes * steps;
  const bins = await queryRows<SigninSeriesDto['bins'][number]>(
    c,
    `SELECT ${sqlIso('b')} AS bin, count(*) FILTER (WHERE success IS NOT TRUE)::DOUBLE AS failed,
            count(*) FILTER (WHERE success)::DOUBLE AS success
     FROM (SELECT ${sqlBin('ts', binMinutes * 60)} AS b, success FROM signin WHERE true${r.sql})
     GROUP BY b ORDER BY b`,
    r.params,
  );
  return { binMinutes, bins };
}

/** The same series read from the minute rollup built at ingest: tens of thousands of rows instead of millions. */
async function fromRollup(
  c: DuckDBConnection,
  a: { from?: string | undefined; to?: string | undefined; maxPoints: number; binMinutes: number },
): Promise<SigninSeriesDto> {
  const r = timeRange(a, 1, 'b');
  const span = await queryOne<{ minutes: number | null }>(
    c,
    `SELECT (epoch(max(hi)) - epoch(min(lo))) / 60.0 AS minutes FROM rollup.signin_1m WHERE true${r.sql}`,
    r.params,
  );
  const steps = Math.max(1, Math.ceil((span.minutes ?? 0) / (a.binMinutes * a.maxPoints)));
  const binMinutes = a.binMinutes * steps;
  const bins = await queryRows<SigninSeriesDto['bins'][number]>(
    c,
    `SELECT ${sqlIso('w')} AS bin, sum(failed)::DOUBLE AS failed, sum(success)::DOUBLE AS success
     FROM (SELECT ${sqlBin('b', binMinutes * 60)} AS w, failed, success FROM rollup.signin_1m WHERE true${r.sql})
     GROUP BY w ORDER BY w`,
    r.params,
  );
  return { binMinutes, bins };
}
