/** Rounds a positive axis maximum up to one significant digit (365 → 400), so ticks fall on round numbers. */
export function niceCeil(max: number): number {
  if (!(max > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}
