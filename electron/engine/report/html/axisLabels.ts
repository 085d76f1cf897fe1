/** What a chart's values measure, which decides how its axis is labelled. */
export type AxisUnit = 'count' | 'bytes';

/** Decimal byte units, as formatBytes writes them. */
const byteUnits = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** The fewest decimals (up to 3) that write `x` exactly. */
function decimalsOf(x: number): number {
  for (let d = 0; d < 3; d++) if (Math.abs(Math.round(x * 10 ** d) - x * 10 ** d) < 1e-6) return d;
  return 3;
}

/** The labels of an axis's ticks in one unit and one number of decimals (bytes in the unit of the top tick: 0, 25 GB, 50 GB, 75 GB; counts with thousands separators), so a column of labels reads down without 60.0 GB next to 120 GB. */
export function axisLabels(ticks: number[], step: number, unit: AxisUnit): string[] {
  const top = Math.max(0, ...ticks);
  const power = unit === 'bytes' ? Math.min(byteUnits.length - 1, Math.max(0, Math.floor(Math.log10(Math.max(top, 1)) / 3))) : 0;
  const scale = 1000 ** power;
  const d = decimalsOf(step / scale);
  const suffix = unit === 'bytes' ? ` ${byteUnits[power]}` : '';
  return ticks.map((t) => (t === 0 ? '0' : `${(t / scale).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })}${suffix}`));
}
