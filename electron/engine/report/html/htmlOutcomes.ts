import type { TakeoverEvidence } from '../../../../shared/api/findingEvidence';
import { escapeHtml } from './escapeHtml';
import { htmlTimesIn } from './htmlTimesIn';
import type { ReportFinding } from '../model/ReportModel';

const rank: Record<string, number> = { high: 0, medium: 1, low: 2 };
const kindNames: Record<string, string> = { account_takeover: 'takeover', credential_valid: 'valid password', mfa_fatigue: 'MFA fatigue' };

/** The takeover evidence of a finding, when it has the findings/2 shape. */
function takeover(f: ReportFinding): TakeoverEvidence | null {
  return f.kind === 'account_takeover' && typeof f.evidence.confidence === 'string' && typeof f.evidence.suspicious === 'object' ? (f.evidence as unknown as TakeoverEvidence) : null;
}

/** Accounts named by a finding, shortened to a few and a count. */
function accounts(f: ReportFinding): string {
  const n = typeof f.evidence.memberAccounts === 'number' ? f.evidence.memberAccounts : f.users.length;
  return `${f.users.slice(0, 5).join(', ')}${n > 5 ? ` and ${n - 5} more` : ''}`;
}

/** A plain-text cell, escaped, a dash for nothing. */
function td(v: string | null): string {
  return `<td>${escapeHtml(v || '—')}</td>`;
}

/**
 * What the campaigns achieved, one entry per account outcome rather than one page each: takeovers by confidence
 * (the suspicious source beside the account's usual addresses), then passwords confirmed valid and MFA fatigue. Each
 * entry is the facts on one row and the reasons on a full-width row under it, kept together on a page: the reasons
 * squeezed into a seventh column read one word per line.
 */
export function htmlOutcomes(outcomes: ReportFinding[]): string {
  const order = (f: ReportFinding) => (f.kind === 'account_takeover' ? (rank[String(f.evidence.confidence)] ?? 3) : f.kind === 'credential_valid' ? 4 : 5);
  const sorted = [...outcomes].sort((a, b) => order(a) - order(b) || a.start.localeCompare(b.start));
  const heads = ['kind', 'account', 'confidence', 'from', 'when (UTC)', 'usual addresses'];
  const entries = sorted.map((f) => {
    const t = takeover(f);
    const facts = [
      `<td><span data-outcome="${escapeHtml(f.kind)}">${escapeHtml(kindNames[f.kind] ?? f.kind)}</span></td>`,
      td(t ? t.account : accounts(f)),
      td(t ? t.confidence : '—'),
      td(t ? t.suspicious.ip : f.ips.slice(0, 3).join(', ')),
      td((t ? t.suspicious.ts : f.start).replace('T', ' ').replace(/:\d\dZ$/, '')),
      td(t ? t.usualSources.map((u) => u.ip ?? '?').join(', ') || 'none before' : '—'),
    ];
    const why = htmlTimesIn(t ? t.reasons.map((r) => r.text).join('; ') : f.summary);
    return `<tbody><tr class="what">${facts.join('')}</tr><tr class="why"><td colspan="${heads.length}">Why: ${why}</td></tr></tbody>`;
  });
  return `<table class="risk"><caption>Accounts at risk</caption><thead><tr>${heads.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>${entries.join('')}</table>`;
}
