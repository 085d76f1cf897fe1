import type { DuckDBConnection } from '@duckdb/node-api';
import { UserError } from '../../../../../shared/userError';
import { sqlString } from '../../../sql/sqlString';
import type { LoadOptions } from '../../Loader';

/** The `timezone` loader option (IANA name) checked against DuckDB's zone table; UTC when absent. */
export async function resolveTimezone(c: DuckDBConnection, options: LoadOptions, displayName: string): Promise<string> {
  const tz = options.timezone;
  if (tz === undefined || tz === '') return 'UTC';
  if (typeof tz !== 'string' || !/^[A-Za-z0-9_+\-/]{1,64}$/.test(tz)) {
    throw new UserError('invalid_argument', `${displayName}: option timezone must be an IANA zone name such as Europe/Paris, got "${String(tz)}".`);
  }
  try {
    await c.run(`SELECT timezone(${sqlString(tz)}, TIMESTAMP '2000-01-01 00:00:00')`);
  } catch {
    throw new UserError('invalid_argument', `${displayName}: unknown time zone "${tz}"; expected an IANA zone name such as Europe/Paris.`);
  }
  return tz;
}
