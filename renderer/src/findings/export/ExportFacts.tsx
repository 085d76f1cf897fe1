import type { BulkExportEvidence } from '../../../../shared/api/findingEvidence';
import type { Severity } from '../../../../shared/api/findingsApi';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatMeasure } from '../../../../shared/format/formatMeasure';
import { formatCountOf, formatScore } from '../../ui/format';
import { formatShortUtc } from '../../ui/formatShortUtc';
import { showIp } from '../../ui/showIp';
import { showUser } from '../../ui/showUser';
import { exportReasons } from '../../../../shared/exports/exportReasons';
import { timesUsual } from './timesUsual';

/**
 * Why a user's bulk-export run was raised and at its severity: the run in one line, the severity rule step by step
 * (exportReasons), the run hour by hour beside the user's usual at that time of day, and the history it was judged on.
 */
export function ExportFacts({ e, severity, ips, takeoverId }: { e: BulkExportEvidence; severity: Severity; ips: string[]; takeoverId: string | null }) {
  const m = (x: number | null) => formatMeasure(x, e.unit);
  const times = timesUsual(e.total, e.usual);
  return (
    <div data-testid="export-facts">
      <p style={{ margin: '0 0 6px' }}>
        <strong data-testid="export-user">{showUser(e.user)}</strong>
        <span className="muted" data-testid="export-summary">
          {' '}
          · {m(e.total)} in {formatCountOf(e.hours, 'hour')} from {formatShortUtc(e.hourly[0]?.hour ?? e.peakHour)} UTC
          {times ? ` · ${times}` : ''}
        </span>
      </p>
      <ul data-testid="export-reasons" style={{ margin: '0 0 8px', paddingLeft: 18 }}>
        {exportReasons(e, severity, takeoverId).map((r) => (
          <li key={r.code} data-code={r.code}>
            {r.text}
          </li>
        ))}
      </ul>
      <div className="table-scroll" style={{ maxHeight: 220, marginBottom: 8 }}>
        <table className="grid compact" data-testid="export-hours">
          <thead>
            <tr>
              <th>Hour (UTC)</th>
              <th className="num">Moved</th>
              <th className="num">Usual at that hour of day</th>
              <th className="num">Robust score</th>
            </tr>
          </thead>
          <tbody>
            {e.hourly.map((h) => (
              <tr key={h.hour} className={h.hour === e.peakHour ? 'selected' : undefined}>
                <td>{formatShortUtc(h.hour)}</td>
                <td className="num">{m(h.value)}</td>
                <td className="num">{h.hourOfDayMedian === null ? 'too few such hours' : m(h.hourOfDayMedian)}</td>
                <td className="num">{h.score === null ? '—' : formatScore(h.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="dl">
        <dt>Usual hour (median)</dt>
        <dd>{m(e.baselineMedian)}</dd>
        <dt>Usual spread (IQR)</dt>
        <dd>{m(e.baselineIqr)}</dd>
        <dt>Hours of history</dt>
        <dd>{formatCount(e.baselineHours)} in the ±7-day window</dd>
        <dt>Absolute floor</dt>
        <dd>{m(e.floor)}</dd>
        {ips.length > 0 && (
          <>
            <dt>From</dt>
            <dd className="mono">{ips.slice(0, 5).map(showIp).join(', ') + (ips.length > 5 ? ` and ${formatCount(ips.length - 5)} more` : '')}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
