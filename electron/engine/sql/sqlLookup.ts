import { sqlString } from './sqlString';

/** A value looked up in a fixed table, in SQL: `CASE expr WHEN 'key' THEN 'value' … END` (NULL for a key not in it), for the vocabularies loaders map codes and names through. */
export function sqlLookup(expr: string, table: Iterable<readonly [string, string]>): string {
  const whens = [...table].map(([key, value]) => `WHEN ${sqlString(key)} THEN ${sqlString(value)}`);
  return `CASE ${expr} ${whens.join(' ')} END`;
}
