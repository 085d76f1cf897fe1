/** An ISO UTC time as `2024-03-01 10:05:00` (the screens say once that times are UTC). */
export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return '—';
  return iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '');
}
