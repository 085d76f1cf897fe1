import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';
import { Panel } from '../ui/Panel';
import { EvidenceTable } from './EvidenceTable';
import { StatementForm } from './StatementForm';
import { VersionsTable } from './VersionsTable';
import { WriteReportForm } from './WriteReportForm';

/** The Report screen: evidence re-verified, the analyst's Art. 33 statement, writing a report, earlier versions. */
export function ReportView() {
  const meta = useQuery('reportMeta', {}, 'meta');
  const evidence = useQuery('verifyEvidence', {}, 'evidence');
  return (
    <div className="stack">
      <Panel title="Write a report" testId="report-view">
        <WriteReportForm
          onWritten={() => {
            meta.reload();
            evidence.reload();
          }}
        />
      </Panel>
      <div className="grid-2">
        <Panel title="Notification statement (GDPR Art. 33(3))">
          <ErrorNote message={meta.error} />
          {meta.data && <StatementForm meta={meta.data} onSaved={() => meta.reload()} />}
        </Panel>
        <div className="stack">
          <Panel title="Evidence, re-hashed now">
            <ErrorNote message={evidence.error} />
            {evidence.data && <EvidenceTable entries={evidence.data} />}
          </Panel>
          <Panel title="Versions written (Art. 33(4))">{meta.data && <VersionsTable versions={meta.data.versions} />}</Panel>
        </div>
      </div>
    </div>
  );
}
