import type { SourceCoverageDto } from '../../../shared/api/coverageApi';
import { ChartFrame } from '../ui/ChartFrame';
import { Panel } from '../ui/Panel';
import { bcryptCosts } from './bcryptCosts';
import { BcryptCostChart } from './BcryptCostChart';
import { ClassLegend } from './ClassLegend';
import { CoverageKpis } from './CoverageKpis';
import { FieldCoverageChart } from './FieldCoverageChart';
import { FieldTable } from './FieldTable';
import { HashCensusTable } from './HashCensusTable';

/** The coverage of one leak source: counts, one bar per column coloured by class, the field table, the hash census and bcrypt costs. */
export function SourceCoverage({ source }: { source: SourceCoverageDto }) {
  const classes = [...new Set(source.fields.map((f) => f.dataClass))];
  const costs = bcryptCosts(source.passwordHashes);
  return (
    <div className="stack">
      <Panel title={`Leak source #${source.sourceId}: ${source.path.split(/[\\/]/).pop() ?? ''}`} testId="coverage-source">
        <CoverageKpis source={source} />
      </Panel>
      <Panel title="Fields: populated and valid share, by data class" testId="coverage-fields">
        <ClassLegend classes={classes} />
        <ChartFrame name={`coverage-${source.sourceId}`} testId="coverage-chart" height={Math.max(160, source.fields.length * 26 + 40)}>
          <div data-testid="coverage-chart-data" data-columns={source.fields.length} style={{ height: '100%' }}>
            <FieldCoverageChart fields={source.fields} />
          </div>
        </ChartFrame>
        <p className="hint">Bar length: share of records with a value. Solid part: share with a value valid for the class; faded part: populated but not valid.</p>
        <FieldTable fields={source.fields} />
      </Panel>
      <div className="grid-2">
        <Panel title="Password hash schemes" testId="coverage-hashes">
          <HashCensusTable hashes={source.passwordHashes} />
        </Panel>
        <Panel title="bcrypt cost factors" testId="coverage-bcrypt">
          {costs.length === 0 ? (
            <p className="hint">No bcrypt hashes.</p>
          ) : (
            <ChartFrame name={`bcrypt-costs-${source.sourceId}`} testId="bcrypt-chart" height={220}>
              <div data-testid="bcrypt-chart-data" data-total={costs.reduce((s, c) => s + c.count, 0)} style={{ height: '100%' }}>
                <BcryptCostChart bins={costs} />
              </div>
            </ChartFrame>
          )}
        </Panel>
      </div>
    </div>
  );
}
