import type { ExportParams } from '../../../shared/api/detectParams';
import { NumberField } from '../ui/NumberField';
import { exportDefaults } from './exportDefaults';

/** Edits both export methods' parameters in place; every change re-runs them. */
export function ExportParamsForm({ params, onChange }: { params: ExportParams; onChange: (p: ExportParams) => void }) {
  const b = params.baseline;
  const setB = (patch: Partial<ExportParams['baseline']>) => onChange({ ...params, baseline: { ...b, ...patch } });
  const isDefault = JSON.stringify(params) === JSON.stringify(exportDefaults);
  return (
    <div className="params" data-testid="export-params">
      <NumberField label="Reference: z above" value={params.reference.zLimit} step={0.5} min={0} testId="param-z" onChange={(v) => v >= 0 && onChange({ ...params, reference: { zLimit: v } })} />
      <NumberField label="Baseline: score above" value={b.scoreLimit} step={0.5} min={0} testId="param-score" onChange={(v) => v >= 0 && setB({ scoreLimit: v })} />
      <NumberField label="Baseline window (days ±)" value={b.baselineDays} min={1} testId="param-days" onChange={(v) => v >= 1 && v <= 365 && setB({ baselineDays: Math.round(v) })} />
      <NumberField label="Min. history (hours)" value={b.minBaselineHours} min={1} testId="param-history" onChange={(v) => v >= 1 && setB({ minBaselineHours: Math.round(v) })} />
      <NumberField label="Floor (GB per hour)" value={b.floorBytes / 1e9} step={0.1} min={0} testId="param-floor" onChange={(v) => v >= 0 && setB({ floorBytes: Math.round(v * 1e9) })} />
      <NumberField label="Floor (events per hour)" value={b.floorEvents} min={0} testId="param-floor-events" onChange={(v) => v >= 0 && setB({ floorEvents: Math.round(v) })} />
      <label className="param">
        <span>Window side</span>
        <select value={b.side} data-testid="param-side" onChange={(e) => setB({ side: e.target.value === 'past' ? 'past' : 'both' })}>
          <option value="both">past and future</option>
          <option value="past">past only</option>
        </select>
      </label>
      <label className="param">
        <span>Measure</span>
        <select value={params.measure} data-testid="param-measure" onChange={(e) => onChange({ ...params, measure: e.target.value as ExportParams['measure'] })}>
          <option value="auto">auto (bytes if logged)</option>
          <option value="bytes">bytes</option>
          <option value="events">events</option>
        </select>
      </label>
      {!isDefault && (
        <button className="ghost" data-testid="export-param-reset" onClick={() => onChange(exportDefaults)}>
          Reference defaults
        </button>
      )}
    </div>
  );
}
