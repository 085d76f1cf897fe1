/** One CSV field (RFC 4180): quoted when needed, and prefixed with ' when a spreadsheet would read it as a formula. */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line from fields, ending in CRLF. */
export function csvLine(fields: unknown[]): string {
  return `${fields.map(csvCell).join(',')}\r\n`;
}
