import type { DuckDBConnection } from '@duckdb/node-api';
import type { SourceKind } from '../../../shared/api/sourcesApi';
import { appendAudit } from '../case/appendAudit';
import { computeCoverage } from '../coverage/computeCoverage';
import { scrubQuotedValues } from '../db/scrubQuotedValues';
import { refreshTransferRollup } from '../exports/transferRollup';
import { refreshSigninRollup } from '../spikes/signinRollup';

/**
 * Derives the tables of a committed load in their own transaction (why: DuckDB scans rows their own still-open
 * transaction inserted on about one core): the sign-in or transfer rollups extended by the new source's rows, or a
 * leak's coverage. Only for derived data whose readers notice when it is missing or stale (the rollups' currency is
 * recorded in derivedState, coverage is computed on first read when absent): a failure, or a crash here, leaves the
 * rows loaded and is audited.
 */
export async function deriveAfterCommit(c: DuckDBConnection, sourceId: number, kind: SourceKind): Promise<void> {
  const [what, derive] =
    kind === 'signin'
      ? (['rollup', () => refreshSigninRollup(c, sourceId)] as const)
      : kind === 'transfer'
        ? (['rollup', () => refreshTransferRollup(c, sourceId)] as const)
        : (['coverage', () => computeCoverage(c, sourceId)] as const);
  await c.run('BEGIN TRANSACTION');
  try {
    await derive();
    await c.run('COMMIT');
  } catch (e) {
    await c.run('ROLLBACK');
    await appendAudit(c, `${what}_failed`, { sourceId, reason: scrubQuotedValues((e as Error).message) });
  }
}
