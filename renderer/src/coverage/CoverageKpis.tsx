import type { SourceCoverageDto } from '../../../shared/api/coverageApi';
import { formatCount } from '../../../shared/format/formatCount';

/** Subject and record counts of one leak source, with how many columns and personal data classes it holds. */
export function CoverageKpis({ source }: { source: SourceCoverageDto }) {
  const classes = new Set(source.fields.map((f) => f.dataClass).filter((c) => c !== 'Other' && c !== 'Identifiers' && c !== 'Dates'));
  const hashes = source.passwordHashes.reduce((s, h) => s + h.count, 0);
  return (
    <div className="kpis">
      <div className="kpi" title={source.subjectColumn ? `Distinct values of ${source.subjectColumn}, and one person per record without one` : 'No key column: one subject per record'}>
        <small>Subjects (people)</small>
        <b data-testid="kpi-subjects">{formatCount(source.subjects)}</b>
        <small>
          {source.subjectColumn ? `distinct ${source.subjectColumn}` : 'one per record'}
          {source.keyless ? ` + ${formatCount(source.keyless)} without one` : ''}
        </small>
      </div>
      <div className="kpi">
        <small>Records</small>
        <b data-testid="kpi-records">{formatCount(source.rows)}</b>
      </div>
      <div className="kpi">
        <small>Columns</small>
        <b data-testid="kpi-columns">{formatCount(source.fields.length)}</b>
      </div>
      <div className="kpi">
        <small>Personal data classes</small>
        <b data-testid="kpi-classes">{formatCount(classes.size)}</b>
      </div>
      <div className="kpi">
        <small>Password values</small>
        <b data-testid="kpi-passwords">{formatCount(hashes)}</b>
      </div>
    </div>
  );
}
