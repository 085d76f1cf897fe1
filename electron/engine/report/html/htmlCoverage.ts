import { escapeHtml } from './escapeHtml';
import { formatShare } from './formatShare';
import { formatCount } from '../../../../shared/format/formatCount';
import { htmlTable } from './htmlTable';
import type { ReportModel } from '../model/ReportModel';
import { svgShareBars } from './svgShareBars';

/** Question 3: which personal data the leak exposes, per column, with the hash census. */
export function htmlCoverage(m: ReportModel): string {
  if (m.coverage.length === 0) return `<section id="coverage"><h2>5. PII field coverage</h2><p class="empty">No leaked dataset is loaded in this case.</p></section>`;
  const parts = m.coverage.map((s) => {
    const name = s.path.split(/[\\/]/).at(-1) ?? s.path;
    const chart = svgShareBars(
      `${name}: share of rows populated per column (light), and populated with a value valid for its class (dark)`,
      s.fields.map((f) => ({ label: `${f.column} — ${f.dataClass}`, share: f.populated, inner: f.valid })),
    );
    const hashes = s.passwordHashes.length
      ? htmlTable(
          ['column', 'scheme', 'values', 'bcrypt costs'],
          s.passwordHashes.map((h) => [h.column, h.scheme, h.count, Object.entries(h.costs).map(([c, n]) => `cost ${c}: ${formatCount(n)}`).join(', ') || null]),
          'Password hash census (by unambiguous structure only)',
        )
      : '';
    return `<h3>${escapeHtml(name)}</h3>
<p><span data-metric="coverage-rows-${s.sourceId}" data-value="${s.rows}">${formatCount(s.rows)}</span> records, approximately <span data-metric="coverage-subjects-${s.sourceId}" data-value="${s.subjects}">${formatCount(s.subjects)}</span> people (${s.subjectColumn ? `distinct values of “${escapeHtml(s.subjectColumn)}”` : 'no key column: one person per row'}).</p>
${chart}
${htmlTable(
  ['column', 'data class', 'header hint', 'populated', 'valid', 'distinct'],
  s.fields.map((f) => [f.column, f.dataClass, f.hint, formatShare(f.populated), formatShare(f.valid), f.distinct]),
  'Columns',
)}${hashes}`;
  });
  return `<section id="coverage"><h2>5. PII field coverage</h2><p>Each column’s data class is decided from its content over all rows (the header is a hint only); populated is the share of rows with a value, valid the share of those values the class validator accepts.</p>${parts.join('')}</section>`;
}
