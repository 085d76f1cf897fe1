import type { CampaignEvidence } from '../../../../shared/api/findingEvidence';
import { compactJson } from '../tables/compactJson';
import { escapeHtml } from './escapeHtml';
import { htmlTimesIn } from './htmlTimesIn';
import { reportTime } from './reportTime';
import { formatShare } from './formatShare';
import { formatCount } from '../../../../shared/format/formatCount';
import { htmlTable } from './htmlTable';
import { findingKindLabel } from '../../../../shared/format/findingKindLabel';
import type { ReportFinding } from '../model/ReportModel';

/** The header line of a finding's article: severity, kind, id and the analyst's verdict. */
export function findingHeading(f: ReportFinding): string {
  return `<h3><span class="sev-${escapeHtml(f.severity)}">${escapeHtml(f.severity.toUpperCase())}</span> · ${escapeHtml(findingKindLabel(f.kind))} · finding <code>${escapeHtml(f.id)}</code>${f.status ? ` · ${escapeHtml(f.status)}` : ''}</h3>`;
}

/** A finding's evidence as a key/value table, for findings without a dedicated layout. */
export function evidenceTable(f: ReportFinding): string {
  return htmlTable(
    ['evidence', 'value'],
    Object.entries(f.evidence).map(([k, v]) => [k, typeof v === 'string' ? v : typeof v === 'number' ? v : compactJson(v)]),
    undefined,
    'kv',
  );
}

/** The facts that tie one campaign together, as one key/value table: window, size, outcomes, leak overlap, user agents, countries. */
function campaignFacts(e: CampaignEvidence): string {
  const mix = (xs: CampaignEvidence['countryMix']) => xs.map((x) => `${x.label ?? x.value ?? 'unknown'} (${formatCount(x.sources)})`).join(', ') || 'no IP intelligence';
  return htmlTable(
    ['campaign', 'value'],
    [
      ['shape', e.shape.replaceAll('_', ' ')],
      ['window (UTC)', `${reportTime(e.windowStart)} → ${reportTime(e.windowEnd)}`],
      ['failed attempts', e.attempts],
      ['accounts tried', e.memberAccounts],
      ['sources', e.memberSources],
      ['accounts taken over', e.takeovers],
      ['passwords confirmed valid', e.confirmedValid],
      ['accounts in the leak', e.leakedAccounts === null ? 'no leak loaded' : `${formatCount(e.leakedAccounts)} (${formatShare(e.leakOverlap ?? 0)})`],
      ['"no such user" share', formatShare(e.noSuchUserShare)],
      ['user agents', `${formatCount(e.userAgents)} distinct; ${e.userAgentClusters.slice(0, 3).map((u) => `${u.userAgent ?? '(none)'} (${formatCount(u.attempts)} attempts)`).join('; ')}`],
      ['countries (sources)', mix(e.countryMix)],
      ['networks (sources)', mix(e.asnMix)],
    ],
    undefined,
    'kv',
  );
}

/** How many sources a campaign has: the exact member count, else the preview's length. */
function sourceCount(f: ReportFinding): number {
  return typeof f.evidence.memberSources === 'number' ? f.evidence.memberSources : f.ips.length;
}

/** One article per credential campaign: its summary, verdict and shared features; its members are counted, not listed (they are in the case and the JSON export). */
export function htmlCampaigns(campaigns: ReportFinding[]): string {
  if (campaigns.length === 0) return '<p class="empty">No credential campaign.</p>';
  return campaigns
    .map(
      (f) => `<article class="finding sev-${escapeHtml(f.severity)}" data-finding="${escapeHtml(f.id)}" data-campaign="${escapeHtml(f.kind)}">
${findingHeading(f)}
<p>${htmlTimesIn(f.summary)}</p>
<p class="meta">Sources: ${escapeHtml(f.ips.slice(0, 12).join(', ') || 'none')}${sourceCount(f) > 12 ? ` and ${formatCount(sourceCount(f) - 12)} more` : ''}</p>
${f.note ? `<p><strong>Analyst note:</strong> ${escapeHtml(f.note)}</p>` : ''}
${f.evidence.campaign === true ? campaignFacts(f.evidence as unknown as CampaignEvidence) : evidenceTable(f)}
</article>`,
    )
    .join('\n');
}
