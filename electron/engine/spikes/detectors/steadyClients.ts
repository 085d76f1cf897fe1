import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../../../shared/api/detectParams';
import { queryRows } from '../../sql/queryRows';

/**
 * The brute-force campaigns (in `campaign_event`) that are steady clients, not guessers: every source's credential
 * failures on the account go on for at least `bruteForce.steadyHours` with a failure in at least half of those
 * hours, never succeeding from it. Why: a client holding a stale password or secret (an app after a rotation, a
 * misconfigured service account, a forgotten device) retries on a timer around the clock for days, while a person or
 * tool guessing works in bursts; the steady ones stay findings (they lock the account and can hide an attack) at
 * medium. A guesser who spreads tries evenly over days is read the same way.
 */
export async function steadyClients(c: DuckDBConnection, p: SpikeParams): Promise<Set<string>> {
  const rows = await queryRows<{ cid: string }>(
    c,
    `WITH pair AS (SELECT DISTINCT cid, "user", ip FROM campaign_event WHERE shape = 'brute_force'),
per_src AS (
  SELECT p.cid, p.ip, count(DISTINCT date_trunc('hour', a.ts)) AS hours, (epoch(max(a.ts)) - epoch(min(a.ts))) / 3600 AS span,
         EXISTS (SELECT 1 FROM ok_pair o WHERE o."user" = p."user" AND o.ip IS NOT DISTINCT FROM p.ip) AS succeeded
  FROM pair p JOIN attempt a ON a."user" = p."user" AND a.ip IS NOT DISTINCT FROM p.ip AND a.failed
  GROUP BY p.cid, p.ip, p."user"
)
SELECT cid FROM per_src GROUP BY cid
HAVING bool_and(span >= ${p.bruteForce.steadyHours} AND hours >= 0.5 * span AND NOT succeeded)`,
  );
  return new Set(rows.map((r) => r.cid));
}
