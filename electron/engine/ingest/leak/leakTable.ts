import { sqlIdent } from '../../db/sqlString';

/** The quoted name of the table holding a leak source's rows as loaded. */
export function leakTable(sourceId: number): string {
  return sqlIdent(`leak_${sourceId}`);
}
