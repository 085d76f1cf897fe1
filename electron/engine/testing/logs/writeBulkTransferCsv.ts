import fs from 'node:fs';

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes a reference transfer CSV of `rows` deterministic rows (one per second from 2026-01-01), streaming in blocks; returns its size. */
export function writeBulkTransferCsv(file: string, rows: number): number {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, 'timestamp,user_id,bytes_transferred\n');
    const start = Date.UTC(2026, 0, 1);
    const block = 50_000;
    let hourPrefix = '';
    for (let from = 0; from < rows; from += block) {
      const lines: string[] = [];
      for (let i = from; i < Math.min(rows, from + block); i++) {
        const inHour = i % 3600;
        if (inHour === 0 || hourPrefix === '') hourPrefix = new Date(start + (i - inHour) * 1000).toISOString().slice(0, 14);
        lines.push(`${hourPrefix}${pad(Math.floor(inHour / 60))}:${pad(inHour % 60)}Z,user${String(i % 997).padStart(4, '0')},${(i * 7919) % 10_000_000}`);
      }
      fs.writeSync(fd, lines.join('\n') + '\n');
    }
  } finally {
    fs.closeSync(fd);
  }
  return fs.statSync(file).size;
}
