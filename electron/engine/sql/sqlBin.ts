/** SQL for the UTC bin of timestamp expression `col`, `seconds` wide and aligned to the Unix epoch, as TIMESTAMPTZ (exact integer microseconds). */
export function sqlBin(col: string, seconds: number): string {
  const us = Math.round(seconds * 1_000_000);
  return `make_timestamptz(epoch_us(${col}) - (((epoch_us(${col}) % ${us}) + ${us}) % ${us}))`;
}
