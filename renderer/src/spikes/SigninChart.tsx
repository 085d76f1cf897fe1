import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SigninBinDto } from '../../../shared/api/spikesApi';
import { formatCount } from '../../../shared/format/formatCount';
import { formatUtc } from '../ui/formatUtc';
import { binTick } from './binTick';

type Label = string | number | undefined;

/** Stacked failed/successful sign-ins per bin (and those of unknown outcome, when the log has any); drag across bars to zoom in, click one bar to see its events. `data` is every bin of the axis, the empty ones included (fillBins). */
export function SigninChart({ data, binMinutes, onZoom, onPick }: { data: SigninBinDto[]; binMinutes: number; onZoom: (from: string, to: string) => void; onPick: (bin: string) => void }) {
  const [drag, setDrag] = useState<{ a: string; b: string } | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  if (data.length === 0) return <p className="hint">No sign-ins in this range.</p>;
  const spanDays = (Date.parse(data[data.length - 1]?.bin ?? '') - Date.parse(data[0]?.bin ?? '')) / 86_400_000;
  const anyUnknown = data.some((b) => b.unknown > 0);
  const labelOf = (l: Label) => (typeof l === 'string' ? l : hover);
  const start = (l: Label) => {
    const at = labelOf(l);
    if (at) setDrag({ a: at, b: at });
  };
  const move = (l: Label, pressed: boolean) => {
    if (typeof l !== 'string') return;
    setHover(l);
    if (pressed) setDrag(drag ? { ...drag, b: l } : { a: l, b: l });
  };
  const end = (l: Label) => {
    const at = labelOf(l);
    const d = drag && at ? { ...drag, b: at } : drag;
    setDrag(null);
    if (!d) return;
    if (d.a !== d.b) {
      const [lo, hi] = [d.a, d.b].sort() as [string, string];
      return onZoom(lo, new Date(Date.parse(hi) + binMinutes * 60_000).toISOString());
    }
    const bin = data.find((x) => x.bin === d.a);
    if (bin && bin.failed + bin.success + bin.unknown > 0) onPick(d.a);
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
        maxBarSize={40}
        onMouseDown={(s) => start(s.activeLabel)}
        onMouseMove={(s, e) => move(s.activeLabel, (e.buttons & 1) === 1)}
        onMouseUp={(s) => end(s.activeLabel)}
        onMouseLeave={() => {
          setDrag(null);
          setHover(null);
        }}
        style={{ cursor: 'crosshair', userSelect: 'none' }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="bin" tickFormatter={(v: string) => binTick(v, binMinutes, spanDays)} minTickGap={48} stroke="var(--muted)" fontSize={12} />
        <YAxis tickFormatter={(v: number) => formatCount(v)} width={56} stroke="var(--muted)" fontSize={12} allowDecimals={false} />
        <Tooltip
          labelFormatter={(l) => `${formatUtc(String(l))} UTC, ${binMinutes} min`}
          formatter={(v, name) => [formatCount(Number(v)), name]}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }}
        />
        <Legend verticalAlign="top" height={24} iconSize={10} wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="failed" name="Failed" stackId="s" fill="var(--c2)" isAnimationActive={false} />
        <Bar dataKey="success" name="Successful" stackId="s" fill="var(--c3)" isAnimationActive={false} />
        {anyUnknown && <Bar dataKey="unknown" name="Outcome unknown" stackId="s" fill="var(--muted)" isAnimationActive={false} />}
        {drag && drag.a !== drag.b && <ReferenceArea x1={drag.a} x2={drag.b} fill="var(--accent)" fillOpacity={0.15} />}
      </BarChart>
    </ResponsiveContainer>
  );
}
