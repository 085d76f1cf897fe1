import { useEffect, useState } from 'react';

/** A labelled text input that commits its value on Enter or when it loses focus (for list-like parameters). */
export function TextField({ label, value, onCommit, testId, title }: { label: string; value: string; onCommit: (v: string) => void; testId?: string; title?: string }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <label className="text-field" title={title}>
      <span>{label}</span>
      <input
        value={draft}
        data-testid={testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== value && onCommit(draft)}
        onKeyDown={(e) => e.key === 'Enter' && draft !== value && onCommit(draft)}
      />
    </label>
  );
}
