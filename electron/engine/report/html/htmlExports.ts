import { escapeHtml } from './escapeHtml';
import { formatBytes } from '../../../../shared/format/formatBytes';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatFixed } from '../../../../shared/format/formatFixed';
import { htmlTable } from './htmlTable';
import type { ReportModel } from '../model/ReportModel';
import { svgTimeChart } from './svgTimeChart';

/** What a baseline row's reason means to a reader. */
const reasonWords = { baseline: 'above own baseline', no_history: 'no history: z-score alone' } as const;

/** Question 2: did any account pull data out in bulk? Volume chart with flagged hours, reference z-score and baseline rows. */
export function htmlExports(m: ReportModel): string {
  const e = m.exports;
  const flagged = new Set([...e.reference.rows.map((r) => r.hour), ...e.baseline.rows.filter((r) => r.reason === 'baseline').map((r) => r.hour)]);
  const starts = e.perHour.map((b) => Date.parse(b.bucket));
  const marks = [...new Set([...flagged].map((h) => starts.findLastIndex((t) => t <= Date.parse(h))).filter((i) => i >= 0))];
  const anyBytes = e.perHour.some((b) => b.bytes > 0);
  const chart = svgTimeChart({
    title: anyBytes ? 'Bytes transferred per bucket (UTC); flagged hours shaded' : 'Transfer events per bucket (UTC); flagged hours shaded',
    times: e.perHour.map((b) => b.bucket),
    series: [{ label: anyBytes ? 'bytes' : 'events', color: '#0969da', values: e.perHour.map((b) => (anyBytes ? b.bytes : b.events)), style: 'bar' }],
    marks,
    unit: anyBytes ? 'bytes' : 'count',
    axisTitle: anyBytes ? 'bytes per bucket' : 'events per bucket',
  });
  const amount = (unit: string, v: number) => (unit === 'bytes' ? formatBytes(v) : `${formatCount(v)} events`);
  const stats = e.reference.stats.map((s) => `${s.unit}: ${formatCount(s.userHours)} user-hours, mean ${amount(s.unit, s.mean)}, sample sd ${s.stddev === null ? 'n/a' : amount(s.unit, s.stddev)}`).join('; ');
  const b = e.baseline.params;
  const shown = (rows: number, total: number) => (rows < total ? ` (first ${formatCount(rows)} of ${formatCount(total)}, by hour)` : '');
  return `<section id="exports"><h2>4. Export volumes</h2>
<p>Reference method: amount per (user, UTC hour), z = |x − mean| / sample standard deviation over all user-hours, anomaly where z &gt; ${escapeHtml(e.reference.params.zLimit)}. ${stats ? `${escapeHtml(stats)}. ` : ''}It flags <strong data-metric="export-reference-total" data-value="${e.reference.total}">${formatCount(e.reference.total)}</strong> user-hour${e.reference.total === 1 ? '' : 's'}. Per-user robust baseline (median and interquartile range over ${b.baselineDays} days excluding the hour under test, score limit ${b.scoreLimit}, floor ${formatBytes(b.floorBytes)} or ${b.floorEvents} events) flags <strong data-metric="export-baseline-total" data-value="${e.baseline.total}">${formatCount(e.baseline.total)}</strong> user-hour${e.baseline.total === 1 ? '' : 's'}.</p>
${chart}
${htmlTable(['hour (UTC)', 'user', 'amount', 'z'], e.reference.rows.map((r) => [r.hour, r.user, amount(r.unit, r.bytes), formatFixed(r.z, 2)]), `Reference z-score anomalies${shown(e.reference.rows.length, e.reference.total)}`)}
${htmlTable(
  ['hour (UTC)', 'user', 'amount', 'user median', 'baseline hours', 'score', 'reason'],
  e.baseline.rows.map((r) => [r.hour, r.user, amount(r.unit, r.bytes), r.median === null ? null : amount(r.unit, r.median), r.baselineHours, r.score === null ? null : formatFixed(r.score, 1), reasonWords[r.reason]]),
  `Above the account’s own baseline${shown(e.baseline.rows.length, e.baseline.total)}`,
)}</section>`;
}
