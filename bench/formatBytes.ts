/** Formats a byte count as kB below 1 MB, MB below 1 GB and GB above, for the results table. */
export function formatBytes(bytes: number): string {
  if (!bytes) return '-';
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(0)} kB`;
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(0)} MB`;
}
