import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TransferBucketDto } from '../../../shared/api/exportsApi';
import { ChartFrame } from '../ui/ChartFrame';
import { formatCountOf, formatHourTick } from '../ui/format';
import { bucketHours } from './bucketHours';
import { formatBytes } from '../../../shared/format/formatBytes';

/** Bytes transferred per time bucket (an hour unless the span is long), already aggregated by the engine. */
export function BytesOverTimeChart({ buckets }: { buckets: TransferBucketDto[] }) {
  if (buckets.length === 0) return <p className="hint">No transfer events in this case yet.</p>;
  const total = buckets.reduce((s, b) => s + b.bytes, 0);
  const width = bucketHours(buckets);
  return (
    <div data-testid="bytes-chart" data-total-bytes={total} data-buckets={buckets.length}>
      <p className="hint" data-testid="bytes-chart-hint">
        {width === 1 ? formatCountOf(buckets.length, 'hour') : `${formatCountOf(buckets.length, 'bar')} of ${width} hours`} · {formatBytes(total)} in total · times in UTC
      </p>
      <ChartFrame name="bytes-per-hour">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={buckets} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
            <XAxis dataKey="bucket" tickFormatter={formatHourTick} minTickGap={40} stroke="var(--muted)" fontSize={12} />
            <YAxis tickFormatter={formatBytes} width={72} stroke="var(--muted)" fontSize={12} />
            <Tooltip
              formatter={(v) => [formatBytes(Number(v)), 'bytes']}
              labelFormatter={(l) => `${String(l).replace('T', ' ').replace('Z', '')} UTC`}
              contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }}
            />
            <Bar dataKey="bytes" fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFrame>
    </div>
  );
}
