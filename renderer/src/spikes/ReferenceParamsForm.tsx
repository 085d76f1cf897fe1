import { NumberField } from '../ui/NumberField';
import { TextField } from '../ui/TextField';
import { referenceDefaults, type ReferenceParams } from './ReferenceParams';

/** Edits the reference rule in place: failure codes, bin width and threshold; every change re-runs the rule. */
export function ReferenceParamsForm({ params, onChange }: { params: ReferenceParams; onChange: (p: ReferenceParams) => void }) {
  const isDefault = JSON.stringify(params) === JSON.stringify(referenceDefaults);
  return (
    <div className="params" data-testid="reference-params">
      <TextField
        label="Failure codes (comma-separated)"
        value={params.failureCodes.join(', ')}
        testId="param-codes"
        onCommit={(v) => {
          const codes = v.split(/[\s,;]+/).filter(Boolean);
          if (codes.length > 0) onChange({ ...params, failureCodes: codes });
        }}
      />
      <NumberField label="Bin (minutes)" value={params.binMinutes} min={1} testId="param-bin" onChange={(v) => v >= 1 && onChange({ ...params, binMinutes: Math.round(v) })} />
      <NumberField label="Count above" value={params.minExclusive} min={0} testId="param-threshold" onChange={(v) => v >= 0 && onChange({ ...params, minExclusive: Math.round(v) })} />
      {!isDefault && (
        <button className="ghost" data-testid="param-reset" onClick={() => onChange(referenceDefaults)}>
          Reference defaults
        </button>
      )}
    </div>
  );
}
