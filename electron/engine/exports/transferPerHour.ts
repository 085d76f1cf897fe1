import type { DuckDBConnection } from '@duckdb/node-api';
import type { TransferBucketDto } from '../../../shared/api/exportsApi';
import { queryRows } from '../sql/queryRows';
import { isDerivedCurrent } from '../db/derivedState';
import { hourlyTransferTable } from './transferRollup';

/**
 * Bytes and events per UTC hour, aggregated in SQL, with empty hours filled so the time axis is linear.
 * When the span holds more hours than `maxBuckets`, buckets widen to whole multiples of an hour so the
 * chart never receives more points than it can draw. Reads the hourly rollup built at ingest when it is current
 * (buckets are whole hours, so summing hours gives the same buckets as summing rows).
 */
export async function transferPerHour(c: DuckDBConnection, maxBuckets: number, sourceId?: number): Promise<TransferBucketDto[]> {
  const where = sourceId === undefined ? '' : 'WHERE source_id = $sourceId';
  const params: Record<string, number> = sourceId === undefined ? { maxBuckets } : { maxBuckets, sourceId };
  const rollup = await isDerivedCurrent(c, 'transfer');
  const [table, lo, hi, t, events] = rollup ? [hourlyTransferTable, 'min(lo)', 'max(hi)', 'hour', 'sum(events)'] : ['transfer', 'min(ts)', 'max(ts)', 'ts', 'count(*)'];
  return queryRows<TransferBucketDto>(
    c,
    `WITH span AS (
       SELECT ${lo} AS lo, ${hi} AS hi,
              to_hours(greatest(1, ceil((date_diff('hour', ${lo}, ${hi}) + 1) / $maxBuckets::DOUBLE))::BIGINT) AS width
       FROM ${table} ${where}
     ),
     agg AS (
       SELECT time_bucket((SELECT width FROM span), ${t}) AS b, sum(bytes) AS bytes, ${events} AS events
       FROM ${table} ${where} GROUP BY ALL
     ),
     axis AS (
       SELECT unnest(range(time_bucket(width, lo), hi + width, width)) AS b FROM span WHERE lo IS NOT NULL
     )
     SELECT strftime(axis.b, '%Y-%m-%dT%H:%M:%SZ') AS bucket,
            coalesce(agg.bytes, 0)::DOUBLE AS bytes, coalesce(agg.events, 0)::DOUBLE AS events
     FROM axis LEFT JOIN agg USING (b)
     WHERE axis.b <= (SELECT hi FROM span)
     ORDER BY axis.b`,
    params,
  );
}
