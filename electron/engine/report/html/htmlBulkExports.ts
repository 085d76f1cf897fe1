import { bulkExportEvidence } from '../../../../shared/exports/bulkExportEvidence';
import { crowdEvidence } from '../../../../shared/exports/crowdEvidence';
import { formatCount } from '../../../../shared/format/formatCount';
import { formatMeasure } from '../../../../shared/format/formatMeasure';
import type { ReportFinding } from '../model/ReportModel';
import { escapeHtml } from './escapeHtml';
import { htmlTable } from './htmlTable';

/**
 * The bulk exports listed, one row each (severity, account, when, how much beside the usual), ahead of their articles:
 * the incident lead reads who moved what on one page rather than one article a page (79 of them took 60 pages).
 */
export function htmlBulkExports(findings: ReportFinding[]): string {
  const rows = findings.flatMap((f) => {
    const e = bulkExportEvidence(f);
    const sev = { html: `<span class="sev-${escapeHtml(f.severity)}" data-bulk-row="${escapeHtml(f.id)}">${escapeHtml(f.severity)}</span>` };
    if (e) {
      const m = (x: number | null) => formatMeasure(x, e.unit);
      return [[sev, e.user ?? '—', f.start, `${formatCount(e.hours)} h`, m(e.total), m(e.usual), m(e.excess)]];
    }
    const c = crowdEvidence(f);
    if (c) return [[sev, `${formatCount(c.crowdSize)} users alike (crowd hour)`, f.start, '1 h', formatMeasure(c.total, c.unit), '—', '—']];
    return [];
  });
  if (rows.length === 0) return '';
  return htmlTable(['severity', 'account', 'from (UTC)', 'hours', 'moved', 'expected for those hours', 'beyond the expected'], rows, `Bulk exports at a glance (${formatCount(rows.length)}), each detailed below`, 'bulk');
}
