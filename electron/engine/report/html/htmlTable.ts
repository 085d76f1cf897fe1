import { escapeHtml } from './escapeHtml';
import { reportTime } from './reportTime';

/** A cell already escaped as HTML, as opposed to plain text which htmlTable escapes. */
export interface RawCell {
  html: string;
}

/** A quantity written as text (`20.0 GB`, `100.0%`, `1,200 events`, a score with its decimals `18.00`): right-aligned as numbers are, so a column of them reads down. */
const measure = /^-?[\d,]+(\.\d+)?( ?(%|B|kB|MB|GB|TB|PB|events?))?$/;

/** An HTML table from plain-text (escaped here) or raw cells; numbers (and quantities written as text) are right-aligned, numbers with thousands separators, ISO UTC times read as `2024-03-01 02:00:00`; `kv` keeps the first column on one line; headers all empty write no header row; no rows write `caption: none.`, so a reader knows what is empty. */
export function htmlTable(headers: string[], rows: Array<Array<string | number | null | RawCell>>, caption?: string, className?: string): string {
  if (rows.length === 0) return `<p class="empty">${caption ? `${escapeHtml(caption)}: none.` : 'None.'}</p>`;
  const cell = (v: string | number | null | RawCell): string =>
    typeof v === 'number'
      ? `<td class="num">${escapeHtml(v.toLocaleString('en-US', { maximumFractionDigits: 2 }))}</td>`
      : v !== null && typeof v === 'object'
        ? `<td>${v.html}</td>`
        : measure.test(v ?? '')
          ? `<td class="num">${escapeHtml(v)}</td>`
          : `<td>${escapeHtml(v === null ? '—' : reportTime(v))}</td>`;
  const head = headers.some((h) => h !== '') ? `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>` : '';
  return `<table${className ? ` class="${className}"` : ''}>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}${head}<tbody>${rows
    .map((r) => `<tr>${r.map(cell).join('')}</tr>`)
    .join('')}</tbody></table>`;
}
