import { useQuery } from '../api/useQuery';
import { ChartFrame } from '../ui/ChartFrame';
import { ErrorNote } from '../ui/ErrorNote';
import { formatCount } from '../../../shared/format/formatCount';
import { formatUtc } from '../ui/formatUtc';
import { Panel } from '../ui/Panel';
import { fillBins } from './fillBins';
import { SigninChart } from './SigninChart';
import type { TimeRange } from './TimeRange';

/** The whole case's span on the axis, dates included (a case within one day shows only times of day on its ticks). */
function wholeSpan(slots: Array<{ bin: string }>, binMinutes: number): string {
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (!first || !last) return 'no sign-ins';
  return `${formatUtc(first.bin)} → ${formatUtc(new Date(Date.parse(last.bin) + binMinutes * 60_000).toISOString())}`;
}

/** The sign-ins-over-time panel: totals, the stacked chart at the engine's bin width, and zoom controls. */
export function SigninSeriesPanel({ range, onZoom, onPick }: { range: TimeRange; onZoom: (r: TimeRange) => void; onPick: (from: string, to: string) => void }) {
  const zoomed = range.from !== undefined;
  const arg = { ...range, binMinutes: zoomed ? 1 : 5, maxPoints: 720 };
  const q = useQuery('signinSeries', arg, JSON.stringify(arg));
  const bins = q.data?.bins ?? [];
  const binMinutes = q.data?.binMinutes ?? arg.binMinutes;
  const failed = bins.reduce((s, b) => s + b.failed, 0);
  const success = bins.reduce((s, b) => s + b.success, 0);
  const unknown = bins.reduce((s, b) => s + b.unknown, 0);
  const slots = fillBins(bins, binMinutes, range);
  return (
    <Panel title="Sign-ins over time" testId="signin-series">
      <ErrorNote message={q.error} />
      <div className="kpis" style={{ marginBottom: 8 }}>
        <div className="kpi">
          <small>Sign-ins</small>
          <b data-testid="kpi-signins">{formatCount(failed + success + unknown)}</b>
        </div>
        <div className="kpi">
          <small>Failed</small>
          <b data-testid="kpi-failed">{formatCount(failed)}</b>
        </div>
        <div className="kpi">
          <small>Successful</small>
          <b data-testid="kpi-success">{formatCount(success)}</b>
        </div>
        {unknown > 0 && (
          <div className="kpi" title="Events whose log does not say how the attempt ended (Windows 4648, a 4768 without pre-authentication): neither failed nor successful">
            <small>Outcome unknown</small>
            <b data-testid="kpi-unknown">{formatCount(unknown)}</b>
          </div>
        )}
        <div className="kpi">
          <small>Bin width</small>
          <b data-testid="kpi-bin">{binMinutes} min</b>
        </div>
      </div>
      <ChartFrame name="signins-over-time" testId="signin-chart" height={260}>
        <div data-testid="signin-chart-data" data-failed={failed} data-success={success} data-unknown={unknown} data-bins={bins.length} data-bin-minutes={binMinutes} data-from={range.from} data-to={range.to} data-first-slot={slots[0]?.bin} data-last-slot={slots[slots.length - 1]?.bin} style={{ height: '100%' }}>
          <SigninChart
            data={slots}
            binMinutes={binMinutes}
            onZoom={(from, to) => onZoom({ from, to })}
            onPick={(bin) => onPick(bin, new Date(Date.parse(bin) + binMinutes * 60_000).toISOString())}
          />
        </div>
      </ChartFrame>
      <div className="table-foot">
        <span className="hint" data-testid="series-range">
          {zoomed ? `${formatUtc(range.from)} → ${formatUtc(range.to)} UTC` : `Whole case, ${wholeSpan(slots, binMinutes)} UTC`} · drag across bars to zoom in, click a bar for its events
        </span>
        {zoomed && (
          <button className="ghost" data-testid="zoom-out" onClick={() => onZoom({})}>
            Zoom out
          </button>
        )}
      </div>
    </Panel>
  );
}
