import { describe, expect, it } from 'vitest';
import { sqlOn } from '../../../testing/sqlOn';
import { withTempCase, writeInput } from '../../../testing/withTempCase';

const attacker = '203.0.113.7';
const at = (minute: number): string => `2026-02-01T10:${String(minute).padStart(2, '0')}:00Z`;

/** An Entra ID sign-in export (Log Analytics SigninLogs as CSV): the attacker's address written as IPv4. */
function entraCsv(users: string[]): string {
  const header = 'TimeGenerated [UTC],UserPrincipalName,UserDisplayName,IPAddress,Location,ResultType,ResultDescription,AppDisplayName,ClientAppUsed,UserAgent,ConditionalAccessStatus,CorrelationId';
  const rows = users.map((u, k) => `${at(k)},${u},${u},${attacker},NL,50126,Invalid username or password.,Office 365,Browser,python-requests/2.31,notApplied,00000000-0000-0000-0000-00000000000${k}`);
  return [header, ...rows].join('\n') + '\n';
}

/** A Node/Express app's own sign-in log (loaded with a column mapping): on a dual-stack socket it writes the same IPv4 client as `::ffff:203.0.113.7`. */
function nodeAppCsv(users: string[]): string {
  return ['time,account,remote_addr,outcome', ...users.map((u, k) => `${at(k)},${u},::ffff:${attacker},Invalid password`)].join('\n') + '\n';
}

describe('one address written two ways in two sources', () => {
  it('is one address: the spray across both has one source and every account', async () => {
    await withTempCase(async (engine, { work }) => {
      const entraUsers = Array.from({ length: 6 }, (_, k) => `emp${k}@corp.example`);
      const appUsers = Array.from({ length: 6 }, (_, k) => `emp${k + 6}@corp.example`);
      const entra = await engine.service.addSource({ path: writeInput(work, 'signinlogs.csv', entraCsv(entraUsers)), kind: 'signin' });
      const appFile = writeInput(work, 'app-auth.csv', nodeAppCsv(appUsers));
      const d = await engine.service.detectSource({ path: appFile, kind: 'signin' });
      const app = await engine.service.addSource({ path: appFile, kind: 'signin', format: d.format, options: d.defaults });
      expect([entra.rowsLoaded, app.rowsLoaded]).toEqual([6, 6]);
      expect(await sqlOn<{ ip: string; n: number }>(engine, `SELECT ip, count(*)::INTEGER AS n FROM signin GROUP BY ip`)).toEqual([{ ip: attacker, n: 12 }]);
      const { findings } = await engine.service.classifySignins({});
      expect(findings.map((f) => [f.kind, f.ips, f.users.length])).toEqual([['password_spray', [attacker], 12]]);
    });
  });
});
