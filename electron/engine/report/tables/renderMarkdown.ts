import { formatShare } from '../html/formatShare';
import { formatCount } from '../../../../shared/format/formatCount';
import type { ReportModel } from '../model/ReportModel';
import { reportVerdicts } from '../model/reportVerdicts';
import { findingKindLabel } from '../../../../shared/format/findingKindLabel';
import { reportTime, reportTimesIn } from '../html/reportTime';

/** Escapes the characters that would break a Markdown table cell or inline text. */
function md(v: unknown): string {
  return String(v ?? '—').replace(/([|\\`*_[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** A member count from the evidence when it is exact, else the length of the preview list. */
function count(exact: unknown, preview: number): number {
  return typeof exact === 'number' ? exact : preview;
}

/** A Markdown table's lines from its headers and already-written rows, or `None.` when there is no row: a header with nothing under it reads as a broken table. */
function mdTable(headers: string[], rows: string[]): string[] {
  if (rows.length === 0) return ['None.'];
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows];
}

/** Severities from the most urgent, the order the HTML report lists findings in and a ticket reader wants them. */
const severities = ['critical', 'high', 'medium', 'low'];

/** A short Markdown summary for a ticket: verdict, figures, findings, evidence state. */
export function renderMarkdown(m: ReportModel): string {
  const g = m.gdpr;
  const k = m.counts;
  const rank: Record<string, number> = { high: 0, medium: 1, low: 2 };
  const takeovers = m.findings.rows.filter((f) => f.kind === 'account_takeover').sort((a, b) => (rank[String(a.evidence.confidence)] ?? 3) - (rank[String(b.evidence.confidence)] ?? 3));
  const bad = m.manifest.filter((e) => e.state !== 'verified');
  const lines = [
    `# Breach triage — ${md(m.caseInfo.name)} (report v${m.version})`,
    '',
    `**TLP:${m.meta.tlp.toUpperCase()}** · case \`${m.caseInfo.id}\` · written ${reportTime(m.generatedAt)} UTC · Breachdesk ${m.toolVersion} · ${m.includePersonalData ? '**contains personal data**' : 'personal data masked'}`,
    '',
    m.evidenceIntact
      ? m.manifest.length === 0
        ? 'Evidence: no input loaded yet.'
        : `Evidence: ${m.manifest.length === 1 ? 'the input' : `all ${m.manifest.length} inputs`} re-verified (SHA-256 unchanged).`
      : `> **EVIDENCE INTEGRITY FAILURE**: ${bad.map((e) => `${md(e.path)} ${e.state.toUpperCase()}`).join('; ')}`,
    '',
    '## Verdict',
    '',
    ...reportVerdicts(m).map((v) => `- **${md(v.question)}** ${md(v.answer)}`),
    '',
    ...(m.notes.length === 0 ? [] : ['**Limits of this analysis:**', '', ...m.notes.map((n) => `- ${md(n)}`), '']),
    '## Figures',
    '',
    `- Sign-ins: ${formatCount(m.spikes.totals.signins)} (${formatCount(m.spikes.totals.failed)} failed${m.spikes.totals.unknown > 0 ? `, ${formatCount(m.spikes.totals.unknown)} of unknown outcome` : ''}); reference-rule rows: ${formatCount(m.spikes.reference.total)}`,
    `- Credential campaigns: ${k.campaigns} from ${m.attackers.length} attack sources against ${g.accountsAttacked} accounts; taken over: ${g.accountsTakenOver} (${k.takeoversByConfidence.high} high confidence); passwords confirmed valid: ${k.credentialsValid}; accounts to reset: ${k.accountsToReset}`,
    `- Export anomalies: ${formatCount(m.exports.reference.total)} (reference z-score), ${formatCount(m.exports.baseline.total)} (own baseline)`,
    `- Leak: ${formatCount(g.records)} records, ~${formatCount(g.subjects)} people; categories: ${g.consequences.map((c) => md(c.dataClass)).join(', ') || 'none'}`,
    '',
    '## Findings',
    '',
    ...mdTable(
      ['severity', 'kind', 'window (UTC)', 'sources', 'accounts', 'summary'],
      m.findings.rows
        .filter((f) => f.kind !== 'account_takeover')
        .sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity) || a.start.localeCompare(b.start))
        .map((f) => `| ${f.severity} | ${md(findingKindLabel(f.kind))} | ${reportTime(f.start)} → ${reportTime(f.end)} | ${f.ips.length === 0 ? '—' : md(f.ips.slice(0, 5).join(', '))}${f.ips.length > 0 && count(f.evidence.memberSources, f.ips.length) > 5 ? ` (${count(f.evidence.memberSources, f.ips.length)} in all)` : ''} | ${count(f.evidence.memberAccounts, f.users.length)} | ${md(reportTimesIn(f.summary))} |`),
    ),
    '',
    '## Takeovers',
    '',
    ...mdTable(
      ['confidence', 'account', 'from', 'when (UTC)'],
      takeovers.map((f) => `| ${md(f.evidence.confidence)} | ${md(f.users[0])} | ${md(f.ips[0])} | ${reportTime(f.start)} |`),
    ),
    '',
    '## Personal data exposed',
    '',
    ...mdTable(
      ['dataset', 'column', 'category', 'populated'],
      g.fields.map((f) => `| ${md(f.source)} | ${md(f.column)} | ${md(f.dataClass)} | ${formatShare(f.populated)} |`),
    ),
    '',
    `Measures taken: ${m.meta.measuresTaken.trim() ? md(m.meta.measuresTaken) : '**not yet stated**'}`,
    '',
  ];
  return lines.join('\n');
}
