import { useState } from 'react';
import { reportFormats, type ReportFormat, type ReportWrittenDto } from '../../../shared/api/reportApi';
import { call } from '../api/client';
import { formatBytes } from '../../../shared/format/formatBytes';
import { SaveFileForm, type SaveChoice } from '../ui/SaveFileForm';

const labels: Record<ReportFormat, string> = {
  html: 'HTML (self-contained, opens offline)',
  pdf: 'PDF',
  json: 'JSON (findings)',
  csv: 'CSV (findings)',
  md: 'Markdown summary (tickets)',
  stix: 'STIX 2.1 bundle',
  misp: 'MISP event',
};

/** Writes a report file: format, where, and whether personal data may appear (audited opt-in). */
export function WriteReportForm({ onWritten }: { onWritten: (r: ReportWrittenDto) => void }) {
  const [format, setFormat] = useState<ReportFormat>('html');
  const save = async (choice: SaveChoice) => {
    const r = await call('writeReport', { format, ...choice });
    onWritten(r);
    return r;
  };
  return (
    <div data-testid="write-report">
      <SaveFileForm<ReportWrittenDto>
        leading={
          <select aria-label="Format" data-testid="report-format" value={format} onChange={(e) => setFormat(e.target.value as ReportFormat)}>
            {reportFormats.map((f) => (
              <option key={f} value={f}>
                {labels[f]}
              </option>
            ))}
          </select>
        }
        placeholder={`/path/to/report.${format}`}
        defaultName={`breachdesk-report.${format}`}
        personalLabel="Include personal data (recorded in the audit trail and stated in the report)"
        action="Write report"
        busyAction="Writing…"
        testIds={{ path: 'report-path', personal: 'report-personal', submit: 'report-write', error: 'report-error' }}
        save={save}
        written={(last) => (
          <div className={last.evidenceIntact ? 'hint' : 'error-note'} data-testid="report-written">
            Version {last.version} written to {last.outPath} ({formatBytes(last.bytes)}, SHA-256 {last.sha256.slice(0, 16)}…),{' '}
            {last.redacted ? 'personal data masked' : 'CONTAINS PERSONAL DATA'}.{' '}
            {last.evidenceIntact ? 'Every input re-verified unchanged.' : 'EVIDENCE CHECK FAILED: an input changed or disappeared since it was loaded.'}
          </div>
        )}
      />
    </div>
  );
}
