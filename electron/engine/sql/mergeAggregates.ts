/** How each non-key column of an aggregate combines with the stored one: counts and sums add, first events take the least, last ones the greatest. */
export type Combine = 'sum' | 'min' | 'max';

/**
 * SQL merging the aggregates of new rows (`source`, same columns as `target`) into the stored ones: a key already
 * stored has its columns combined, a new key is inserted (why: a source added to a case touches only the keys it holds,
 * so the derived tables grow by its rows instead of being rebuilt from every row). `storedOnly`, a predicate over the
 * stored rows (`t`) that every key of `source` meets when stored, spares reading the stored rows that cannot match.
 */
export function mergeAggregatesSql(target: string, source: string, keys: string[], columns: Record<string, Combine>, storedOnly?: string): string {
  const on = [...keys.map((k) => `t.${k} = s.${k}`), ...(storedOnly ? [storedOnly] : [])].join(' AND ');
  const combine = (col: string, how: Combine) =>
    how === 'sum' ? `t.${col} + s.${col}` : how === 'min' ? `least(t.${col}, s.${col})` : `greatest(t.${col}, s.${col})`;
  const set = Object.entries(columns).map(([col, how]) => `${col} = ${combine(col, how)}`).join(', ');
  const all = [...keys, ...Object.keys(columns)];
  return `MERGE INTO ${target} t USING ${source} s ON ${on}
WHEN MATCHED THEN UPDATE SET ${set}
WHEN NOT MATCHED THEN INSERT (${all.join(', ')}) VALUES (${all.map((c) => `s.${c}`).join(', ')})`;
}
