import fs from 'node:fs';
import type { SigninFixture } from '../planted/insertSignins';

/** Quotes a CSV field when needed. */
function q(v: string | null | undefined): string {
  const s = v ?? '';
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Writes sign-in fixtures as an Entra SigninLogs CSV export (Log Analytics columns), the registered loader's input; returns the row count. */
export function writeEntraCsv(file: string, rows: SigninFixture[]): number {
  const lines = ['TimeGenerated [UTC],UserPrincipalName,IPAddress,ResultType,AppDisplayName,UserAgent'];
  for (const r of rows) {
    lines.push([new Date(r.ts).toISOString(), r.user, r.ip, r.resultCode ?? (r.success ? '0' : '50126'), r.app ?? 'portal', r.userAgent ?? 'Mozilla/5.0'].map(q).join(','));
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return rows.length;
}
