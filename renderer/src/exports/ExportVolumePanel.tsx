import type { ExportStatsDto, ExportUnit, TransferBucketDto } from '../../../shared/api/exportsApi';
import { ChartFrame } from '../ui/ChartFrame';
import { formatCount } from '../../../shared/format/formatCount';
import { Panel } from '../ui/Panel';
import { ExportVolumeChart } from './ExportVolumeChart';
import type { FlaggedHour } from './FlaggedHour';
import { formatMeasure } from '../../../shared/format/formatMeasure';
import { volumePoints } from './volumePoints';

/** The volume-over-time panel: population statistics of the reference method, the threshold, and the chart with both methods' flags. */
export function ExportVolumePanel(props: {
  buckets: TransferBucketDto[];
  stats: ExportStatsDto[];
  zLimit: number;
  reference: { rows: FlaggedHour[]; total: number };
  baseline: { rows: FlaggedHour[]; total: number };
  onPick: (bucket: string) => void;
}) {
  const { buckets, stats, zLimit, reference, baseline } = props;
  const unit: ExportUnit = stats.some((s) => s.unit === 'bytes') || stats.length === 0 ? 'bytes' : 'events';
  const s = stats.find((x) => x.unit === unit);
  const threshold = s && s.stddev !== null ? s.mean + zLimit * s.stddev : null;
  const points = volumePoints(buckets, unit, reference.rows, baseline.rows);
  const total = points.reduce((sum, p) => sum + p.total, 0);
  return (
    <Panel title={unit === 'bytes' ? 'Bytes per hour, with flagged user-hours' : 'Events per hour, with flagged user-hours'} testId="export-volume">
      <div className="kpis" style={{ marginBottom: 8 }}>
        <div className="kpi">
          <small>Total volume</small>
          <b data-testid="kpi-total">{formatMeasure(total, unit)}</b>
        </div>
        <div className="kpi">
          <small>User-hours</small>
          <b data-testid="kpi-user-hours">{formatCount(s?.userHours ?? 0)}</b>
        </div>
        <div className="kpi" title="Mean and sample standard deviation of all user-hours">
          <small>Mean ± sd per user-hour</small>
          <b data-testid="kpi-mean">
            {formatMeasure(s?.mean, unit)} ± {formatMeasure(s?.stddev, unit)}
          </b>
        </div>
        <div className="kpi" title={`mean + ${zLimit} · sd`}>
          <small>Reference threshold</small>
          <b data-testid="kpi-threshold" data-value={threshold ?? ''}>
            {formatMeasure(threshold, unit)}
          </b>
        </div>
        <div className="kpi">
          <small>Flagged: reference / baseline</small>
          <b data-testid="kpi-flagged">
            {formatCount(reference.total)} / {formatCount(baseline.total)}
          </b>
        </div>
      </div>
      <ChartFrame name="export-volume" testId="export-chart" height={280}>
        <div data-testid="export-chart-data" data-total={total} data-buckets={buckets.length} data-threshold={threshold ?? ''} style={{ height: '100%' }}>
          {buckets.length === 0 ? <p className="hint">No transfer events in this case yet.</p> : <ExportVolumeChart points={points} unit={unit} threshold={threshold} onPick={props.onPick} />}
        </div>
      </ChartFrame>
      <p className="hint">Bars: all users together per hour (UTC). Dots: the largest user-hour each method flags in that hour; click one to see that user's hours and events. Dashed line: the reference threshold of one user-hour, which the dots are measured against (not the bars).</p>
    </Panel>
  );
}
