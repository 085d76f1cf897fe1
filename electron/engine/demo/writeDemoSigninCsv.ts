import fs from 'node:fs';
import { demoSigninScenario } from './demoSigninScenario';

/** Entra result descriptions for the codes the demo uses. */
const descriptions: Record<string, string> = {
  '0': '',
  '50126': 'Error validating credentials due to invalid username or password.',
  '50034': 'The user account does not exist in the directory.',
  '50074': 'Strong Authentication is required.',
  '500121': 'Authentication failed during strong authentication request.',
};

/** Quotes a CSV field when it needs it. */
function csv(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** Writes the demo's own sign-in scenario (see demoSigninScenario) as an Entra SigninLogs CSV export. */
export function writeDemoSigninCsv(file: string): number {
  const rows = demoSigninScenario();
  const lines = ['TimeGenerated [UTC],UserPrincipalName,IPAddress,ResultType,ResultDescription,AppDisplayName,UserAgent,Location'];
  for (const r of rows) {
    lines.push(
      [new Date(r.ts).toISOString(), r.user, r.ip, r.code, descriptions[r.code] ?? '', 'Office 365 Exchange Online', r.userAgent, r.country]
        .map(csv)
        .join(','),
    );
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return rows.length;
}
