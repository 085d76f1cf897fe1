import { attackKinds } from '../../../../shared/api/findingsApi';
import { resetKinds } from '../../../../shared/api/resetAccountsApi';
import { escapeHtml } from './escapeHtml';
import { htmlExportFacts } from './htmlExportFacts';
import { htmlBulkExports } from './htmlBulkExports';
import { htmlTimesIn } from './htmlTimesIn';
import { reportTime } from './reportTime';
import { evidenceTable, findingHeading, htmlCampaigns } from './htmlCampaigns';
import { htmlOutcomes } from './htmlOutcomes';
import { htmlTable } from './htmlTable';
import { formatCount } from '../../../../shared/format/formatCount';
import type { ReportModel } from '../model/ReportModel';

const order = ['critical', 'high', 'medium', 'low'];

/** Says how many of the other findings the report lists when the case holds more (bulk exports beyond the most severe ones). */
function listedNote(m: ReportModel, listed: number): string {
  const total = Object.entries(m.findings.byKind)
    .filter(([k]) => !attackKinds.includes(k as (typeof attackKinds)[number]) && !resetKinds.includes(k as (typeof resetKinds)[number]))
    .reduce((s, [, n]) => s + n, 0);
  return total > listed ? `<p data-metric="findings-listed" data-value="${listed}">The ${formatCount(listed)} most severe of ${formatCount(total)}; every finding is in the case (Findings screen) and in its findings CSV.</p>` : '';
}

/** Findings: one article per credential campaign, one table of the accounts at risk, the other findings (bulk exports in one table, then one article each), and the leak ↔ log correlation when available. */
export function htmlFindings(m: ReportModel): string {
  const rows = [...m.findings.rows].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || a.start.localeCompare(b.start));
  const campaigns = rows.filter((f) => attackKinds.includes(f.kind));
  // A low takeover (the owner's own device on its own network after a campaign's failed tries) is counted, not listed: a mass campaign leaves hundreds.
  const outcomes = rows.filter((f) => resetKinds.includes(f.kind) && !(f.kind === 'account_takeover' && f.severity === 'low'));
  const others = rows.filter((f) => !attackKinds.includes(f.kind) && !resetKinds.includes(f.kind));
  const k = m.counts;
  const items = others.map(
    (f) => `<article class="finding sev-${escapeHtml(f.severity)}" data-finding="${escapeHtml(f.id)}">
${findingHeading(f)}
<p>${htmlTimesIn(f.summary)}</p>
<p class="meta">Window ${escapeHtml(reportTime(f.start))} → ${escapeHtml(reportTime(f.end))} UTC${f.ips.length ? ` · sources ${escapeHtml(f.ips.slice(0, 12).join(', '))}` : ''}${f.users.length ? ` · ${escapeHtml(f.users.slice(0, 12).join(', '))}` : ''}</p>
${f.note ? `<p><strong>Analyst note:</strong> ${escapeHtml(f.note)}</p>` : ''}
${htmlExportFacts(f) ?? evidenceTable(f)}
</article>`,
  );
  const x = m.exposure;
  const exposure = !x
    ? ''
    : x.leakedIdentities === 0
      ? `<h3>Leaked accounts in the logs</h3><p class="empty">No leaked account names to look for in the logs: no loaded leak has an account column.</p>`
      : `<h3>Leaked accounts in the logs</h3><p>${formatCount(x.leakedIdentities)} leaked account names (distinct values of the leak's account columns, not people); ${formatCount(x.seenInSignins.count)} seen in sign-ins; ${formatCount(x.attemptedByAttackSources.count)} attempted by ${formatCount(x.attemptedByAttackSources.attackSources)} attack sources; ${formatCount(x.successfulAfterAttempt.count)} signed in successfully after an attempt, from any address (the owner's own sign-ins count; takeovers are under Accounts at risk); ${formatCount(x.leakedIpsSeen.count)} of ${formatCount(x.leakedIpsSeen.leakedIps)} leaked last-login IPs seen in the logs.</p>
${htmlTable(['account', 'first attempt', 'first success after', 'from'], x.successfulAfterAttempt.accounts.map((a) => [a.user, a.firstAttempt, a.firstSuccessAfter, a.successIp]), 'Successful after an attempt')}`;
  return `<section id="findings"><h2>6. Findings</h2>
<h3>Credential campaigns (${formatCount(k.campaigns)})</h3>
<p>${formatCount(k.campaigns)} campaign${k.campaigns === 1 ? '' : 's'} against ${formatCount(k.accountsAttacked)} account${k.accountsAttacked === 1 ? '' : 's'}. Every account and source of each campaign is kept in the case (Findings screen, JSON export); this report counts them.</p>
${htmlCampaigns(campaigns)}
<h3>Accounts at risk (${formatCount(k.accountsToReset)} to reset)</h3>
<p>${formatCount(k.accountsTakenOver)} account${k.accountsTakenOver === 1 ? '' : 's'} taken over (${formatCount(k.takeoversByConfidence.high)} high, ${formatCount(k.takeoversByConfidence.medium)} medium, ${formatCount(k.takeoversByConfidence.low)} low confidence); ${formatCount(k.credentialsValid)} password${k.credentialsValid === 1 ? '' : 's'} confirmed valid and stopped by a second factor; ${formatCount(k.mfaFatigue)} account${k.mfaFatigue === 1 ? '' : 's'} under MFA push fatigue. Their passwords must be reset and sessions revoked (Findings screen: Accounts to reset).${
    k.ownerSigninsAfterTries > 0
      ? ` Not listed here: ${formatCount(k.ownerSigninsAfterTries)} attacked account${k.ownerSigninsAfterTries === 1 ? '' : 's'} then signed in by the owner's own device on its own network (low takeovers; in the Findings screen and the findings CSV).`
      : ''
  }</p>
${outcomes.length ? htmlOutcomes(outcomes) : '<p class="empty">None.</p>'}
${items.length ? `<h3>Other findings</h3>${listedNote(m, others.length)}${htmlBulkExports(others)}${items.join('\n')}` : ''}${exposure}</section>`;
}
