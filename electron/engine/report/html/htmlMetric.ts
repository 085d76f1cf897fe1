import { escapeHtml } from './escapeHtml';

/** A summary card whose value carries `data-metric` so tests and readers can find the exact figure. */
export function htmlMetric(key: string, label: string, value: number | string, display?: string): string {
  return `<div class="card"><div class="v" data-metric="${escapeHtml(key)}" data-value="${escapeHtml(value)}">${escapeHtml(display ?? value)}</div><div class="k">${escapeHtml(label)}</div></div>`;
}
