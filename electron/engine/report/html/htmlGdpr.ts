import { escapeHtml } from './escapeHtml';
import { reportTime } from './reportTime';
import { formatShare } from './formatShare';
import { formatCount } from '../../../../shared/format/formatCount';
import type { GdprFacts } from '../model/gdprFacts';
import { htmlTable } from './htmlTable';
import { htmlArt34 } from './htmlArt34';
import type { ReportModel } from '../model/ReportModel';
import type { ExportCounts } from '../model/exportCounts';

/** An analyst statement, or a loud placeholder when it has not been filled in yet. */
function statement(key: string, text: string, missing: string): string {
  return text.trim()
    ? `<div class="statement" data-statement="${key}">${escapeHtml(text)}</div>`
    : `<div class="statement missing" data-statement="${key}">${escapeHtml(missing)}</div>`;
}

/** The bulk-export findings left out of the count, said beside it (`; 6 low findings of one account and 1 hour when many users moved alike (a release, a re-sync) are not counted`), so the parts add up to the bulk exports the summary lists. */
function notCounted(b: ExportCounts): string {
  const parts = [
    ...(b.low > 0 ? [`${formatCount(b.low)} low finding${b.low === 1 ? '' : 's'} of one account`] : []),
    ...(b.crowdHours > 0 ? [`${formatCount(b.crowdHours)} hour${b.crowdHours === 1 ? '' : 's'} when many users moved alike (a release, a re-sync)`] : []),
  ];
  return parts.length === 0 ? '' : `; ${parts.join(' and ')} ${b.low + b.crowdHours === 1 ? 'is' : 'are'} not counted`;
}

/** The GDPR Art. 33(3) section in the Article's order: (a) nature, subjects, records and categories, (b) DPO, (c) consequences with the Art. 34 assessment, (d) measures, and the Art. 33(4) versions. */
export function htmlGdpr(m: ReportModel, g: GdprFacts): string {
  const earlier = m.meta.versions.filter((v) => v.version < m.version);
  return `<section id="gdpr"><h2>2. GDPR Art. 33(3) notification facts</h2>
<p>Facts established from the evidence, for the notification to the supervisory authority. Figures are approximate where the Regulation allows it (Art. 33(3)(a)); personal values are not listed.</p>
<h3>(a) Nature of the personal data breach</h3>
<ul>${g.nature.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>
${statement('natureOfBreach', m.meta.natureOfBreach, 'Analyst’s description of how the breach occurred: NOT YET STATED.')}
<h3>Categories and approximate number of data subjects and records</h3>
<p>Approximately <strong data-metric="gdpr-subjects" data-value="${g.subjects}">${formatCount(g.subjects)}</strong> data subjects concerned, in <strong data-metric="gdpr-records" data-value="${g.records}">${formatCount(g.records)}</strong> personal data records.</p>
<ul>${g.subjectBasis.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}
<li>Credential campaigns: <span data-metric="gdpr-campaigns" data-value="${g.campaigns}">${formatCount(g.campaigns)}</span>; accounts they targeted in our logs: <span data-metric="gdpr-accounts-attacked" data-value="${g.accountsAttacked}">${formatCount(g.accountsAttacked)}</span>; accounts taken over: <span data-metric="gdpr-accounts-taken-over" data-value="${g.accountsTakenOver}">${formatCount(g.accountsTakenOver)}</span>; passwords confirmed valid (stopped by a second factor): <span data-metric="gdpr-credentials-valid" data-value="${g.credentialsValid}">${formatCount(g.credentialsValid)}</span>; accounts whose password must be reset: <span data-metric="gdpr-accounts-to-reset" data-value="${g.accountsToReset}">${formatCount(g.accountsToReset)}</span>.</li>
${g.bulkExports.findings ? `<li>Bulk exports far above the account's own habit: <span data-metric="gdpr-bulk-exports" data-value="${g.bulkExports.findings}">${formatCount(g.bulkExports.findings)}</span> (${formatCount(g.bulkExports.severe)} high or critical), by <span data-metric="gdpr-bulk-export-accounts" data-value="${g.bulkExports.accounts}">${formatCount(g.bulkExports.accounts)}</span> account${g.bulkExports.accounts === 1 ? '' : 's'}${notCounted(g.bulkExports)}.</li>` : ''}</ul>
<h3>Categories of personal data concerned</h3>
${htmlTable(
  ['dataset', 'column', 'category', 'populated', 'valid', 'distinct values'],
  g.fields.map((f) => [f.source, f.column, f.dataClass, formatShare(f.populated), formatShare(f.valid), f.distinct]),
)}
<h3>(b) Data protection officer or contact point</h3>
${statement('controller', m.meta.controller, 'Controller: NOT YET STATED.')}
${statement('dpoContact', m.meta.dpoContact, 'Name and contact details of the DPO or other contact point: NOT YET STATED.')}
<h3>(c) Likely consequences, per category</h3>
${htmlTable(
  ['category', 'likely consequences for the data subjects'],
  g.consequences.map((c) => [{ html: `<span data-class="${escapeHtml(c.dataClass)}">${escapeHtml(c.dataClass)}</span>` }, c.consequence]),
  undefined,
  'kv',
)}
${htmlArt34(g)}
<h3>(d) Measures taken or proposed</h3>
<p>Measures taken:</p>
${statement('measuresTaken', m.meta.measuresTaken, 'Measures taken to address the breach and mitigate its effects: NOT YET STATED — the analyst must fill this in before notifying.')}
<p>Measures proposed:</p>
${statement('measuresProposed', m.meta.measuresProposed, 'Measures proposed: NOT YET STATED.')}
<h3>Art. 33(4): information provided in phases</h3>
<p>This is report version <strong data-metric="report-version" data-value="${m.version}">${m.version}</strong>, written ${escapeHtml(reportTime(m.generatedAt))} UTC.</p>
${htmlTable(
  ['version', 'written (UTC)', 'format', 'personal data', 'evidence intact'],
  earlier.map((v) => [v.version, v.writtenAt, v.format, v.includePersonalData ? 'included' : 'masked', v.evidenceIntact ? 'yes' : 'NO']),
  earlier.length ? 'Earlier versions' : undefined,
)}
</section>`;
}
