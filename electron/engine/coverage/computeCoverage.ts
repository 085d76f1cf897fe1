import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows } from '../db/queryRows';
import { sqlIdent } from '../db/sqlString';
import { leakTable } from '../ingest/leak/leakTable';
import { classChecks, coverageMacros, type CheckKey } from './coverageMacros';
import { classifyColumn, type ColumnCounts } from './classifyColumn';
import { coverageSchema } from './coverageSchema';
import type { DataClass } from './dataClasses';
import { headerHint } from './headerHint';
import { hashCensus } from './hashCensus';

/** Above this many rows distinct counts are approximate (HyperLogLog) instead of exact. */
const exactDistinctRows = 5_000_000;

/** Columns preferred as the key that counts data subjects, best first. */
const subjectKeys: DataClass[] = ['Email addresses', 'Identifiers', 'Usernames', 'Phone numbers'];

/**
 * Computes a leak source's PII coverage in SQL over all rows — one aggregate pass for every column's
 * checks, then the hash census and the subject count — and stores it in the coverage tables.
 */
export async function computeCoverage(c: DuckDBConnection, sourceId: number): Promise<void> {
  await c.run(coverageSchema);
  await c.run(coverageMacros);
  const table = leakTable(sourceId);
  const columns = (
    await queryRows<{ name: string }>(
      c,
      `SELECT column_name AS name FROM information_schema.columns
       WHERE table_schema = 'main' AND table_name = $1 AND column_name <> '_line' ORDER BY ordinal_position`,
      [`leak_${sourceId}`],
    )
  ).map((r) => r.name);
  const { rows } = await queryOne<{ rows: number }>(c, `SELECT count(*)::DOUBLE AS rows FROM ${table}`);
  const distinct = rows > exactDistinctRows ? (v: string) => `approx_count_distinct(${v})` : (v: string) => `count(DISTINCT ${v})`;
  const keys = Object.keys(classChecks) as CheckKey[];
  const aggregates = columns.flatMap((_, i) => [
    `count(v${i})::DOUBLE AS p${i}`,
    `${distinct(`v${i}`)}::DOUBLE AS d${i}`,
    ...keys.map((k) => `count_if(${classChecks[k]}(v${i}, s${i}, t${i}))::DOUBLE AS ${k}${i}`),
  ]);
  const stats =
    columns.length === 0
      ? {}
      : await queryOne<Record<string, number>>(
          c,
          `SELECT ${aggregates.join(', ')}
           FROM (SELECT ${columns.map((_, i) => `v${i}, bd_scheme(v${i}) AS s${i}, bd_ts(v${i}) AS t${i}`).join(', ')}
                 FROM (SELECT ${columns.map((col, i) => `bd_norm(${sqlIdent(col)}) AS v${i}`).join(', ')} FROM ${table}))`,
        );
  await c.run(`DELETE FROM coverage_field WHERE source_id = $1`, [sourceId]);
  await c.run(`DELETE FROM coverage_hash WHERE source_id = $1`, [sourceId]);
  await c.run(`DELETE FROM coverage_source WHERE source_id = $1`, [sourceId]);
  const classified: Array<{ column: string; dataClass: DataClass; populated: number }> = [];
  for (const [i, column] of columns.entries()) {
    const counts: ColumnCounts = {
      populated: stats[`p${i}`] ?? 0,
      distinct: stats[`d${i}`] ?? 0,
      valid: Object.fromEntries(keys.map((k) => [k, stats[`${k}${i}`] ?? 0])) as Record<CheckKey, number>,
    };
    const hint = headerHint(column);
    const { dataClass, valid } = classifyColumn(counts, hint);
    classified.push({ column, dataClass, populated: counts.populated });
    await c.run(`INSERT INTO coverage_field VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      sourceId, i + 1, column, dataClass, hint, counts.populated, valid, counts.distinct,
    ]);
    if (dataClass === 'Passwords') {
      for (const h of await hashCensus(c, table, column)) {
        await c.run(`INSERT INTO coverage_hash VALUES ($1, $2, $3, $4, $5)`, [sourceId, column, h.scheme, h.cost, h.count]);
      }
    }
  }
  let subjects = rows;
  let subjectColumn: string | null = null;
  for (const cls of subjectKeys) {
    const best = classified.filter((f) => f.dataClass === cls && f.populated > 0).sort((a, b) => b.populated - a.populated)[0];
    if (!best) continue;
    subjectColumn = best.column;
    const v = `lower(bd_norm(${sqlIdent(best.column)}))`;
    subjects = (await queryOne<{ n: number }>(c, `SELECT ${distinct(v)}::DOUBLE AS n FROM ${table}`)).n;
    break;
  }
  await c.run(`INSERT INTO coverage_source VALUES ($1, $2, $3, $4, now())`, [sourceId, rows, subjects, subjectColumn]);
}
