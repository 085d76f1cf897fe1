import fs from 'node:fs';
import { plantedScenario } from '../detect/testing/plantedScenario';

/** Entra result descriptions for the codes the demo uses. */
const descriptions: Record<string, string> = {
  '0': '',
  '50126': 'Error validating credentials due to invalid username or password.',
  '50034': 'The user account does not exist in the directory.',
};

/** Quotes a CSV field when it needs it. */
function csv(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/**
 * Writes the planted sign-in scenario (spray, brute force, single-source and distributed stuffing,
 * takeovers, a busy NAT and a stale-password retry) as an Entra SigninLogs CSV export.
 */
export function writeDemoSigninCsv(file: string): number {
  const rows = plantedScenario();
  const lines = ['TimeGenerated [UTC],UserPrincipalName,IPAddress,ResultType,ResultDescription,AppDisplayName,UserAgent,Location'];
  for (const r of rows) {
    const code = r.resultCode ?? (r.success ? '0' : '50126');
    lines.push(
      [new Date(r.ts).toISOString(), r.user ?? '', r.ip ?? '', code, descriptions[code] ?? '', r.app ?? 'Office 365 Exchange Online', r.userAgent ?? '', 'FR']
        .map(csv)
        .join(','),
    );
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return rows.length;
}
