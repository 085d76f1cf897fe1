import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import type { ReadMemo } from '../db/ReadMemo';
import { rowObject } from '../db/memoQueryRows';
import { explainStatsOverflow } from '../sql/explainStatsOverflow';
import { queryRows } from '../sql/queryRows';
import { baselineRows } from './baselineRows';
import type { UserHourSource } from './userHoursCte';

/** Most flagged user-hours the bulk-export detector turns into findings in one run; beyond it, the largest (a parameter set flagging millions of hours must not pull them all into JS). */
export const maxFlaggedHours = 100_000;

/** The flagged user-hours the detector judges (at most the cap), and how many the baseline flagged in all. */
export interface FlaggedHours {
  rows: ExportBaselineRowDto[];
  flagged: number;
}

/**
 * Every user-hour baseline query `sql` flags, or the `maxFlaggedHours` largest when it flags more (why: a chronological
 * cut silently dropped every finding after the 10 000th flagged hour, the planted 40 GB pulls of a log's last days
 * among them; the largest volumes are the ones an analyst must not miss, and the count left out is reported). From the
 * case's read memo when the rows are kept there.
 */
export async function flaggedHours(c: DuckDBConnection, sql: string, from: UserHourSource, memo: ReadMemo | undefined, cap = maxFlaggedHours): Promise<FlaggedHours> {
  const found = await baselineRows(c, sql, from, memo);
  if (found) {
    const bytes = found.columns.indexOf('bytes');
    const kept = found.rows.length <= cap ? found.rows : [...found.rows].sort((a, b) => Number(b[bytes]) - Number(a[bytes])).slice(0, cap);
    return { rows: kept.map((r) => rowObject<ExportBaselineRowDto>(found.columns, r)), flagged: found.rows.length };
  }
  const rows = await explainStatsOverflow(() =>
    queryRows<ExportBaselineRowDto & { flaggedTotal: number }>(
      c,
      `SELECT *, (count(*) OVER ())::DOUBLE AS "flaggedTotal" FROM (${sql}) ORDER BY bytes DESC, hour, "user" NULLS FIRST, unit LIMIT ${Math.trunc(cap)}`,
    ),
  );
  return { rows: rows.map(({ flaggedTotal: _total, ...r }) => r), flagged: rows[0]?.flaggedTotal ?? 0 };
}
