import type { DuckDBConnection } from '@duckdb/node-api';
import type { RunIntelDto } from '../../../shared/api/findingsApi';
import { relationExists } from '../spikes/detectors/ipIntel';
import { queryOne } from '../sql/queryRows';

/** Whether the detectors' run reads the case's IP intel, and how much of it, counted in SQL (for the run's summary and audit: the workbench says after a run whether networks were seen). */
export async function runIntel(c: DuckDBConnection): Promise<RunIntelDto> {
  const { signins } = await queryOne<{ signins: boolean }>(c, `SELECT EXISTS (SELECT 1 FROM signin) AS signins`);
  if (!signins) return { state: 'not_needed', addresses: 0, located: 0 };
  if (!(await relationExists(c, 'source_intel'))) return { state: 'missing', addresses: 0, located: 0 };
  const counts = await queryOne<{ addresses: number; located: number }>(
    c,
    `SELECT count(*)::DOUBLE AS addresses, count(*) FILTER (WHERE country IS NOT NULL OR asn IS NOT NULL)::DOUBLE AS located FROM source_intel`,
  );
  return { state: 'used', ...counts };
}
