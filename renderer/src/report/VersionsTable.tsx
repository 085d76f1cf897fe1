import type { ReportVersionDto } from '../../../shared/api/reportApi';

/** Reports already written from this case, for phased notification (GDPR Art. 33(4)). */
export function VersionsTable({ versions }: { versions: ReportVersionDto[] }) {
  if (versions.length === 0) return <p className="hint">No report written yet.</p>;
  return (
    <table className="grid compact" data-testid="versions-table">
      <thead>
        <tr>
          <th className="num">Version</th>
          <th>Written (UTC)</th>
          <th>Format</th>
          <th>File</th>
          <th>Personal data</th>
          <th>Evidence</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.version}>
            <td className="num">{v.version}</td>
            <td>{v.writtenAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')}</td>
            <td>{v.format}</td>
            <td title={v.outPath}>{v.outPath.split(/[\\/]/).pop()}</td>
            <td>{v.includePersonalData ? 'included' : 'masked'}</td>
            <td className={v.evidenceIntact ? 'ok' : 'sev-critical'}>{v.evidenceIntact ? 'intact' : 'CHANGED'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
