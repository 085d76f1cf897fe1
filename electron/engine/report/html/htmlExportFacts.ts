import { bulkExportEvidence } from '../../../../shared/exports/bulkExportEvidence';
import { crowdEvidence } from '../../../../shared/exports/crowdEvidence';
import { crowdReasons } from '../../../../shared/exports/crowdReasons';
import { exportReasons } from '../../../../shared/exports/exportReasons';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatMeasure } from '../../../../shared/format/formatMeasure';
import { formatFixed } from '../../../../shared/format/formatFixed';
import type { ReportFinding } from '../model/ReportModel';
import { escapeHtml } from './escapeHtml';
import { htmlTable } from './htmlTable';
import { reportTime } from './reportTime';

/** Hours of a run the report lists one by one; a longer run (a slow pull over days) lists its first ones and says so. */
const listedHours = 48;

/**
 * A bulk-export finding in the report as the workbench shows it: why it has its severity (exportReasons), the run in
 * units and its hours beside the user's usual; a crowd hour, its members. Null for other findings (shown by their raw
 * evidence).
 */
export function htmlExportFacts(f: ReportFinding): string | null {
  const e = bulkExportEvidence(f);
  if (e) {
    const m = (x: number | null) => formatMeasure(x, e.unit);
    const takeoverId = typeof f.evidence.takeoverId === 'string' ? f.evidence.takeoverId : null;
    const why = `<ul class="why">${exportReasons(e, f.severity, takeoverId)
      .map((r) => `<li>${escapeHtml(r.text)}</li>`)
      .join('')}</ul>`;
    const facts = htmlTable(
      ['bulk export', 'value'],
      [
        ['user', e.user ?? '—'],
        ['moved', `${m(e.total)} in ${formatCount(e.hours)} hour${e.hours === 1 ? '' : 's'}, peak ${m(e.peak)} at ${reportTime(e.peakHour)} UTC`],
        ["expected for those hours (the user's habit, or a crowd's or repeating job's volume)", m(e.usual)],
        ['beyond the expected', m(e.excess)],
        ['usual hour (median), spread (IQR)', `${m(e.baselineMedian)}, ${m(e.baselineIqr)}`],
        ['hours of history', `${formatCount(e.baselineHours)} in the window`],
        ['largest hour a day or more before', m(e.priorMax)],
        ['highest robust score', e.maxScore === null ? null : formatFixed(e.maxScore, 1)],
        ['absolute floor', m(e.floor)],
      ],
      undefined,
      'kv',
    );
    const shown = e.hourly.slice(0, listedHours);
    const hours =
      e.hourly.length > 1
        ? htmlTable(
            ['hour (UTC)', 'moved', 'usual at that hour of day', 'robust score'],
            shown.map((h) => [h.hour, m(h.value), m(h.hourOfDayMedian), h.score === null ? null : formatFixed(h.score, 1)]),
            e.hourly.length > shown.length ? `The first ${formatCount(shown.length)} of ${formatCount(e.hourly.length)} hours` : 'Hour by hour',
          )
        : '';
    return why + facts + hours;
  }
  const c = crowdEvidence(f);
  if (c) {
    const m = (x: number) => formatMeasure(x, c.unit);
    const crowdUsers = typeof f.params.crowdUsers === 'number' ? f.params.crowdUsers : null;
    const why = `<ul class="why">${crowdReasons(c, crowdUsers)
      .map((r) => `<li>${escapeHtml(r.text)}</li>`)
      .join('')}</ul>`;
    const facts = htmlTable(
      ['crowd hour', 'value'],
      [
        ['users who moved alike', formatCount(c.crowdSize)],
        ['users flagged that hour', formatCount(c.flaggedUsers)],
        ['median', m(c.crowdMedian)],
        ['moved in all', m(c.total)],
      ],
      undefined,
      'kv',
    );
    const members = htmlTable(
      ['user', 'moved'],
      c.crowd.map((r) => [r.user, m(r.value)]),
      c.crowd.length < c.crowdSize ? `The ${formatCount(c.crowd.length)} largest of ${formatCount(c.crowdSize)} members` : 'Members',
    );
    return why + facts + members;
  }
  return null;
}
