import type { SourceCoverageDto } from '../../../shared/api/coverageApi';
import { formatCount } from '../../../shared/format/formatCount';

/** Classes the legend shows that are not personal data on their own (a record id, a date that is not a birth date): the KPI leaves them out and says so. */
const notPersonal = ['Identifiers', 'Dates', 'Other'];

/** Subject and record counts of one leak source, with how many columns and personal data classes it holds. */
export function CoverageKpis({ source }: { source: SourceCoverageDto }) {
  const present = new Set(source.fields.map((f) => f.dataClass));
  const classes = [...present].filter((c) => !notPersonal.includes(c));
  const uncounted = notPersonal.filter((c) => present.has(c));
  const hashes = source.passwordHashes.reduce((s, h) => s + h.count, 0);
  return (
    <div className="kpis">
      <div className="kpi" title={source.subjectColumn ? `Distinct values of ${source.subjectColumn}, and one person per record without a valid one` : 'No key column: one subject per record'}>
        <small>Subjects (people)</small>
        <b data-testid="kpi-subjects">{formatCount(source.subjects)}</b>
        <small>
          {source.subjectColumn ? `distinct ${source.subjectColumn}` : 'one per record'}
          {source.keyless ? ` + ${formatCount(source.keyless)} without a valid one` : ''}
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
        <b data-testid="kpi-classes">{formatCount(classes.length)}</b>
        {uncounted.length > 0 && <small data-testid="kpi-classes-note">{uncounted.join(', ').toLowerCase()} not counted</small>}
      </div>
      <div className="kpi">
        <small>Password values</small>
        <b data-testid="kpi-passwords">{formatCount(hashes)}</b>
      </div>
    </div>
  );
}
