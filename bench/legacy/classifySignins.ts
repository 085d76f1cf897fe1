/** The sign-in classifier as it was before issue 16 (commit 7fcd99d), kept only so `npm run bench` can time the new one beside it. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SpikeParams } from '../../shared/api/detectParams';
import type { FindingDraftDto } from '../../shared/api/findingsApi';
import { accountTakeover } from './accountTakeover';
import { attemptTableSql } from './attemptsCte';
import { bruteForce } from './bruteForce';
import { distributedStuffing } from './distributedStuffing';
import { leakColumns, leakValuesSql } from '../../electron/engine/exposure/leakColumns';
import type { LeakContext } from '../../electron/engine/exposure/LeakContext';
import { sourceAttacks } from './sourceAttacks';

/** Resolves the leak identities the sign-in detectors correlate with. */
export async function leakContext(c: DuckDBConnection, p: SpikeParams): Promise<LeakContext> {
  const columns = await leakColumns(c, 'identity', p.leakColumns);
  return { columns, sql: leakValuesSql(columns) };
}

/** Every sign-in detector in order over one shared `attempt` table (single-source attacks, distributed stuffing, brute force, then takeovers after any of them). */
export async function legacyClassifySignins(c: DuckDBConnection, p: SpikeParams): Promise<FindingDraftDto[]> {
  const leak = await leakContext(c, p);
  await c.run(attemptTableSql(p.recoveryMinutes, leak.sql));
  const attacks = [...(await sourceAttacks(c, p, leak)), ...(await distributedStuffing(c, p, leak)), ...(await bruteForce(c, p, leak))];
  await c.run(`DROP TABLE attempt`);
  return [...attacks, ...(await accountTakeover(c, p, attacks))];
}
