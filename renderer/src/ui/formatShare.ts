/** A share in [0, 1] as a percentage with at most one decimal (`37.5 %`); null as a dash. */
export function formatShare(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const pct = v * 100;
  return `${pct === Math.round(pct) ? pct.toFixed(0) : pct.toFixed(1)} %`;
}
