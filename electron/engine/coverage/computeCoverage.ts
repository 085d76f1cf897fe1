import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from '../sql/queryRows';
import { sqlIdent } from '../sql/sqlString';
import { leakTable } from '../sources/formats/leak/leakTable';
import { leakValueColumns } from '../sources/formats/leak/leakValueColumns';
import { leakMetadataColumns } from '../sources/formats/leak/leakMetadataColumns';
import { classChecks, coverageMacros, type CheckKey } from './coverageMacros';
import { classifyBounded } from './classifyColumn';
import { countChecks, countChecksByValue } from './exactCheckCounts';
import { predictChecks } from './predictChecks';
import { fewValuedColumns, firstPassCounts } from './firstPassCounts';
import type { CoverageClass, DataClass } from './dataClasses';
import { headerHint } from './headerHint';
import { censusFromAggregates, hashCensus, type HashCount } from './hashCensus';
import { groupValues, type GroupedValues } from './valueCounts';

/** Above this many rows distinct counts are approximate (HyperLogLog) instead of exact. */
const exactDistinctRows = 5_000_000;

/** A column with at most rows / this many distinct values runs its costly checks once per distinct value, weighted by its count. */
const fewDistinctShare = 20;

/** Columns preferred as the key that counts data subjects, best first (an e-mail key counts only its valid addresses: see classifyAndStore). */
const subjectKeys: DataClass[] = ['Email addresses', 'Identifiers', 'Government issued IDs', 'Usernames', 'Phone numbers'];

/** One column's counts as the passes fill them in. */
interface ColumnState {
  column: string;
  hint: DataClass | null;
  populated: number;
  distinct: number;
  upper: Record<CheckKey, number>;
  exact: Partial<Record<CheckKey, number>>;
  decided?: { dataClass: CoverageClass; valid: number };
  /** Distinct lower-cased values, counted alongside the email check in case the column turns out to count the subjects. */
  subjects?: number;
  /** The hash census, counted alongside the checks reading the scheme in case the column turns out to hold passwords. */
  census?: HashCount[];
}

/** The subjects and census a pass counted for column i, where it counted them (the distinct values are the subjects when lower-casing changes none). */
function aggregatesOf(counts: Record<string, unknown>, i: number, populated: number): Pick<ColumnState, 'subjects' | 'census'> {
  return {
    ...(counts[`subj${i}`] !== undefined ? { subjects: Number(counts[`subj${i}`]) } : {}),
    ...(counts[`cased${i}`] === 0 && counts[`d${i}`] !== undefined ? { subjects: Number(counts[`d${i}`]) } : {}),
    ...(counts[`cs${i}`] !== undefined ? { census: censusFromAggregates(counts, i, populated) } : {}),
  };
}

/**
 * Computes a leak source's PII coverage in SQL over all rows and stores it in the coverage tables.
 * Many-valued columns are counted in one scan (populated, distinct, and exactly the checks the decision reads on the
 * table's first rows: predictChecks); each few-valued column is grouped by value once (groupValues) and counted against
 * every check's cheap pre-filter (firstPassCounts, coverageGuards). Costly checks (regexes, date parsing) the decision still needs
 * then run in further passes (exactCheckCounts). The result equals running every check on every value.
 */
export async function computeCoverage(c: DuckDBConnection, sourceId: number): Promise<void> {
  await c.run(coverageMacros);
  const table = leakTable(sourceId);
  const columns = await leakValueColumns(c, `leak_${sourceId}`);
  const { rows } = await queryOne<{ rows: number }>(c, `SELECT count(*)::DOUBLE AS rows FROM ${table}`);
  const distinct = rows > exactDistinctRows ? (v: string) => `approx_count_distinct(${v})` : (v: string) => `count(DISTINCT ${v})`;
  const few = await fewValuedColumns(c, table, columns);
  const grouped = await groupValues(c, table, columns, few);
  const metadata = await leakMetadataColumns(c, `leak_${sourceId}`);
  await classifyAndStore(c, sourceId, table, columns, rows, distinct, few, grouped, metadata);
  await grouped.drop();
}

/** computeCoverage once the few-valued columns are grouped: the passes, the decisions, and the rows stored. */
async function classifyAndStore(
  c: DuckDBConnection,
  sourceId: number,
  table: string,
  columns: string[],
  rows: number,
  distinct: (v: string) => string,
  few: Set<number>,
  grouped: GroupedValues,
  metadata: Set<string>,
): Promise<void> {
  const keys = Object.keys(classChecks) as CheckKey[];
  // The export's own metadata (an Elasticsearch hit's _index, _id…) is no personal data: Other, no hint, no check run on it.
  const hintOf = (column: string) => (metadata.has(column) ? null : headerHint(column));
  const many = columns.flatMap((column, i): Array<[number, string, DataClass | null]> => (few.has(i) || metadata.has(column) ? [] : [[i, column, hintOf(column)]]));
  const predicted = await predictChecks(c, table, many);
  const first = await firstPassCounts(c, table, columns, distinct, few, new Set(predicted.keys()), grouped);
  const counted = predicted.size === 0 ? {} : await countChecks(c, table, predicted, distinct);
  const states: ColumnState[] = columns.map((column, i) => {
    const hint = hintOf(column);
    const guess = predicted.get(i);
    if (!guess) {
      const upper = Object.fromEntries(keys.map((k) => [k, first[`${k}${i}`] ?? 0])) as Record<CheckKey, number>;
      const decided = metadata.has(column) ? { decided: { dataClass: 'Other' as const, valid: 0 } } : {};
      return { column, hint, populated: first[`p${i}`] ?? 0, distinct: first[`d${i}`] ?? 0, upper, exact: { plain: upper.plain }, ...decided };
    }
    const populated = Number(counted[`p${i}`] ?? 0);
    const upper = Object.fromEntries(keys.map((k) => [k, populated])) as Record<CheckKey, number>;
    const exact = Object.fromEntries(guess.keys.map((k) => [k, Number(counted[`${k}${i}`] ?? 0)]));
    return { column, hint, populated, distinct: Number(counted[`d${i}`] ?? 0), upper, exact, ...aggregatesOf(counted, i, populated) };
  });
  for (;;) {
    const needs = new Map<number, CheckKey[]>();
    for (const [i, s] of states.entries()) {
      if (s.decided) continue;
      const d = classifyBounded(s.populated, s.distinct, s.exact, s.upper, s.hint);
      if ('need' in d) needs.set(i, d.need);
      else s.decided = d;
    }
    if (needs.size === 0) break;
    const scanned = new Map<number, { column: string; keys: CheckKey[] }>();
    for (const [i, keys] of needs) {
      const s = states[i] as ColumnState;
      if (s.distinct > rows / fewDistinctShare) scanned.set(i, { column: s.column, keys });
      else Object.assign(s.exact, await countChecksByValue(c, table, s.column, keys, grouped.source(i)));
    }
    if (scanned.size === 0) continue;
    const counts = await countChecks(c, table, scanned, distinct);
    for (const [i, { keys }] of scanned) {
      const s = states[i] as ColumnState;
      for (const k of keys) s.exact[k] = Number(counts[`${k}${i}`] ?? 0);
      Object.assign(s, aggregatesOf(counts, i, s.populated));
    }
  }
  await c.run(`DELETE FROM coverage_field WHERE source_id = $sourceId`, { sourceId });
  await c.run(`DELETE FROM coverage_hash WHERE source_id = $sourceId`, { sourceId });
  await c.run(`DELETE FROM coverage_source WHERE source_id = $sourceId`, { sourceId });
  for (const [i, s] of states.entries()) {
    const { dataClass, valid } = s.decided ?? { dataClass: 'Other', valid: 0 };
    await c.run(`INSERT INTO coverage_field VALUES ($sourceId, $ordinal, $column, $dataClass, $hint, $populated, $valid, $distinct)`, {
      sourceId,
      ordinal: i + 1,
      column: s.column,
      dataClass,
      hint: s.hint,
      populated: s.populated,
      valid,
      distinct: s.distinct,
    });
    if (dataClass === 'Passwords') {
      for (const h of s.census ?? (await hashCensus(c, table, s.column))) {
        await c.run(`INSERT INTO coverage_hash VALUES ($sourceId, $column, $scheme, $cost, $count)`, { sourceId, column: s.column, scheme: h.scheme, cost: h.cost, count: h.count });
      }
    }
  }
  let subjects = rows;
  let subjectColumn: string | null = null;
  let keyless = 0;
  for (const cls of subjectKeys) {
    const best = states.filter((f) => f.decided?.dataClass === cls && f.populated > 0).sort((a, b) => b.populated - a.populated)[0];
    if (!best) continue;
    subjectColumn = best.column;
    const v = `lower(bd_norm(${sqlIdent(best.column)}))`;
    // A record without the key is still somebody's: counted as one person, not left out of the approximate number.
    keyless = rows - best.populated;
    const keyed = best.decided?.valid ?? best.populated;
    if (cls === 'Email addresses' && keyed < best.populated) {
      // A value that is no e-mail address (a placeholder, a typo) ties the record to nobody: it is keyless too.
      keyless = rows - keyed;
      const valid = `(SELECT bd_norm(${sqlIdent(best.column)}) AS k FROM ${table}) WHERE bd_email(k, NULL, NULL)`;
      subjects = (await queryOne<{ n: number }>(c, `SELECT ${distinct('lower(k)')}::DOUBLE AS n FROM ${valid}`)).n + keyless;
      break;
    }
    subjects = (best.subjects ?? (await queryOne<{ n: number }>(c, `SELECT ${distinct(v)}::DOUBLE AS n FROM ${table}`)).n) + keyless;
    break;
  }
  await c.run(`INSERT INTO coverage_source (source_id, rows, subjects, subject_column, computed_at, keyless) VALUES ($sourceId, $rows, $subjects, $subjectColumn, now(), $keyless)`, {
    sourceId,
    rows,
    subjects,
    subjectColumn,
    keyless,
  });
}
