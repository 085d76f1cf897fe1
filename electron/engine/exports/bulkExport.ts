import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import type { FindingDraftDto } from '../../../shared/api/findingsApi';
import { queryRows } from '../sql/queryRows';
import { findingId } from '../findings/findingId';
import { userBaselineSql } from './userBaseline';
import { userHourSourceOf } from './userHourSourceOf';
import { explainStatsOverflow } from '../sql/explainStatsOverflow';
import type { ReadMemo } from '../db/ReadMemo';
import { baselineRows } from './baselineRows';
import { rowObject } from '../db/memoQueryRows';
import { formatBytes } from '../../../shared/format/formatBytes';
import { formatCount } from '../../../shared/format/formatCount';
import { crowdHours, crowdUsers } from './crowdHours';
import { ownHabit, runSeverity } from './runSeverity';
import { repeatingHours } from './repeatingHours';

const hourMs = 3_600_000;
/** At most this many flagged user-hours become findings in one run. */
const maxFlaggedHours = 10_000;

/** Groups flagged user-hours into runs of consecutive hours per (user, unit). */
function runsOf(rows: ExportBaselineRowDto[]): ExportBaselineRowDto[][] {
  // Each row's key built once, not twice per comparison.
  const sorted = rows
    .map((r) => ({ r, key: `${r.user}\u0000${r.unit}\u0000${r.hour}` }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ r }) => r);
  const runs: ExportBaselineRowDto[][] = [];
  for (const r of sorted) {
    const last = runs.at(-1)?.at(-1);
    if (last && last.user === r.user && last.unit === r.unit && Date.parse(r.hour) - Date.parse(last.hour) === hourMs) runs.at(-1)?.push(r);
    else runs.push([r]);
  }
  return runs;
}

/** Formats a volume for a sentence: bytes as the workbench shows them, a count for events. */
function volume(x: number, unit: string): string {
  return unit === 'bytes' ? formatBytes(x) : `${formatCount(x)} events`;
}

/**
 * The addresses of each run (its user, from its first to its last hour), at most 500 each in address order, in one scan
 * of `transfer` for all runs: a query per run rescanned the whole log once per run.
 */
async function runIps(c: DuckDBConnection, runs: ExportBaselineRowDto[][]): Promise<string[][]> {
  if (runs.length === 0) return [];
  const spans = runs.map((run, i) => ({ i, user: run[0]?.user ?? null, first: run[0]?.hour ?? '', last: run.at(-1)?.hour ?? '' }));
  const found = await queryRows<{ i: number; ips: string[] }>(
    c,
    `WITH run AS (SELECT unnest(from_json($runs, '[{"i":"INTEGER","user":"VARCHAR","first":"TIMESTAMPTZ","last":"TIMESTAMPTZ"}]'), recursive := true))
     SELECT r.i, list(DISTINCT t.ip ORDER BY t.ip)[1:500] AS ips
     FROM run r JOIN transfer t ON t."user" IS NOT DISTINCT FROM r."user" AND t.ts >= r."first" AND t.ts < r."last" + INTERVAL 1 HOUR
     WHERE t.ip IS NOT NULL GROUP BY r.i`,
    { runs: JSON.stringify(spans) },
  );
  const byRun = new Map(found.map((f) => [f.i, f.ips]));
  return runs.map((_, i) => byRun.get(i) ?? []);
}

/** Bulk export: runs of user-hours far above the user's own baseline and above the floor, one finding per run (the flagged rows kept in `memo` for the page and side file that follow). */
export async function bulkExport(c: DuckDBConnection, p: ExportParams, memo?: ReadMemo): Promise<FindingDraftDto[]> {
  const from = await userHourSourceOf(c, p.measure);
  const sql = userBaselineSql(p, from);
  const found = await baselineRows(c, sql, from, memo);
  const rows = found
    ? found.rows.slice(0, maxFlaggedHours).map((r) => rowObject<ExportBaselineRowDto>(found.columns, r))
    : await explainStatsOverflow(() => queryRows<ExportBaselineRowDto>(c, `${sql} LIMIT ${maxFlaggedHours}`));
  const runs = runsOf(rows);
  const ipsOf = await runIps(c, runs);
  const crowd = crowdHours(rows, p.baseline);
  const repeating = repeatingHours(rows);
  const drafts: FindingDraftDto[] = [];
  for (const [n, run] of runs.entries()) {
    const first = run[0] as ExportBaselineRowDto;
    const last = run.at(-1) as ExportBaselineRowDto;
    const user = first.user ?? '(no user)';
    const total = run.reduce((s, r) => s + r.bytes, 0);
    const peak = run.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const ips = ipsOf[n] ?? [];
    const floor = first.unit === 'bytes' ? p.baseline.floorBytes : p.baseline.floorEvents;
    const judged = runSeverity(run, floor, crowd, repeating);
    const usualHour = Math.max(...run.map(ownHabit));
    const habit = first.median === null ? 'no usable history' : `a usual ${volume(usualHour, first.unit)} per active hour${usualHour > (first.median ?? 0) ? ' at that time of day' : ''}`;
    drafts.push({
      id: findingId('bulk_export', `${first.user ?? ''}|${first.unit}|${first.hour}`),
      kind: 'bulk_export',
      severity: judged.severity,
      ips,
      users: first.user === null ? [] : [first.user],
      start: first.hour,
      end: new Date(Date.parse(last.hour) + hourMs - 1000).toISOString().replace('.000Z', 'Z'),
      summary: `${user} moved ${volume(total, first.unit)} in ${run.length} hour${run.length === 1 ? '' : 's'} from ${first.hour} (peak ${volume(peak.bytes, first.unit)} at ${peak.hour}) against ${habit}.`,
      evidence: {
        user: first.user,
        unit: first.unit,
        hours: run.length,
        total,
        peakHour: peak.hour,
        peak: peak.bytes,
        baselineMedian: first.median,
        baselineIqr: first.iqr,
        baselineHours: first.baselineHours,
        maxScore: run.reduce<number | null>((m, r) => (r.score === null ? m : Math.max(m ?? r.score, r.score)), null),
        reason: first.reason,
        floor,
        usual: judged.usual,
        excess: judged.excess,
        crowdHours: run.filter((r) => crowd.get(r)?.member === true).length,
        repeatHours: run.filter((r) => repeating.has(r)).length,
        hourly: run.map((r) => ({ hour: r.hour, value: r.bytes, score: r.score, hourOfDayMedian: r.hourOfDayMedian })),
      },
      sql,
      params: { baseline: p.baseline, zLimit: p.reference.zLimit, measure: p.measure, crowdUsers },
    });
  }
  return drafts.sort((a, b) => (a.start === b.start ? a.id.localeCompare(b.id) : a.start < b.start ? -1 : 1));
}
