/** A byte amount in decimal units (1.2 GB, 150 MB): one rule for the workbench, the reports and the findings' sentences, so a figure reads the same everywhere. */
export function formatBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  let v = n;
  let i = 0;
  while (Math.abs(v) >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${Math.abs(v) >= 100 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}
