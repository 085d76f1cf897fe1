import { useState } from 'react';
import { reportFormats, type ReportFormat, type ReportWrittenDto } from '../../../shared/api/reportApi';
import { call } from '../api/client';
import { electronHost } from '../api/hostBridge';
import { ErrorNote } from '../ui/ErrorNote';
import { formatBytes } from '../ui/format';

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
  const [outPath, setOutPath] = useState('');
  const [personal, setPersonal] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [last, setLast] = useState<ReportWrittenDto | null>(null);
  const host = electronHost();
  const write = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await call('writeReport', { format, outPath: outPath.trim(), includePersonalData: personal, overwrite });
      setLast(r);
      onWritten(r);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="write-report">
      <div className="row">
        <select aria-label="Format" data-testid="report-format" value={format} onChange={(e) => setFormat(e.target.value as ReportFormat)}>
          {reportFormats.map((f) => (
            <option key={f} value={f}>
              {labels[f]}
            </option>
          ))}
        </select>
        <input aria-label="Output file" data-testid="report-path" placeholder={`/path/to/report.${format}`} value={outPath} onChange={(e) => setOutPath(e.target.value)} />
        {host && (
          <button type="button" onClick={() => void host.chooseSavePath(`breachdesk-report.${format}`).then((p) => p && setOutPath(p))}>
            Save as…
          </button>
        )}
      </div>
      <div className="row" style={{ marginTop: 8 }}>
        <label className="reveal">
          <input type="checkbox" data-testid="report-personal" checked={personal} onChange={(e) => setPersonal(e.target.checked)} />
          Include personal data (recorded in the audit trail and stated in the report)
        </label>
        <label className="reveal">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
          Overwrite an existing file
        </label>
        <span className="spacer" />
        <button data-testid="report-write" disabled={busy || !outPath.trim()} onClick={() => void write()}>
          {busy ? 'Writing…' : 'Write report'}
        </button>
      </div>
      <ErrorNote message={error} testId="report-error" />
      {last && (
        <div className={last.evidenceIntact ? 'hint' : 'error-note'} data-testid="report-written">
          Version {last.version} written to {last.outPath} ({formatBytes(last.bytes)}, SHA-256 {last.sha256.slice(0, 16)}…),{' '}
          {last.redacted ? 'personal data masked' : 'CONTAINS PERSONAL DATA'}.{' '}
          {last.evidenceIntact ? 'Every input re-verified unchanged.' : 'EVIDENCE CHECK FAILED: an input changed or disappeared since it was loaded.'}
        </div>
      )}
    </div>
  );
}
