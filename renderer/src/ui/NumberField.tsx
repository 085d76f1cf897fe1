/** A labelled number input for detector parameters; the caller re-runs the detector on change. */
export function NumberField({ label, value, onChange, step = 1, min, testId }: { label: string; value: number; onChange: (v: number) => void; step?: number; min?: number; testId?: string }) {
  return (
    <label className="param">
      <span>{label}</span>
      <input
        type="number"
        value={value}
        step={step}
        min={min}
        data-testid={testId}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v)) onChange(v);
        }}
      />
    </label>
  );
}
