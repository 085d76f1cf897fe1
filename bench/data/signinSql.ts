import { pick, uniform } from './pick';
import { poolSlice, poolText } from './poolText';
import { rowsOf } from './rowsOf';
import { syntheticIp, syntheticPerson } from './syntheticPerson';

const spanUs = 30 * 24 * 3600 * 1_000_000;

const hexPool = poolText('0123456789abcdef', 8192, 17);

const agents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)',
];
const apps = ['Office 365 Exchange Online', 'Microsoft Teams', 'Office 365 SharePoint Online', 'Azure Portal', 'My Apps'];
const normalFailures = ['50126', '50074', '50053', '50055', '50140'];
const descriptions: Record<string, string> = {
  '0': '',
  '50126': 'Error validating credentials due to invalid username or password.',
  '50034': 'The user account does not exist in the directory.',
  '50053': 'The account is locked because the user tried to sign in too many times.',
  '50055': 'The password is expired.',
  '50074': 'Strong Authentication is required.',
  '50140': 'This error occurred due to Keep me signed in interrupt when the user was signing in.',
};

/**
 * SELECT producing an Entra ID SigninLogs CSV export of n rows of part `part` (part 1 is the next 30 days) in time
 * order, by `accounts` accounts (the first customers of the synthetic leak, so the two correlate): ordinary
 * traffic with ~3 % failures, 3 % brute-force bursts (one documentation-range IP on three accounts
 * for a few minutes) and 2 % password spray / stuffing (many accounts, one try each, unknown users).
 */
export function signinSql(accounts: number, n: number, part: number): string {
  const step = Math.max(1, Math.floor(spanUs / n));
  const roll = uniform(100, 'i', 10);
  const burst = `(i // 5000)`;
  const user = `CASE WHEN ${roll} < 3 THEN (${burst} * 7919 + ${uniform(3, 'i', 11)}) % ${accounts}
    WHEN ${roll} < 5 THEN ${uniform(accounts * 2, 'i', 12)}
    ELSE ${uniform(accounts, 'i', 13)} END`;
  const ip = `CASE WHEN ${roll} < 3 THEN '203.0.113.' || (${burst} % 50 + 1)::VARCHAR
    WHEN ${roll} < 5 THEN '198.51.100.' || ((i // 20000) % 100 + 1)::VARCHAR
    ELSE ${syntheticIp('u', 20)} END`;
  const code = `CASE WHEN ${roll} < 3 THEN '50126'
    WHEN ${roll} < 5 THEN CASE WHEN u >= ${accounts} THEN '50034' ELSE '50126' END
    WHEN ${uniform(100, 'i', 14)} < 3 THEN ${pick(normalFailures, 'i', 15)}
    ELSE '0' END`;
  const person = syntheticPerson('u');
  const descriptionCase = `CASE code ${Object.entries(descriptions).map(([k, v]) => `WHEN '${k}' THEN '${v}'`).join(' ')} END`;
  return `SELECT strftime(TIMESTAMP '2026-01-01' + to_microseconds(${part} * ${spanUs} + r * ${step} + ${uniform(step, 'i', 16)}), '%Y-%m-%dT%H:%M:%S.%gZ') AS "TimeGenerated [UTC]",
      ${person.email} AS UserPrincipalName,
      ${person.given} || ' ' || ${person.surname} AS UserDisplayName,
      ip AS IPAddress,
      CASE WHEN ip LIKE '10.%' THEN 'FR' ELSE 'NL' END AS Location,
      code AS ResultType,
      ${descriptionCase} AS ResultDescription,
      ${pick(apps, 'i', 17)} AS AppDisplayName,
      'Browser' AS ClientAppUsed,
      CASE WHEN ${roll} < 5 THEN 'python-requests/2.31' ELSE ${pick(agents, 'u', 18)} END AS UserAgent,
      'notApplied' AS ConditionalAccessStatus,
      ${poolSlice(hexPool, 8, 'i', 21)} || '-' || ${poolSlice(hexPool, 4, 'i', 22)} || '-4' || ${poolSlice(hexPool, 3, 'i', 23)} || '-' || ${poolSlice(hexPool, 4, 'i', 24)} || '-' || ${poolSlice(hexPool, 12, 'i', 25)} AS CorrelationId
    FROM (SELECT r, i, u, ${ip} AS ip, ${code} AS code FROM (SELECT r, i, ${user} AS u FROM ${rowsOf(n, part)}))`;
}
