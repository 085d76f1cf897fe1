import type { SpikeParams } from '../../../../shared/api/detectParams';
import { sourceWindowCountsSql } from './sourceHits';
import { thinMinAccounts, thinWindowHours } from './thinSources';

/**
 * CTEs `src_ev`, `thin_win`, `thin_base`, `thin_hit` and `src_flag`, as sourceHitsCte's but for thin attacks: the
 * failures of sources no campaign claimed yet (run after every other campaign, so a residential proxy of a distributed
 * campaign stays in it) and that are not shared infrastructure, counted per (source, window) over `thinWindowHours` on
 * two grids. A window is a hit when the source failed against at least `thinMinAccounts` accounts and more than the
 * tenant's honest base rate, the most accounts any other established address (one an account succeeded from on two days
 * or more) failed against in a window, few times each, mostly never recovered. Any other: an established address that
 * turns into a spray source (a compromised server whose service account signs in there every day) set its own bar, so
 * a slow spray from it was never a hit (docs/detection-scenarios.md, "The Windows domain blind test"). A log with no established address has no
 * base rate (an excerpt of minutes or hours cannot say what is usual), so there the narrow rule alone judges.
 */
export function thinSourceHitsCte(p: SpikeParams['spray']): string {
  const grid = sourceWindowCountsSql(thinWindowHours * 60);
  return `src_ev AS (
  SELECT *, ${grid.bins} FROM attempt a
  WHERE failed AND NOT known AND NOT EXISTS (SELECT 1 FROM campaign_event ce WHERE ce.ip IS NOT DISTINCT FROM a.ip)
    AND NOT coalesce((SELECT sp.shared FROM src_profile sp WHERE sp.ip = a.ip), false)
),
thin_win AS (${grid.windows}),
thin_most AS (
  SELECT ipk, max(accounts) AS most, row_number() OVER (ORDER BY max(accounts) DESC, ipk) AS place
  FROM thin_win WHERE ipk IN (SELECT ip FROM ok_pair WHERE many_days AND ip IS NOT NULL) GROUP BY ipk
),
thin_base AS (
  SELECT EXISTS (SELECT 1 FROM ok_pair WHERE many_days AND ip IS NOT NULL) AS judged,
    (SELECT ipk FROM thin_most WHERE place = 1) AS top_ip,
    coalesce((SELECT most FROM thin_most WHERE place = 1), 0) AS top,
    coalesce((SELECT most FROM thin_most WHERE place = 2), 0) AS second
),
thin_hit AS (
  SELECT ipk, g, win FROM thin_win, thin_base
  WHERE judged AND accounts >= greatest(${thinMinAccounts}, CASE WHEN ipk IS NOT DISTINCT FROM top_ip THEN second ELSE top END + 1)
    AND failures <= ${p.maxAttemptsPerAccount} * accounts AND recovered_accounts <= ${p.maxRecoveredShare} * accounts
),
src_flag AS (${grid.flag('thin_hit')})`;
}
