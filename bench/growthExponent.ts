/** Least-squares slope of ln(seconds) over ln(rows): 1 is linear growth, 2 quadratic. NaN with fewer than two usable points. */
export function growthExponent(points: Array<{ rows: number; seconds: number }>): number {
  const usable = points.filter((p) => p.rows > 0 && p.seconds > 0).map((p) => ({ x: Math.log(p.rows), y: Math.log(p.seconds) }));
  if (usable.length < 2) return NaN;
  const mx = usable.reduce((s, p) => s + p.x, 0) / usable.length;
  const my = usable.reduce((s, p) => s + p.y, 0) / usable.length;
  const sxy = usable.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = usable.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? NaN : sxy / sxx;
}
