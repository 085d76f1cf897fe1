import type { DuckDBConnection } from '@duckdb/node-api';
import { checksRead } from './classifyColumn';
import { classChecks, type CheckKey } from './coverageMacros';
import type { DataClass } from './dataClasses';
import { countChecks, type ColumnChecks } from './exactCheckCounts';

/** Rows read from the top of the table to predict which checks the decision over all rows reads. */
const sampleRows = 10_000;

const keys = Object.keys(classChecks) as CheckKey[];

/**
 * What one pass over all rows should count for each many-valued column: every check the decision reads on the table's
 * first rows (counted exactly there), with the subjects when the sample decides email (or only whether lower-casing
 * changes any value, when it changes none there) and the census when it decides passwords. Only a speed choice: computeCoverage still decides on the counts over all rows and asks for any check the
 * sample did not predict.
 */
export async function predictChecks(c: DuckDBConnection, table: string, many: Array<[number, string, DataClass | null]>): Promise<Map<number, ColumnChecks>> {
  const predicted = new Map<number, ColumnChecks>();
  if (many.length === 0) return predicted;
  const sample = await countChecks(
    c,
    `(SELECT * FROM ${table} LIMIT ${sampleRows})`,
    new Map(many.map(([i, column]) => [i, { column, keys, totals: true, subjects: false, census: false, cased: true }])),
    (v) => `count(DISTINCT ${v})`,
  );
  for (const [i, column, hint] of many) {
    const valid = Object.fromEntries(keys.map((k) => [k, Number(sample[`${k}${i}`] ?? 0)])) as Record<CheckKey, number>;
    const { read, dataClass } = checksRead({ populated: Number(sample[`p${i}`] ?? 0), distinct: Number(sample[`d${i}`] ?? 0), valid }, hint);
    const email = dataClass === 'Email addresses';
    const cased = Number(sample[`cased${i}`] ?? 0) > 0;
    predicted.set(i, { column, keys: read, totals: true, subjects: email && cased, cased: email && !cased, census: dataClass === 'Passwords' });
  }
  return predicted;
}
