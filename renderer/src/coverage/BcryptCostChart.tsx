import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../../shared/format/formatCount';
import type { CostBin } from './bcryptCosts';
import { niceCeil } from './niceCeil';

/** How many bcrypt hashes use each cost factor (higher cost, slower to crack). */
export function BcryptCostChart({ bins }: { bins: CostBin[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bins} margin={{ top: 20, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="cost" tickFormatter={(c: string) => `cost ${c}`} stroke="var(--muted)" fontSize={12} />
        <YAxis tickFormatter={(v: number) => formatCount(v)} width={56} stroke="var(--muted)" fontSize={12} allowDecimals={false} domain={[0, niceCeil(Math.max(...bins.map((b) => b.count)))]} tickCount={5} />
        <Tooltip formatter={(v) => [formatCount(Number(v)), 'hashes']} labelFormatter={(l) => `bcrypt cost ${String(l)}`} contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }} />
        <Bar dataKey="count" fill="var(--c2)" isAnimationActive={false} maxBarSize={80}>
          <LabelList dataKey="count" position="top" formatter={(v) => formatCount(Number(v))} fontSize={12} fill="var(--text)" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
