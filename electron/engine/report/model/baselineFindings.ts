import type { ExportBaselinePageDto } from '../../../../shared/api/exportsApi';
import { findingId } from '../../findings/findingId';
import type { ReportFinding } from './ReportModel';

/** Bulk-export findings from the per-user baseline rows, for cases where no stored findings exist yet. */
export function baselineFindings(page: ExportBaselinePageDto): ReportFinding[] {
  return page.rows
    .filter((r) => r.reason === 'baseline')
    .map((r) => {
      const end = new Date(Date.parse(r.hour) + 3_600_000).toISOString();
      const amount = r.unit === 'bytes' ? `${(r.bytes / 1e9).toFixed(2)} GB` : `${r.bytes} events`;
      return {
        id: findingId('bulk_export', `${r.user ?? ''}\u0000${r.hour}`),
        kind: 'bulk_export',
        severity: r.unit === 'bytes' && r.bytes >= 10e9 ? 'high' : 'medium',
        ips: [],
        users: r.user === null ? [] : [r.user],
        start: r.hour,
        end,
        summary: `${r.user ?? '(no user)'} moved ${amount} in the hour from ${r.hour}, against a median of ${r.median ?? 'n/a'} over ${r.baselineHours} baseline hours (robust score ${r.score?.toFixed(1) ?? 'n/a'}).`,
        evidence: { hour: r.hour, unit: r.unit, amount: r.bytes, median: r.median, iqr: r.iqr, baselineHours: r.baselineHours, score: r.score },
        sql: page.sql,
        params: page.params,
        status: null,
        note: null,
      };
    });
}
