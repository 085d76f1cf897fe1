import { escapeHtml } from './escapeHtml';
import { formatCount } from '../../../../shared/format/formatCount';
import { htmlTable } from './htmlTable';
import type { ReportModel } from '../model/ReportModel';

/** A source kind as the manifest names it. */
const kindWords: Record<string, string> = { leak: 'leak', signin: 'sign-ins', transfer: 'transfers' };

/** Routine audit entries, counted in one sentence (the case opened, reports written…). */
function routineLine(routine: ReportModel['auditRoutine']): string {
  if (routine.length === 0) return '';
  const words: Record<string, [string, string]> = {
    open_case: ['opening of the case', 'openings of the case'],
    write_report: ['report written', 'reports written'],
    write_finding_lists: ['findings side-file write', 'findings side-file writes'],
    load_ip_dataset: ['IP dataset load', 'IP dataset loads'],
  };
  const parts = routine.map(({ action, n }) => `${formatCount(n)} ${(words[action] ?? [action.replaceAll('_', ' '), action.replaceAll('_', ' ')])[n === 1 ? 0 : 1]}`);
  return `<p data-audit-routine="${routine.reduce((s, r) => s + r.n, 0)}">Also in the case's audit trail, not listed: ${escapeHtml(parts.join(', '))}.</p>`;
}

/** The evidence manifest: every input with size and SHA-256 at load, re-verified now, plus tool, case and times. */
export function htmlManifest(m: ReportModel): string {
  const rows = m.manifest.map((e) => [
    e.sourceId,
    kindWords[e.kind] ?? e.kind,
    { html: `<code class="path">${escapeHtml(e.path).replace(/[\\/]/g, '$&<wbr>')}</code>` },
    formatCount(e.size),
    { html: `<code>${escapeHtml(e.sha256)}</code>` },
    e.ingestedAt,
    {
      html: `<span class="state-${e.state}" data-manifest-state="${e.state}">${e.state === 'verified' ? 'verified' : e.state}</span>${
        e.state === 'changed' ? `<br>now ${escapeHtml(formatCount(e.sizeNow ?? 0))} bytes, <code>${escapeHtml(e.sha256Now)}</code>` : e.state === 'missing' ? '<br>file not found' : ''
      }`,
    },
  ]);
  return `<section id="manifest"><h2>7. Evidence manifest</h2>
${m.evidenceIntact ? '' : '<div class="banner fail">EVIDENCE INTEGRITY FAILURE: at least one input no longer matches the hash recorded when it was loaded.</div>'}
${htmlTable(['source', 'kind', 'path', 'size (bytes)', 'SHA-256 at load', 'loaded (UTC)', 're-verified at report time'], rows, undefined, 'manifest')}
${htmlTable(
  ['', ''],
  [
    ['Tool', `Breachdesk ${m.toolVersion}`],
    ['Case id', m.caseInfo.id],
    ['Case name', m.caseInfo.name],
    ['Case created (UTC)', m.caseInfo.createdAt],
    ['Report version', m.version],
    ['Report written (UTC)', m.generatedAt],
    ['Evidence re-verified (UTC)', m.manifest[0]?.checkedAt ?? m.generatedAt],
    ['Personal data', m.includePersonalData ? 'included (analyst opt-in, audited)' : 'masked'],
  ],
  'Provenance',
  'kv',
)}
${htmlTable(['time (UTC)', 'actor', 'action'], m.audit.map((a) => [a.at, a.actor, a.action.replaceAll('_', ' ')]), 'Latest audit trail entries: loads, runs, verdicts, removals and opt-ins')}
${routineLine(m.auditRoutine)}
</section>`;
}
