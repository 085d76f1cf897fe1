import { useQuery } from '../api/useQuery';
import { ChartFrame } from '../ui/ChartFrame';
import { ErrorNote } from '../ui/ErrorNote';
import { formatUtc } from '../ui/formatUtc';
import { Panel } from '../ui/Panel';
import { showUser } from '../ui/showUser';
import type { ExportDrill } from './ExportDrill';
import { fillHours } from './fillHours';
import { formatMeasure } from '../../../shared/format/formatMeasure';
import { TransferEventsTable } from './TransferEventsTable';
import { UserHoursChart } from './UserHoursChart';

const week = 7 * 86_400_000;

/** Drill-down into one user-hour: the user's hours a week either side, the hour marked, and that hour's events. */
export function UserHourPanel({ drill, revealed, onClose }: { drill: ExportDrill; revealed: boolean; onClose: () => void }) {
  const t = Date.parse(drill.hour);
  const arg = { user: drill.user, from: new Date(t - week).toISOString(), to: new Date(t + week).toISOString() };
  const q = useQuery('userHourSeries', arg, JSON.stringify(arg));
  const hours = fillHours(q.data ?? []);
  const unit = hours.some((h) => h.bytes !== null && h.bytes > 0) ? 'bytes' : 'events';
  const focus = q.data?.find((h) => Date.parse(h.hour) === t);
  return (
    <Panel
      title={`${showUser(drill.user)} around ${formatUtc(drill.hour).slice(0, 16)} UTC (${drill.origin})`}
      testId="user-hour-panel"
      close={{ testId: 'user-hour-close', onClose }}
    >
      <ErrorNote message={q.error} />
      <p className="hint" style={{ paddingRight: 110 }} data-testid="user-hour-focus" data-bytes={focus?.bytes ?? ''} data-events={focus?.events ?? ''}>
        That hour: {formatMeasure(unit === 'bytes' ? focus?.bytes : focus?.events, unit)} in {focus?.events ?? 0} events · the user's hours a week either side, the hour
        marked in red
      </p>
      <ChartFrame name="user-hours" testId="user-hours-chart" height={200}>
        <UserHoursChart hours={hours} unit={unit} mark={drill.hour} />
      </ChartFrame>
      <TransferEventsTable user={drill.user} hour={drill.hour} revealed={revealed} />
    </Panel>
  );
}
