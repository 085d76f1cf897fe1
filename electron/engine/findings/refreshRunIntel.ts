import type { CaseDb } from '../db/CaseDb';
import { ensureSourceIntel } from '../intel/refreshSourceIntel';
import { relationExists } from '../spikes/detectors/ipIntel';
import { queryOne } from '../sql/queryRows';

/**
 * Builds or refreshes the case's IP intel before the detectors run, when the case holds sign-ins (ensureSourceIntel
 * rebuilds only when the sign-ins, transfers or dataset versions changed since it was built), so "Run detectors" in the
 * workbench, the Api and `analyze` read the same countries and networks and give one answer. When the shipped datasets
 * cannot be loaded the detectors still run: the returned note says so and why, for the run's summary and audit.
 * Called outside any connection: a first dataset load grants DuckDB the package files, which reopens the case.
 */
export async function refreshRunIntel(db: CaseDb): Promise<string[]> {
  const { signins } = await db.withConnection((c) => queryOne<{ signins: boolean }>(c, `SELECT EXISTS (SELECT 1 FROM signin) AS signins`));
  if (!signins) return [];
  try {
    await ensureSourceIntel(db);
    return [];
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const earlier = await db.withConnection((c) => relationExists(c, 'source_intel'));
    return [
      earlier
        ? `The IP intel could not be refreshed (${why}). The detectors read the countries and networks (AS) built earlier, which lack any address loaded since; fix the datasets (docs/ip-intelligence.md) and run again.`
        : `The sign-in addresses have no country or network (AS): the IP intel could not be built (${why}). The detectors ran without it, so no finding shows a sign-in from a new network or country after a campaign's tries, nor a campaign's networks; install the datasets (docs/ip-intelligence.md) and run again.`,
    ];
  }
}
