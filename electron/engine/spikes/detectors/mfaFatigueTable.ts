import type { SpikeParams } from '../../../../shared/api/detectParams';
import { sqlBin } from '../../sql/sqlBin';

/**
 * Statement creating `fatigue`: per account, bursts of second-factor prompts from addresses it had never signed in
 * from — at least minPrompts in a window (on two half-shifted grids), minDenied of them denied — and the success from
 * an address that sent denied prompts that followed within a window, if any (the push the user finally accepted).
 */
export function mfaFatigueTableSql(p: SpikeParams): string {
  const f = p.mfaFatigue;
  const w = f.windowMinutes * 60;
  const half = Math.round((w * 1_000_000) / 2);
  const hit = (g: number, b: string) =>
    `SELECT "user", ${g} AS g, ${b} AS win FROM ev GROUP BY "user", ${b} HAVING count(*) >= ${f.minPrompts} AND count(*) FILTER (WHERE failure_reason = 'mfa_denied') >= ${f.minDenied}`;
  return `CREATE OR REPLACE TEMP TABLE fatigue AS
WITH ev AS (
  SELECT *, ${sqlBin('ts', w)} AS b0, ${sqlBin(`(ts - to_microseconds(${half}))`, w)} AS b1 FROM attempt
  WHERE accepted AND failure_reason IN ('mfa_required', 'mfa_denied') AND "user" IS NOT NULL AND NOT known
),
hit AS (${hit(0, 'b0')} UNION ALL ${hit(1, 'b1')}),
hev AS (
  SELECT e.* FROM ev e
  WHERE EXISTS (SELECT 1 FROM hit h WHERE h.g = 0 AND h."user" = e."user" AND h.win = e.b0)
     OR EXISTS (SELECT 1 FROM hit h WHERE h.g = 1 AND h."user" = e."user" AND h.win = e.b1)
),
agg AS (
  SELECT "user", min(ts) AS start_ts, max(ts) AS end_ts, count(*) AS prompts, count(*) FILTER (WHERE failure_reason = 'mfa_denied') AS denied,
         coalesce(array_sort(list(DISTINCT ip) FILTER (WHERE ip IS NOT NULL)), []) AS ips,
         coalesce(list(DISTINCT ip) FILTER (WHERE ip IS NOT NULL AND failure_reason = 'mfa_denied'), []) AS denied_ips
  FROM hev GROUP BY "user"
),
accepted AS (
  SELECT a."user", min(s.ts) AS ts, arg_min(s.ip, s.ts) AS ip, arg_min(s.user_agent, s.ts) AS user_agent FROM agg a
  JOIN signin s ON s.success AND s."user" = a."user" AND list_contains(a.denied_ips, s.ip) AND s.ts >= a.start_ts AND s.ts <= a.end_ts + INTERVAL ${f.windowMinutes} MINUTE
  GROUP BY a."user"
)
SELECT a.* EXCLUDE (denied_ips), x.ts AS accepted_ts, x.ip AS accepted_ip, x.user_agent AS accepted_agent FROM agg a LEFT JOIN accepted x USING ("user")`;
}
