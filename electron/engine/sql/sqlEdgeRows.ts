import { sqlSpan } from './sqlSpan';

/** SQL selecting `cols` of `table`'s rows within any of the edge spans, one scan per span (why: an OR of time ranges is not pruned by zone maps, one range per scan is), or no rows without edges. */
export function sqlEdgeRows(cols: string, table: string, edges: Array<[number, number]>): string {
  if (!edges.length) return `SELECT ${cols} FROM ${table} WHERE false`;
  return edges.map((e) => `SELECT ${cols} FROM ${table} WHERE ${sqlSpan('ts', e)}`).join(' UNION ALL ');
}
