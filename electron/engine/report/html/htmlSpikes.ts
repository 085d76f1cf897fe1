import { escapeHtml } from './escapeHtml';
import { formatCount } from '../../../../shared/format/formatCount';
import { htmlTable } from './htmlTable';
import type { ReportModel } from '../model/ReportModel';
import { svgTimeChart } from './svgTimeChart';

/** Question 1: are the leaked credentials used against us? The sign-in chart, the reference rule and the top sources. */
export function htmlSpikes(m: ReportModel): string {
  const s = m.spikes;
  const p = s.reference.params;
  const chart = svgTimeChart({
    title: `Sign-ins per ${s.series.binMinutes}-minute bin, failed vs successful${s.totals.unknown > 0 ? ' (and of unknown outcome)' : ''} (UTC)`,
    times: s.series.bins.map((b) => b.bin),
    series: [
      { label: 'failed', color: '#cf222e', values: s.series.bins.map((b) => b.failed), style: 'bar' },
      { label: 'successful', color: '#2da44e', values: s.series.bins.map((b) => b.success), style: 'line' },
      ...(s.totals.unknown > 0 ? [{ label: 'outcome unknown', color: '#6e7781', values: s.series.bins.map((b) => b.unknown), style: 'line' as const }] : []),
    ],
    unit: 'count',
    axisTitle: 'sign-ins per bin',
  });
  const shown = s.reference.rows.length < s.reference.total ? ` (first ${s.reference.rows.length} shown)` : '';
  return `<section id="spikes"><h2>3. Login spikes</h2>
<p>${formatCount(s.totals.signins)} sign-in${s.totals.signins === 1 ? '' : 's'}, of which ${formatCount(s.totals.failed)} failed${s.totals.unknown > 0 ? ` and ${formatCount(s.totals.unknown)} of unknown outcome (neither failed nor successful: the log does not say how the attempt ended)` : ''}. The reference rule (failed sign-ins with result code ${escapeHtml(p.failureCodes.join(', '))}, per source IP, user and ${p.binMinutes}-minute UTC bin, kept where the count exceeds ${p.minExclusive}) returns <strong data-metric="reference-spikes-total" data-value="${s.reference.total}">${formatCount(s.reference.total)}</strong> rows${shown}. It is blind to distributed attacks, which the classified findings (section 6) cover.</p>
${chart}
${htmlTable(['bin (UTC)', 'source IP', 'user', 'failed'], s.reference.rows.map((r) => [r.bin, r.ip, r.user, r.failed]), 'Reference rule rows')}
${
  s.topSources.length === 0
    ? '<p class="empty">No source failed a sign-in: there is no list of the sources with the most failed sign-ins.</p>'
    : htmlTable(
        ['source IP', 'failed', 'successful', 'accounts', 'first seen (UTC)', 'last seen (UTC)'],
        s.topSources.map((r) => [r.ip, r.failed, r.success, r.accounts, r.firstSeen, r.lastSeen]),
        'Sources with the most failed sign-ins',
      )
}</section>`;
}
