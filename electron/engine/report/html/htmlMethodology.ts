import { compactJson } from '../tables/compactJson';
import { escapeHtml } from './escapeHtml';
import type { ReportModel } from '../model/ReportModel';

/** The SQL and parameters behind each result, so another analyst can reproduce every number. */
export function htmlMethodology(m: ReportModel): string {
  const steps = m.methodology.map(
    (s) => `<h3>${escapeHtml(s.title)}</h3><p>Parameters:</p><pre>${escapeHtml(compactJson(s.params))}</pre><p>SQL (DuckDB, run against the case file):</p><pre>${escapeHtml(s.sql)}</pre>`,
  );
  return `<section id="methodology"><h2>8. Methodology (appendix)</h2>
<p>All results are computed by Breachdesk ${escapeHtml(m.toolVersion)} in the embedded DuckDB case file (time zone UTC; bins aligned to the epoch). Sign-in outcomes are normalised at ingestion into <code>success</code> and <code>failure_reason</code>. PII coverage is computed in SQL over all rows of each leaked table; the classification is by content, column names are hints only. The reference rules are reproduced exactly with their default parameters; the additional detectors (spray, stuffing, brute force, takeover, per-user export baseline) are described by the SQL below.</p>
${steps.join('\n')}</section>`;
}
