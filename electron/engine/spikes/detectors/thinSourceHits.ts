import type { SpikeParams } from '../../../../shared/api/detectParams';
import { sourceWindowCountsSql } from './sourceHits';
import { thinMinAccounts, thinWindowHours } from './thinSources';

/**
 * CTEs `src_ev`, `thin_win`, `thin_base`, `thin_hit` and `src_flag`, as sourceHitsCte's but for thin attacks: the
 * failures of sources no campaign claimed yet (run after every other campaign, so a residential proxy of a distributed
 * campaign stays in it) and that are not shared infrastructure, counted per (source, window) over `thinWindowHours` on
 * two grids. A window is a hit when the source failed against at least `thinMinAccounts` accounts and more than the
 * tenant's honest base rate, the most accounts any established address (one an account succeeded from on two days or
 * more) failed against in a window, few times each, mostly never recovered. A log with no established address has no
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
thin_base AS (
  SELECT CASE WHEN EXISTS (SELECT 1 FROM ok_pair WHERE many_days AND ip IS NOT NULL) THEN greatest(${thinMinAccounts}, coalesce(max(accounts), 0) + 1) END AS min_accounts
  FROM thin_win WHERE ipk IN (SELECT ip FROM ok_pair WHERE many_days AND ip IS NOT NULL)
),
thin_hit AS (
  SELECT ipk, g, win FROM thin_win, thin_base
  WHERE accounts >= min_accounts AND failures <= ${p.maxAttemptsPerAccount} * accounts AND recovered_accounts <= ${p.maxRecoveredShare} * accounts
),
src_flag AS (${grid.flag('thin_hit')})`;
}
