import { sqlString } from '../../electron/engine/sql/sqlString';

/** SQL picking one of `values` deterministically from the hash of `seedSql` and a salt. */
export function pick(values: readonly string[], seedSql: string, salt: number): string {
  return `[${values.map(sqlString).join(', ')}][(hash(${seedSql}, ${salt}) % ${values.length})::INTEGER + 1]`;
}

/** SQL for a deterministic whole number in [0, n) from the hash of `seedSql` and a salt. */
export function uniform(n: number, seedSql: string, salt: number): string {
  return `(hash(${seedSql}, ${salt}) % ${n})::BIGINT`;
}
