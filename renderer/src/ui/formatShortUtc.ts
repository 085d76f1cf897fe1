/** An ISO UTC time as `03-01 10:05` for dense tables (the column header says UTC). */
export function formatShortUtc(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${iso.slice(5, 10)} ${iso.slice(11, 16)}`;
}
