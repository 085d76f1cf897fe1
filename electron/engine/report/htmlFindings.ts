import { compactJson } from './compactJson';
import { escapeHtml } from './escapeHtml';
import { htmlTable } from './htmlTable';
import type { ReportModel } from './ReportModel';

/** Findings with their evidence, most severe first, and the leak ↔ log correlation when available. */
export function htmlFindings(m: ReportModel): string {
  const order = ['critical', 'high', 'medium', 'low'];
  const rows = [...m.findings.rows].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || a.start.localeCompare(b.start));
  const items = rows.map(
    (f) => `<article class="finding sev-${escapeHtml(f.severity)}" data-finding="${escapeHtml(f.id)}">
<h3><span class="sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity.toUpperCase())}</span> · ${escapeHtml(f.kind.replaceAll('_', ' '))} <code>${escapeHtml(f.id)}</code>${f.status ? ` · ${escapeHtml(f.status)}` : ''}</h3>
<p>${escapeHtml(f.summary)}</p>
<p class="meta">Window ${escapeHtml(f.start)} → ${escapeHtml(f.end)}${f.ips.length ? ` · sources ${escapeHtml(f.ips.join(', '))}` : ''}${f.users.length ? ` · ${f.users.length} account${f.users.length === 1 ? '' : 's'}: ${escapeHtml(f.users.slice(0, 12).join(', '))}${f.users.length > 12 ? ', …' : ''}` : ''}</p>
${f.note ? `<p><strong>Analyst note:</strong> ${escapeHtml(f.note)}</p>` : ''}
${htmlTable(
  ['evidence', 'value'],
  Object.entries(f.evidence).map(([k, v]) => [k, typeof v === 'string' ? v : typeof v === 'number' ? v : compactJson(v)]),
  undefined,
  'kv',
)}
</article>`,
  );
  const x = m.exposure;
  const exposure = x
    ? `<h3>Leaked accounts in the logs</h3><p>${x.leakedIdentities} leaked identities; ${x.seenInSignins.count} seen in sign-ins; ${x.attemptedByAttackSources.count} attempted by ${x.attemptedByAttackSources.attackSources} attack sources; ${x.successfulAfterAttempt.count} signed in successfully after an attempt; ${x.leakedIpsSeen.count} of ${x.leakedIpsSeen.leakedIps} leaked last-login IPs seen in the logs.</p>
${htmlTable(['account', 'first attempt', 'first success after', 'from'], x.successfulAfterAttempt.accounts.map((a) => [a.user, a.firstAttempt, a.firstSuccessAfter, a.successIp]), 'Successful after an attempt')}`
    : '';
  return `<section id="findings"><h2>5. Findings</h2>${items.length ? items.join('\n') : '<p class="empty">No finding.</p>'}${exposure}</section>`;
}
