import { findingKindLabel } from '../../../../shared/format/findingKindLabel';
import { formatBytes } from '../../../../shared/format/formatBytes';
import { formatCount } from '../../../../shared/format/formatCount';
import { highRiskClasses } from './gdprFacts';
import type { ReportModel } from './ReportModel';

/** One of the report's questions with its answer in a sentence: what the incident lead reads first, before the evidence. */
export interface ReportVerdict {
  key: 'spikes' | 'takeovers' | 'exports' | 'coverage';
  question: string;
  answer: string;
}

/** `n` with the word for one or for many ("1 account", "146 accounts"). */
function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The answer to each of the report's questions from the same counts the sections state, in the same words for HTML and Markdown. */
export function reportVerdicts(m: ReportModel): ReportVerdict[] {
  const k = m.counts;
  const g = m.gdpr;
  const b = m.exportCounts;
  const loaded = (kind: string) => m.sources.some((s) => s.kind === kind);
  const ref = m.spikes.reference;
  const refRows = `the reference rule flags ${countOf(ref.total, 'row', 'rows')} (source IP, user, ${ref.params.binMinutes}-minute bin)`;
  const kinds = Object.entries(k.campaignsByKind)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${formatCount(n)} ${findingKindLabel(kind, n)}`)
    .join(', ');
  const spikes = !loaded('signin')
    ? 'No sign-in log loaded.'
    : k.campaigns > 0
      ? `Yes: ${countOf(k.campaigns, 'credential campaign', 'credential campaigns')} (${kinds}) from ${countOf(m.attackers.length, 'source address', 'source addresses')} against ${countOf(k.accountsAttacked, 'account', 'accounts')}; ${refRows}.`
      : `No credential campaign in ${countOf(m.spikes.totals.signins, 'sign-in', 'sign-ins')}; ${refRows}.`;
  const c = k.takeoversByConfidence;
  const owners =
    k.ownerSigninsAfterTries > 0
      ? [`${countOf(k.ownerSigninsAfterTries, 'attacked account', 'attacked accounts')} then signed in by the owner's own device on its own network (low, not counted as taken over)`]
      : [];
  const outcomes = [
    `${countOf(k.accountsTakenOver, 'account', 'accounts')} taken over${k.accountsTakenOver > 0 ? ` (${formatCount(c.high)} high, ${formatCount(c.medium)} medium, ${formatCount(c.low)} low confidence)` : ''}`,
    `${countOf(k.credentialsValid, 'password', 'passwords')} confirmed valid${k.credentialsValid > 0 ? ' (a second factor stopped the sign-in)' : ''}`,
    `${countOf(k.mfaFatigue, 'account', 'accounts')} under MFA push fatigue`,
    ...owners,
  ].join('; ');
  const takeovers = !loaded('signin')
    ? 'No sign-in log loaded.'
    : k.accountsToReset > 0
      ? `${k.accountsTakenOver > 0 ? 'Yes' : 'No takeover, but passwords work'}: ${outcomes}. ${countOf(k.accountsToReset, 'account', 'accounts')} to reset.`
      : `${['No: no account taken over, no password confirmed valid, no MFA push fatigue', ...owners].join('; ')}.`;
  const allBulk = m.findings.byKind.bulk_export ?? 0;
  const rest = allBulk - b.findings;
  const flagged = `the reference z-score flags ${countOf(m.exports.reference.total, 'user-hour', 'user-hours')}, the own baseline ${formatCount(m.exports.baseline.total)}`;
  const exports = !loaded('transfer')
    ? 'No transfer log loaded.'
    : b.findings > 0
      ? `Possibly: ${countOf(b.findings, 'bulk export', 'bulk exports')} far above the account's own habit (${formatCount(b.severe)} high or critical) by ${countOf(b.accounts, 'account', 'accounts')}${b.bytes > 0 ? `, ${formatBytes(b.bytes)} in the flagged hours` : ''}${rest > 0 ? `; ${countOf(rest, 'other bulk-export finding is', 'other bulk-export findings are')} low or a crowd hour (many users alike)` : ''}.`
      : `No bulk export of medium severity or more; ${flagged}.`;
  const risky = g.highRisk;
  const coverage =
    m.coverage.length === 0
      ? 'No leaked dataset loaded.'
      : `${countOf(g.consequences.length, 'category', 'categories')} of personal data in ${countOf(g.records, 'record', 'records')} about approximately ${countOf(g.subjects, 'person', 'people')}. ${
          risky.length > 0
            ? `Likely a high risk to the people (Art. 34): ${risky.join(', ')} in clear.`
            : `None of the categories that alone make a high risk (${highRiskClasses.join(', ')}) is in clear: the controller weighs the whole for Art. 34.`
        }`;
  return [
    { key: 'spikes', question: 'Are the leaked credentials used against us? (login spikes)', answer: spikes },
    { key: 'takeovers', question: 'Did any account fall? (takeovers)', answer: takeovers },
    { key: 'exports', question: 'Did any account pull data out in bulk? (export volumes)', answer: exports },
    { key: 'coverage', question: 'Which personal data does the leak expose, about how many people? (PII coverage)', answer: coverage },
  ];
}
