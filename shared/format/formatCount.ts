/** A count rounded to a whole number with thousands separators (12,345): one rule for the workbench and the reports. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
