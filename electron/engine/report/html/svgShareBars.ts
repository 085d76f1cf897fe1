import { escapeHtml } from './escapeHtml';
import { formatShare } from './formatShare';

/** One horizontal bar: a label and a share in [0, 1]; with `inner`, the share of it that is valid is drawn dark over a light bar. */
export interface ShareBar {
  label: string;
  share: number;
  inner?: number;
}

/** An inline SVG of horizontal share bars (e.g. how populated each leak column is), self-contained. */
export function svgShareBars(title: string, bars: ShareBar[]): string {
  if (bars.length === 0) return `<p class="empty">No data for this chart.</p>`;
  const W = 880;
  const row = 24;
  const lw = Math.min(440, Math.max(160, 16 + 7.8 * Math.max(...bars.map((b) => b.label.length))));
  const bw = W - lw - 80;
  const H = bars.length * row + 30;
  const parts = bars.map((b, k) => {
    const y = 20 + k * row;
    const inner = b.inner === undefined ? '' : `<rect x="${lw}" y="${y}" width="${(bw * b.share * b.inner).toFixed(1)}" height="${row - 4}" class="bar"/>`;
    return `<text x="${lw - 8}" y="${y + 15}" text-anchor="end" class="axis">${escapeHtml(b.label)}</text><rect x="${lw}" y="${y}" width="${bw}" height="${row - 4}" class="bar-track"/><rect x="${lw}" y="${y}" width="${(bw * b.share).toFixed(1)}" height="${row - 4}" class="${b.inner === undefined ? 'bar' : 'bar-inner'}"/>${inner}<text x="${lw + bw + 6}" y="${y + 15}" class="axis">${formatShare(b.share)}</text>`;
  });
  return `<figure><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${parts.join('')}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}
