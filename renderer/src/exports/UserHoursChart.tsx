import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExportUnit, UserHourDto } from '../../../shared/api/exportsApi';
import { formatHourTick } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { formatMeasure } from '../../../shared/format/formatMeasure';

/** One user's volume per hour around the hour under review, which is drawn in red. */
export function UserHoursChart({ hours, unit, mark }: { hours: UserHourDto[]; unit: ExportUnit; mark: string }) {
  const key = unit === 'bytes' ? 'bytes' : 'events';
  const fmt = (v: number) => formatMeasure(v, unit);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={hours} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="hour" tickFormatter={formatHourTick} minTickGap={48} stroke="var(--muted)" fontSize={12} />
        <YAxis tickFormatter={fmt} width={76} stroke="var(--muted)" fontSize={12} />
        <Tooltip labelFormatter={(l) => `${formatUtc(String(l))} UTC`} formatter={(v) => [fmt(Number(v)), unit]} contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
        <Bar dataKey={key} fill="var(--c1)" isAnimationActive={false}>
          {hours.map((h) => (
            <Cell key={h.hour} fill={h.hour === mark ? 'var(--danger)' : 'var(--c1)'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
