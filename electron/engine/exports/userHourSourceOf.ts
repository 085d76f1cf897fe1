import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams } from '../../../shared/api/detectParams';
import { isDerivedCurrent } from '../db/derivedState';
import type { UserHourSource } from './userHoursCte';

/** Picks the rollup for the export detectors when it is current and holds the asked measure, else a fresh scan of `transfer`. */
export async function userHourSourceOf(c: DuckDBConnection, measure: ExportParams['measure']): Promise<UserHourSource> {
  return measure !== 'events' && (await isDerivedCurrent(c, 'transfer')) ? 'rollup' : 'scan';
}
