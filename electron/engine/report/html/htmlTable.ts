import { escapeHtml } from './escapeHtml';

/** A cell already escaped as HTML, as opposed to plain text which htmlTable escapes. */
export interface RawCell {
  html: string;
}

/** An HTML table from plain-text (escaped here) or raw cells; numbers are right-aligned; `kv` keeps the first column on one line. */
export function htmlTable(headers: string[], rows: Array<Array<string | number | null | RawCell>>, caption?: string, className?: string): string {
  if (rows.length === 0) return `<p class="empty">None.</p>`;
  const cell = (v: string | number | null | RawCell): string =>
    typeof v === 'number' ? `<td class="num">${escapeHtml(v)}</td>` : v !== null && typeof v === 'object' ? `<td>${v.html}</td>` : `<td>${escapeHtml(v ?? '—')}</td>`;
  return `<table${className ? ` class="${className}"` : ''}>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map(cell).join('')}</tr>`)
    .join('')}</tbody></table>`;
}
