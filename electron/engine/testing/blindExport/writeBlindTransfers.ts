import fs from 'node:fs';
import { exportTimeText } from './blindExportClock';
import type { BlindTransferLog } from './blindTransferLog';

/**
 * Writes a blind transfer log as the reference transfer CSV (`timestamp,user_id,bytes_transferred`), its times in the
 * three spellings mixed row by row (seven in ten `Z`, two a Paris offset, one zone-less UTC); labels are never written.
 */
export function writeBlindTransfers(log: BlindTransferLog, file: string): void {
  const out = fs.openSync(file, 'w');
  try {
    fs.writeSync(out, 'timestamp,user_id,bytes_transferred\n');
    for (let k = 0; k < log.rows.length; k += 20_000) {
      const lines = log.rows
        .slice(k, k + 20_000)
        .map((r, i) => `${exportTimeText(r.ts, (k + i) % 10 < 7 ? 0 : (k + i) % 10 < 9 ? 1 : 2)},${r.user},${r.bytes ?? ''}`);
      fs.writeSync(out, `${lines.join('\n')}\n`);
    }
  } finally {
    fs.closeSync(out);
  }
}
