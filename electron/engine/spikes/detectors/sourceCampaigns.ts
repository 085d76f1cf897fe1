import type { SpikeParams } from '../../../../shared/api/detectParams';
import { eventColumns } from './campaignEvent';
import { sourceHitsCte } from './sourceHits';
import { thinSourceHitsCte } from './thinSourceHits';
import { thinMarker, thinWindowHours } from './thinSources';

/**
 * Statement adding single-source campaigns to `campaign_event`: every failure in a hit window of its source (one
 * source failing against many accounts, few times each, mostly never recovering). A source is stuffing when its
 * accounts overlap the leak or mostly do not exist, spray otherwise; sources of one shape active within a window of
 * each other form one campaign (a coordinated spray from a few addresses is one finding). `thin`: the same for thin
 * attacks (thinSourceHits.ts), run after every other campaign, sources within `thinWindowHours` of each other forming
 * one campaign keyed `shape:thin:n`.
 */
export function sourceCampaignsSql(p: SpikeParams, hasLeak: boolean, thin = false): string {
  const s = p.stuffing;
  const gap = thin ? `INTERVAL ${thinWindowHours} HOUR` : `INTERVAL ${p.spray.windowMinutes} MINUTE`;
  const overlap = hasLeak ? `leaked_accounts >= ${s.minLeakOverlap} * accounts OR ` : '';
  return `INSERT INTO campaign_event
WITH ${thin ? thinSourceHitsCte(p.spray) : sourceHitsCte(p.spray)},
ev AS (SELECT * FROM src_flag WHERE src_hit),
per_src AS (
  SELECT ipk, min(ts) AS first_ts, max(ts) AS last_ts, count(*) AS attempts, count(DISTINCT "user") AS accounts,
         count(DISTINCT "user") FILTER (WHERE leaked) AS leaked_accounts, count(*) FILTER (WHERE failure_reason = 'no_such_user') AS nsu
  FROM ev GROUP BY ipk
),
typed AS (SELECT *, CASE WHEN ${overlap}nsu >= ${s.minNoSuchUserShare} * attempts THEN 'single_source' ELSE 'spray' END AS shape FROM per_src),
ordered AS (
  SELECT *, max(last_ts) OVER (PARTITION BY shape ORDER BY first_ts, ipk ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end FROM typed
),
grouped AS (
  SELECT ipk, shape,
         sum(CASE WHEN prev_end IS NULL OR first_ts > prev_end + ${gap} THEN 1 ELSE 0 END)
           OVER (PARTITION BY shape ORDER BY first_ts, ipk ROWS UNBOUNDED PRECEDING) AS g
  FROM ordered
)
SELECT g.shape || ':${thin ? `${thinMarker}:` : ''}' || g.g::VARCHAR, g.shape, ${eventColumns('ev')}
FROM ev JOIN grouped g USING (ipk)`;
}
