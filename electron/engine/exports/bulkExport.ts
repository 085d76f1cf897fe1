import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportParams } from '../../../shared/api/detectParams';
import type { ExportBaselineRowDto } from '../../../shared/api/exportsApi';
import type { FindingDraftDto } from '../../../shared/api/findingsApi';
import type { BulkExportEvidence } from '../../../shared/api/findingEvidence';
import { queryRows } from '../sql/queryRows';
import { findingId } from '../findings/findingId';
import { userBaselineSql } from './userBaseline';
import { userHourSourceOf } from './userHourSourceOf';
import type { ReadMemo } from '../db/ReadMemo';
import { crowdHours, crowdUsers } from './crowdHours';
import { ownHabit, runSeverity, userHourKey } from './runSeverity';
import { repeatingHours } from './repeatingHours';
import { crowdHourFindings } from './crowdHourFindings';
import { formatMeasure as volume } from '../../../shared/format/formatMeasure';
import { flaggedHours, maxFlaggedHours } from './flaggedHours';

const hourMs = 3_600_000;

/** Groups flagged user-hours into runs of consecutive hours per (user, unit). */
function runsOf(rows: ExportBaselineRowDto[]): ExportBaselineRowDto[][] {
  // Each row's key built once, not twice per comparison, and compared by code unit: a run needs its user's hours
  // together and in order (ISO hours sort as text), not a locale's collation.
  const sorted = rows
    .map((r) => ({ r, key: `${r.user}\u0000${r.unit}\u0000${r.hour}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ r }) => r);
  const runs: ExportBaselineRowDto[][] = [];
  for (const r of sorted) {
    const last = runs.at(-1)?.at(-1);
    if (last && last.user === r.user && last.unit === r.unit && Date.parse(r.hour) - Date.parse(last.hour) === hourMs) runs.at(-1)?.push(r);
    else runs.push([r]);
  }
  return runs;
}

/**
 * The addresses of each run (its user, from its first to its last hour), at most 500 each in address order, in one scan
 * of `transfer` for all runs: a query per run rescanned the whole log once per run.
 */
async function runIps(c: DuckDBConnection, runs: ExportBaselineRowDto[][]): Promise<string[][]> {
  if (runs.length === 0) return [];
  // A log that names no address (the reference transfer CSV) is answered from the row groups' statistics.
  const [named] = await queryRows<{ any: boolean }>(c, `SELECT EXISTS (SELECT 1 FROM transfer WHERE ip IS NOT NULL) AS "any"`);
  if (!named?.any) return runs.map(() => []);
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

/** What the bulk-export detector found, and what it could not turn into findings. */
export interface BulkExportResult {
  findings: FindingDraftDto[];
  /** User-hours the baseline flagged in all. */
  flagged: number;
  /** Flagged user-hours left out because more than maxFlaggedHours were flagged (the smallest). */
  leftOut: number;
}

/**
 * Bulk export: runs of user-hours far above the user's own baseline and above the floor, one finding per run, but for
 * the runs a crowd hour explains wholly, which are one low finding per crowd hour (the flagged rows kept in `memo` for
 * the page and side file that follow).
 */
export async function bulkExport(c: DuckDBConnection, p: ExportParams, memo?: ReadMemo): Promise<BulkExportResult> {
  const from = await userHourSourceOf(c, p.measure);
  const sql = userBaselineSql(p, from);
  const { rows, flagged } = await flaggedHours(c, sql, from, memo);
  const crowd = crowdHours(rows, p.baseline);
  const repeating = repeatingHours(rows);
  const runs = runsOf(rows).filter((run) => !run.every((r) => crowd.get(r)?.member === true));
  const crowdMembers = rows.filter((r) => crowd.get(r)?.member === true);
  // Hours no later run may take as the user's habit: crowd members, then each high run's hours (runs come in time order per user).
  const notHabit = { crowd: new Set(crowdMembers.map((r) => userHourKey(r.user, r.unit, r.hour))), high: new Set<string>() };
  const ipsOf = await runIps(c, [...runs, ...crowdMembers.map((r) => [r])]);
  const memberIps = new Map(crowdMembers.map((r, i) => [r, ipsOf[runs.length + i] ?? []]));
  const floorOf = (unit: ExportBaselineRowDto['unit']) => (unit === 'bytes' ? p.baseline.floorBytes : p.baseline.floorEvents);
  const params = { baseline: p.baseline, zLimit: p.reference.zLimit, measure: p.measure, crowdUsers };
  const drafts: FindingDraftDto[] = crowdHourFindings(rows, crowd, floorOf, (r) => memberIps.get(r) ?? [], sql, params);
  for (const [n, run] of runs.entries()) {
    const first = run[0] as ExportBaselineRowDto;
    const last = run.at(-1) as ExportBaselineRowDto;
    const user = first.user ?? '(no user)';
    const total = run.reduce((s, r) => s + r.bytes, 0);
    const peak = run.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const ips = ipsOf[n] ?? [];
    const floor = floorOf(first.unit);
    const judged = runSeverity(run, floor, crowd, repeating, notHabit, p.baseline.scoreLimit);
    if (judged.severity === 'high') for (const r of run) notHabit.high.add(userHourKey(r.user, r.unit, r.hour));
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
        precedentHours: judged.precedentHours,
        logScore: judged.logScore,
        upperQuartile: peak.upperQuartile,
        heavyHabit: judged.heavyHabit,
        priorMax: peak.priorMax,
        hourly: run.map((r) => ({ hour: r.hour, value: r.bytes, score: r.score, hourOfDayMedian: r.hourOfDayMedian })),
      } satisfies BulkExportEvidence,
      sql,
      params,
    });
  }
  return {
    findings: drafts.sort((a, b) => (a.start === b.start ? a.id.localeCompare(b.id) : a.start < b.start ? -1 : 1)),
    flagged,
    leftOut: Math.max(0, flagged - maxFlaggedHours),
  };
}
