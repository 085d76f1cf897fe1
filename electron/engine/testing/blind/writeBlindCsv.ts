import fs from 'node:fs';
import { blindTimeText } from './blindClock';
import type { BlindTenant } from './blindTenant';

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * Writes a blind tenant as an Entra SigninLogs CSV export (the reference sign-in CSV), in UTC (`TimeGenerated [UTC]`)
 * or in Paris local time (`TimeGenerated`, to be loaded with the timezone option), and its leak as `email,password`.
 */
export function writeBlindCsv(t: BlindTenant, signinFile: string, leakFile: string): void {
  const local = t.params.localTime;
  const out = fs.openSync(signinFile, 'w');
  try {
    fs.writeSync(out, `${local ? 'TimeGenerated' : 'TimeGenerated [UTC]'},UserPrincipalName,IPAddress,ResultType,AppDisplayName,UserAgent,Location\n`);
    for (let k = 0; k < t.rows.length; k += 10_000) {
      const lines = t.rows.slice(k, k + 10_000).map((r) => [blindTimeText(r.ts, local), r.user, r.ip, r.code, 'Office 365 Exchange Online', r.ua, r.country].map(quote).join(','));
      fs.writeSync(out, `${lines.join('\n')}\n`);
    }
  } finally {
    fs.closeSync(out);
  }
  fs.writeFileSync(leakFile, `email,password\n${t.leaked.map((e) => `${e},Autumn2026!`).join('\n')}\n`);
}
