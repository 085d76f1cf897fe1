import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CoverageFieldDto } from '../../../shared/api/coverageApi';
import { formatShare } from '../ui/formatShare';
import { classColour } from './classColour';

/** One horizontal bar per column: its length is the populated share, the solid part the share of rows holding a valid value of the class. */
export function FieldCoverageChart({ fields }: { fields: CoverageFieldDto[] }) {
  const data = fields.map((f) => ({ ...f, validRows: f.populated * f.valid, invalidRows: f.populated * (1 - f.valid) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap={4}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" horizontal={false} />
        <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => formatShare(v)} stroke="var(--muted)" fontSize={12} />
        <YAxis type="category" dataKey="column" width={150} stroke="var(--muted)" fontSize={12} interval={0} />
        <Tooltip
          formatter={(v, name) => [formatShare(Number(v)), name]}
          labelFormatter={(l) => {
            const f = fields.find((x) => x.column === l);
            return f ? `${String(l)}: ${f.dataClass}, ${formatShare(f.populated)} populated, ${formatShare(f.valid)} of those valid` : String(l);
          }}
          contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)' }}
        />
        <Bar dataKey="validRows" name="Rows with a valid value" stackId="c" isAnimationActive={false}>
          {data.map((f) => (
            <Cell key={f.column} fill={classColour(f.dataClass)} />
          ))}
        </Bar>
        <Bar dataKey="invalidRows" name="Rows populated, not valid for the class" stackId="c" isAnimationActive={false}>
          {data.map((f) => (
            <Cell key={f.column} fill={classColour(f.dataClass)} fillOpacity={0.35} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
