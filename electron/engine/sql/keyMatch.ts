import { sqlString } from './sqlString';

/** SQL matching column `k` against a list of keys that may hold NULL (why: `IN` never matches NULL, and a NULL source or account ranks like any other). */
export function keyMatch(k: string, keys: Array<string | null>): string {
  const named = keys.filter((x): x is string => x !== null).map(sqlString);
  const parts = [...(named.length ? [`${k} IN (${named.join(', ')})`] : []), ...(keys.includes(null) ? [`${k} IS NULL`] : [])];
  return parts.length ? `(${parts.join(' OR ')})` : 'false';
}
