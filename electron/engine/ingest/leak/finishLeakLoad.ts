import type { DuckDBConnection } from '@duckdb/node-api';
import { computeCoverage } from '../../coverage/computeCoverage';

/** Last step of every leak load, inside its transaction: compute and store the source's PII coverage. */
export async function finishLeakLoad(c: DuckDBConnection, sourceId: number): Promise<void> {
  await computeCoverage(c, sourceId);
}
