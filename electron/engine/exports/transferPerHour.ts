import type { DuckDBConnection } from '@duckdb/node-api';
import type { TransferBucketDto } from '../../../shared/api/exportsApi';
import { queryRows } from '../db/queryRows';

/**
 * Bytes and events per UTC hour, aggregated in SQL. When the span holds more hours than `maxBuckets`,
 * buckets widen to whole multiples of an hour so the chart never receives more points than it can draw.
 */
export async function transferPerHour(c: DuckDBConnection, maxBuckets: number, sourceId?: number): Promise<TransferBucketDto[]> {
  const where = sourceId === undefined ? '' : 'WHERE source_id = $2';
  const params = sourceId === undefined ? [maxBuckets] : [maxBuckets, sourceId];
  return queryRows<TransferBucketDto>(
    c,
    `WITH span AS (
       SELECT greatest(1, ceil(date_diff('hour', min(ts), max(ts)) / $1::DOUBLE))::INTEGER AS hours FROM transfer ${where}
     )
     SELECT strftime(time_bucket(to_hours((SELECT hours FROM span)), ts), '%Y-%m-%dT%H:%M:%SZ') AS bucket,
            coalesce(sum(bytes), 0)::DOUBLE AS bytes, count(*)::DOUBLE AS events
     FROM transfer ${where}
     GROUP BY ALL ORDER BY bucket`,
    params,
  );
}
