import type { DuckDBConnection } from '@duckdb/node-api';
import type { TransferBucketDto } from '../../../shared/api/exportsApi';
import { queryRows } from '../db/queryRows';

/**
 * Bytes and events per UTC hour, aggregated in SQL, with empty hours filled so the time axis is linear.
 * When the span holds more hours than `maxBuckets`, buckets widen to whole multiples of an hour so the
 * chart never receives more points than it can draw.
 */
export async function transferPerHour(c: DuckDBConnection, maxBuckets: number, sourceId?: number): Promise<TransferBucketDto[]> {
  const where = sourceId === undefined ? '' : 'WHERE source_id = $2';
  const params = sourceId === undefined ? [maxBuckets] : [maxBuckets, sourceId];
  return queryRows<TransferBucketDto>(
    c,
    `WITH span AS (
       SELECT min(ts) AS lo, max(ts) AS hi,
              to_hours(greatest(1, ceil((date_diff('hour', min(ts), max(ts)) + 1) / $1::DOUBLE))::BIGINT) AS width
       FROM transfer ${where}
     ),
     agg AS (
       SELECT time_bucket((SELECT width FROM span), ts) AS b, sum(bytes) AS bytes, count(*) AS events
       FROM transfer ${where} GROUP BY ALL
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
