import { useState } from 'react';
import type { MappingPresetDto } from '../../../shared/api/presetsApi';
import type { SourceKind } from '../../../shared/api/sourcesApi';
import { call } from '../api/client';
import { useQuery } from '../api/useQuery';
import { ErrorNote } from '../ui/ErrorNote';

/** Applies a saved mapping preset, or saves the current format and choices as one. */
export function PresetBar(props: { kind: SourceKind; format: string; options: Record<string, string>; onApply: (p: MappingPresetDto) => void }) {
  const presets = useQuery('listPresets', { kind: props.kind }, `presets-${props.kind}`);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await call('savePreset', { name, kind: props.kind, format: props.format, options: props.options });
      setName('');
      presets.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="row preset-bar" data-testid="preset-bar">
      {(presets.data?.length ?? 0) > 0 && (
        <select
          aria-label="Apply preset"
          data-testid="preset-select"
          value=""
          onChange={(e) => {
            const p = presets.data?.find((x) => x.name === e.target.value);
            if (p) props.onApply(p);
          }}
        >
          <option value="">Apply a saved mapping…</option>
          {presets.data?.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
      )}
      <input aria-label="Preset name" data-testid="preset-name" placeholder="Save this mapping as…" value={name} onChange={(e) => setName(e.target.value)} />
      <button className="ghost" data-testid="preset-save" disabled={!name.trim()} onClick={() => void save()}>
        Save preset
      </button>
      <ErrorNote message={error} />
    </div>
  );
}
