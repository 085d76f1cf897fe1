import { useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, DefaultLegendContent, Legend, type LegendPayload, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExportUnit } from '../../../shared/api/exportsApi';
import { formatHourTick } from '../ui/format';
import { formatUtc } from '../ui/formatUtc';
import { formatMeasure } from '../../../shared/format/formatMeasure';
import type { VolumePoint } from './volumePoints';

/** The threshold line's legend entry: it names the line where a label inside the plot would sit over the bars. */
function thresholdEntry(label: string): LegendPayload {
  return { value: label, type: 'plainline', color: 'var(--danger)', payload: { strokeDasharray: '6 4' } };
}

/** Volume per hour (all users), the user-hours each method flagged as dots, and the reference threshold line (one user-hour's, so it measures the dots, not the bars); click a dot's hour to drill in. */
export function ExportVolumeChart({ points, unit, threshold, onPick }: { points: VolumePoint[]; unit: ExportUnit; threshold: number | null; onPick: (bucket: string) => void }) {
  const [hover, setHover] = useState<string | null>(null);
  const fmt = (v: number) => formatMeasure(v, unit);
  const pick = (l: string | number | undefined) => {
    const at = typeof l === 'string' ? l : hover;
    const p = points.find((x) => x.bucket === at);
    if (p && (p.reference !== undefined || p.baseline !== undefined)) onPick(p.bucket);
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        data={points}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
        onMouseMove={(s) => typeof s.activeLabel === 'string' && setHover(s.activeLabel)}
        onMouseLeave={() => setHover(null)}
        onClick={(s) => pick(s.activeLabel)}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="bucket" tickFormatter={formatHourTick} minTickGap={48} stroke="var(--muted)" fontSize={12} />
        <YAxis tickFormatter={fmt} width={76} stroke="var(--muted)" fontSize={12} />
        <Tooltip
          labelFormatter={(l) => `${formatUtc(String(l))} UTC`}
          formatter={(v, name) => [fmt(Number(v)), name]}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }}
        />
        <Legend
          verticalAlign="top"
          height={24}
          iconSize={10}
          wrapperStyle={{ fontSize: 12 }}
          content={(legend) => (
            <DefaultLegendContent {...legend} payload={threshold === null ? legend.payload : [...(legend.payload ?? []), thresholdEntry(`Reference threshold, one user-hour (${fmt(threshold)})`)]} />
          )}
        />
        <Bar dataKey="total" name="All users, per hour" fill="var(--c1)" fillOpacity={0.45} isAnimationActive={false} />
        <Scatter dataKey="reference" name="Flagged by reference z-score (largest user-hour)" fill="var(--c2)" isAnimationActive={false} />
        <Scatter dataKey="baseline" name="Flagged by per-user baseline" fill="var(--c4)" shape="diamond" isAnimationActive={false} />
        {threshold !== null && (
          <ReferenceLine y={threshold} stroke="var(--danger)" strokeDasharray="6 4" />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
