import { csvLine } from './csvCell';
import type { ReportModel } from '../model/ReportModel';

/** The findings as CSV, one row per finding, with the report version and redaction state in every row. */
export function findingsCsv(m: ReportModel): string {
  const head = ['report_version', 'case_id', 'redacted', 'id', 'kind', 'severity', 'status', 'start', 'end', 'ips', 'users', 'summary', 'note', 'evidence_json', 'params_json'];
  const rows = m.findings.rows.map((f) => [
    m.version,
    m.caseInfo.id,
    !m.includePersonalData,
    f.id,
    f.kind,
    f.severity,
    f.status ?? 'unreviewed',
    f.start,
    f.end,
    f.ips.join(' '),
    f.users.join(' '),
    f.summary,
    f.note,
    JSON.stringify(f.evidence),
    JSON.stringify(f.params),
  ]);
  return [head, ...rows].map(csvLine).join('');
}
