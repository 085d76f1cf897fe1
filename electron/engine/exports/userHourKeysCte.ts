import type { ExportParams } from '../../../shared/api/detectParams';
import { transferUsersTable, unitOfRollup, userHourRollupTable, type UserHourSource } from './userHoursCte';

/** Whole amounts of the rollup (bounds included) a caller knows it can skip: the scan drops them before anything is joined. */
export interface RawRange {
  lo: bigint;
  hi: bigint;
}

/**
 * CTE `user_hour_keys(k, unit, h, x)`: the user-hours of `user_hour` keyed by `k`, the rollup's user number when they
 * come from it (so a self-join over millions of user-hours compares integers and names only the rows it keeps), else
 * the user itself; from the rollup, the rows whose amount lies in `outside` are left out. Follows userHoursCte, whose
 * `user_hour` it reads in the second case.
 */
export function userHourKeysCte(measure: ExportParams['measure'], from: UserHourSource, outside?: RawRange): string {
  if (from === 'rollup' && measure !== 'events') {
    const where = [...(measure === 'bytes' ? ['r.counts_bytes'] : []), ...(outside ? [`r.x NOT BETWEEN ${outside.lo} AND ${outside.hi}`] : [])];
    return `user_hour_keys AS NOT MATERIALIZED (
  SELECT r.uid AS k, ${unitOfRollup('r.counts_bytes')} AS unit, r.h, r.x::DOUBLE AS x FROM ${userHourRollupTable} r${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}
)`;
  }
  return `user_hour_keys AS NOT MATERIALIZED (SELECT "user" AS k, unit, h, x FROM user_hour)`;
}

/** The FROM clause naming the user of each row of `table` (keyed as user_hour_keys keys it) as `"user"`, beside its columns. */
export function userOfKey(table: string, measure: ExportParams['measure'], from: UserHourSource): string {
  return from === 'rollup' && measure !== 'events'
    ? `(SELECT u."user", t.* FROM ${table} t JOIN ${transferUsersTable} u ON u.uid = t.k)`
    : `(SELECT t.k AS "user", t.* FROM ${table} t)`;
}
