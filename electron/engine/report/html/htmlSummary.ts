import { escapeHtml } from './escapeHtml';
import { formatCount } from '../../../../shared/format/formatCount';
import type { GdprFacts } from '../model/gdprFacts';
import { htmlMetric } from './htmlMetric';
import type { ReportModel } from '../model/ReportModel';

/** The Summary section: key figures, the evidence verdict and the redaction statement. */
export function htmlSummary(m: ReportModel, g: GdprFacts): string {
  const changed = m.manifest.filter((e) => e.state !== 'verified');
  const evidence = m.evidenceIntact
    ? `<div class="banner ok" data-evidence="intact">Evidence verified: all ${m.manifest.length} input files were re-hashed when this report was written and match the SHA-256 recorded at load.</div>`
    : `<div class="banner fail" data-evidence="failed">EVIDENCE INTEGRITY FAILURE: ${changed.length} of ${m.manifest.length} input files ${changed.length === 1 ? 'has' : 'have'} changed or disappeared since they were loaded (${changed
        .map((e) => `${escapeHtml(e.path)}: ${e.state.toUpperCase()}`)
        .join('; ')}). Results below were computed from the data as loaded; see the Evidence manifest.</div>`;
  const redaction = m.includePersonalData
    ? `<div class="banner warn" data-redaction="off">This report CONTAINS PERSONAL DATA: the analyst opted in to unmasked values; the opt-in is recorded in the case audit trail.</div>`
    : `<p data-redaction="on">Personal values are masked (accounts as <code>j***@o***.fr</code>, customer and staff IPs as <code>203.0.*.*</code>). IP addresses of attack sources are shown in clear: they are indicators of the attacker, to be blocked and shared, not personal data of our customers.</p>`;
  const list = Object.entries(m.findings.byKind)
    .map(([k, n]) => `${formatCount(n)} ${k.replaceAll('_', ' ')}`)
    .join(', ');
  return `<section id="summary"><h2>1. Summary</h2>${evidence}
<div class="cards">
${htmlMetric('signins', 'sign-ins analysed', m.spikes.totals.signins, formatCount(m.spikes.totals.signins))}
${htmlMetric('signins-failed', 'failed sign-ins', m.spikes.totals.failed, formatCount(m.spikes.totals.failed))}
${htmlMetric('reference-spikes', 'reference-rule rows (IP, user, 5 min)', m.spikes.reference.total, formatCount(m.spikes.reference.total))}
${htmlMetric('attack-sources', 'attack source IPs', m.attackers.length)}
${htmlMetric('campaigns', 'credential campaigns', m.counts.campaigns)}
${htmlMetric('accounts-attacked', 'accounts they targeted', m.counts.accountsAttacked, formatCount(m.counts.accountsAttacked))}
${htmlMetric('taken-over', 'accounts taken over', g.accountsTakenOver)}
${htmlMetric('credentials-valid', 'passwords confirmed valid', m.counts.credentialsValid)}
${htmlMetric('accounts-to-reset', 'accounts to reset', m.counts.accountsToReset)}
${htmlMetric('export-reference', 'user-hours with z > limit (reference)', m.exports.reference.total, formatCount(m.exports.reference.total))}
${htmlMetric('export-baseline', 'user-hours above own baseline', m.exports.baseline.total, formatCount(m.exports.baseline.total))}
${htmlMetric('leak-records', 'leaked records', g.records, formatCount(g.records))}
${htmlMetric('leak-subjects', 'data subjects (approx.)', g.subjects, formatCount(g.subjects))}
${htmlMetric('data-classes', 'categories of personal data', g.consequences.length)}
${htmlMetric('inputs', 'input files', m.manifest.length)}
</div>
<p>${list === '' ? 'No finding.' : `Findings: ${escapeHtml(list)}.`} ${m.findings.origin === 'live' ? 'Findings were computed live with the default detector parameters; none has been reviewed by an analyst yet.' : 'Findings are those stored in the case with the analyst’s verdicts; dismissed findings are left out.'}</p>
${redaction}</section>`;
}
