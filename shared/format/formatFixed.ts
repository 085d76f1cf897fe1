/** A measured value with thousands separators and always `digits` decimals (13.67, 18.00, 15,531.8), so a column of scores reads alike and a figure is written the same way in every table. */
export function formatFixed(n: number, digits: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
