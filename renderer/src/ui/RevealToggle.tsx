/** The per-view switch that reveals masked personal data; the engine writes each reveal to the audit table. */
export function RevealToggle({ revealed, onChange }: { revealed: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="reveal" data-testid="reveal-toggle" title="Personal data is masked by default; revealing is written to the case's audit trail.">
      <input type="checkbox" checked={revealed} onChange={(e) => onChange(e.target.checked)} />
      {revealed ? 'Personal data revealed (audited)' : 'Reveal personal data'}
    </label>
  );
}
