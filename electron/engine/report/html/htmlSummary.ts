import { escapeHtml } from './escapeHtml';
import { formatCount } from '../../../../shared/format/formatCount';
import type { GdprFacts } from '../model/gdprFacts';
import { htmlMetric } from './htmlMetric';
import { htmlVerdicts } from './htmlVerdicts';
import { reportVerdicts } from '../model/reportVerdicts';
import { findingKindLabel } from '../../../../shared/format/findingKindLabel';
import type { ReportModel } from '../model/ReportModel';

/** A card's label for `n`: its singular for one ("1 user-hour above own baseline", not "1 user-hours"). */
function oneOrMany(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** What the detectors could not do for these findings, under the verdicts they qualify (nothing when they could do everything). */
function htmlRunNotes(notes: string[]): string {
  return notes.length === 0 ? '' : `<div class="banner warn" data-run-notes="${notes.length}"><strong>Limits of this analysis.</strong><ul>${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></div>`;
}

/** The Summary section: the evidence verdict, the answer to each question, key figures and the redaction statement. */
export function htmlSummary(m: ReportModel, g: GdprFacts): string {
  const changed = m.manifest.filter((e) => e.state !== 'verified');
  const evidence = m.evidenceIntact
    ? `<div class="banner ok" data-evidence="intact">Evidence verified: ${m.manifest.length === 1 ? 'the input file was' : `all ${m.manifest.length} input files were`} re-hashed when this report was written and ${m.manifest.length === 1 ? 'matches' : 'match'} the <span class="nobr">SHA-256</span> recorded at load.</div>`
    : `<div class="banner fail" data-evidence="failed">EVIDENCE INTEGRITY FAILURE: ${changed.length} of ${m.manifest.length} input files ${changed.length === 1 ? 'has' : 'have'} changed or disappeared since they were loaded (${changed
        .map((e) => `${escapeHtml(e.path)}: ${e.state.toUpperCase()}`)
        .join('; ')}). Results below were computed from the data as loaded; see the Evidence manifest.</div>`;
  const redaction = m.includePersonalData
    ? `<div class="banner warn" data-redaction="off">This report CONTAINS PERSONAL DATA: the analyst opted in to unmasked values; the opt-in is recorded in the case audit trail.</div>`
    : `<p data-redaction="on">Personal values are masked (accounts as <code>j***@o***.fr</code>, customer and staff IPs as <code>203.0.*.*</code>). IP addresses of attack sources are shown in clear: they are indicators of the attacker, to be blocked and shared, not personal data of our customers.</p>`;
  const list = Object.entries(m.findings.byKind)
    .map(([k, n]) => `${formatCount(n)} ${findingKindLabel(k, n)}`)
    .join(', ');
  return `<section id="summary"><h2>1. Summary</h2>${evidence}
${htmlVerdicts(reportVerdicts(m))}
${htmlRunNotes(m.notes)}
<div class="cards">
${htmlMetric('signins', oneOrMany(m.spikes.totals.signins, 'sign-in analysed', 'sign-ins analysed'), m.spikes.totals.signins, formatCount(m.spikes.totals.signins))}
${htmlMetric('signins-failed', oneOrMany(m.spikes.totals.failed, 'failed sign-in', 'failed sign-ins'), m.spikes.totals.failed, formatCount(m.spikes.totals.failed))}
${htmlMetric('reference-spikes', oneOrMany(m.spikes.reference.total, 'reference-rule row (IP, user, 5 min)', 'reference-rule rows (IP, user, 5 min)'), m.spikes.reference.total, formatCount(m.spikes.reference.total))}
${htmlMetric('attack-sources', oneOrMany(m.attackers.length, 'attack source IP', 'attack source IPs'), m.attackers.length)}
${htmlMetric('campaigns', oneOrMany(m.counts.campaigns, 'credential campaign', 'credential campaigns'), m.counts.campaigns)}
${htmlMetric('accounts-attacked', oneOrMany(m.counts.accountsAttacked, 'account they targeted', 'accounts they targeted'), m.counts.accountsAttacked, formatCount(m.counts.accountsAttacked))}
${htmlMetric('taken-over', oneOrMany(g.accountsTakenOver, 'account taken over', 'accounts taken over'), g.accountsTakenOver)}
${htmlMetric('credentials-valid', oneOrMany(m.counts.credentialsValid, 'password confirmed valid', 'passwords confirmed valid'), m.counts.credentialsValid)}
${htmlMetric('accounts-to-reset', oneOrMany(m.counts.accountsToReset, 'account to reset', 'accounts to reset'), m.counts.accountsToReset)}
${htmlMetric('export-reference', oneOrMany(m.exports.reference.total, 'user-hour with z > limit (reference)', 'user-hours with z > limit (reference)'), m.exports.reference.total, formatCount(m.exports.reference.total))}
${htmlMetric('export-baseline', oneOrMany(m.exports.baseline.total, 'user-hour above own baseline', 'user-hours above own baseline'), m.exports.baseline.total, formatCount(m.exports.baseline.total))}
${htmlMetric('leak-records', oneOrMany(g.records, 'leaked record', 'leaked records'), g.records, formatCount(g.records))}
${htmlMetric('leak-subjects', oneOrMany(g.subjects, 'data subject (approx.)', 'data subjects (approx.)'), g.subjects, formatCount(g.subjects))}
${htmlMetric('data-classes', oneOrMany(g.consequences.length, 'category of personal data', 'categories of personal data'), g.consequences.length)}
${htmlMetric('inputs', oneOrMany(m.manifest.length, 'input file', 'input files'), m.manifest.length)}
</div>
<p>${list === '' ? 'No finding.' : `Findings: ${escapeHtml(list)}.`} ${m.findings.origin === 'live' ? 'Findings were computed live with the default detector parameters; none has been reviewed by an analyst yet.' : 'Findings are those stored in the case with the analyst’s verdicts; dismissed findings are left out.'}</p>
${redaction}</section>`;
}
