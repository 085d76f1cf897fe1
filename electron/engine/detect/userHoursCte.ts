import type { ExportParams } from '../../../shared/api/detectParams';
import { sqlBin } from './sqlBin';

/**
 * CTEs `src_unit` and `user_hour(user, unit, hour, xi, x)`: per (user, UTC hour floor) the summed bytes, or the event
 * count for sources without byte counts (measure 'auto'), exact as HUGEINT `xi` and as DOUBLE `x`, materialised once.
 */
export function userHoursCte(measure: ExportParams['measure']): string {
  const unit =
    measure === 'auto'
      ? `CASE WHEN bool_or(bytes IS NOT NULL) THEN 'bytes' ELSE 'events' END`
      : `'${measure === 'bytes' ? 'bytes' : 'events'}'`;
  return `src_unit AS (
  SELECT source_id, ${unit} AS unit FROM transfer GROUP BY source_id
),
user_hour AS MATERIALIZED (
  SELECT t."user", u.unit, ${sqlBin('t.ts', 3600)} AS hour,
         (CASE WHEN u.unit = 'bytes' THEN sum(t.bytes) ELSE count(*) END)::HUGEINT AS xi,
         (CASE WHEN u.unit = 'bytes' THEN sum(t.bytes) ELSE count(*) END)::DOUBLE AS x
  FROM transfer t JOIN src_unit u ON u.source_id = t.source_id
  WHERE u.unit = 'events' OR t.bytes IS NOT NULL
  GROUP BY t."user", u.unit, hour
)`;
}
