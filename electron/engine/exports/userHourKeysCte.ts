import type { ExportParams } from '../../../shared/api/detectParams';
import { transferUsersTable, unitOfRollup, userHourRollupTable, type UserHourSource } from './userHoursCte';

/**
 * CTE `user_hour_keys(k, unit, h, x)`: the user-hours of `user_hour` keyed by `k`, the rollup's user number when they
 * come from it (so a self-join over millions of user-hours compares integers and names only the rows it keeps), else
 * the user itself. Follows userHoursCte, whose `user_hour` it reads in the second case.
 */
export function userHourKeysCte(measure: ExportParams['measure'], from: UserHourSource): string {
  if (from === 'rollup' && measure !== 'events') {
    return `user_hour_keys AS NOT MATERIALIZED (
  SELECT r.uid AS k, ${unitOfRollup('r.counts_bytes')} AS unit, r.h, r.x::DOUBLE AS x FROM ${userHourRollupTable} r${measure === 'bytes' ? ' WHERE r.counts_bytes' : ''}
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
