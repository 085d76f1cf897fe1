import { axisLabels, type AxisUnit } from './axisLabels';
import { axisTicks } from './axisTicks';
import { escapeHtml } from './escapeHtml';

/** One series of a time chart: a value per point, drawn as bars or a line. */
export interface TimeSeries {
  label: string;
  color: string;
  values: number[];
  style: 'bar' | 'line';
}

/** What a time chart draws: point times (ISO), series, marked points, what the values measure and the value axis's title. */
export interface TimeChart {
  title: string;
  times: string[];
  series: TimeSeries[];
  marks?: number[];
  unit: AxisUnit;
  axisTitle: string;
}

const W = 880;
const H = 240;
const pad = { r: 16, t: 28, b: 40 };

/** The widest a character of a 14-pixel axis label draws (a Liberation Sans digit is 7.8 pixels; `M` and `W` are wider, but labels are digits, separators and units). */
const labelCharWidth = 8;

/** An inline SVG chart over time (bars and/or lines, stacked bars not used), self-contained and readable without script. */
export function svgTimeChart(c: TimeChart): string {
  const n = c.times.length;
  if (n === 0) return `<p class="empty">No data for this chart.</p>`;
  const axis = axisTicks(Math.max(0, ...c.series.flatMap((s) => s.values)), true);
  const labels = axisLabels(axis.ticks, axis.step, c.unit);
  const max = axis.top;
  const left = 26 + labelCharWidth * Math.max(...labels.map((l) => l.length));
  const iw = W - left - pad.r;
  const ih = H - pad.t - pad.b;
  const step = iw / n;
  const x = (i: number) => left + i * step;
  const y = (v: number) => pad.t + ih - (v / max) * ih;
  const parts: string[] = [];
  axis.ticks.forEach((v, k) => {
    parts.push(`<line x1="${left}" x2="${W - pad.r}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" class="grid"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" class="axis">${escapeHtml(labels[k] ?? '')}</text>`);
  });
  parts.push(`<text transform="translate(14 ${(pad.t + ih / 2).toFixed(1)}) rotate(-90)" text-anchor="middle" class="axis">${escapeHtml(c.axisTitle)}</text>`);
  for (const i of c.marks ?? []) {
    parts.push(`<rect x="${(x(i) - 1).toFixed(1)}" y="${pad.t}" width="${Math.max(step, 2) + 2}" height="${ih}" class="mark"/>`);
  }
  const bars = c.series.filter((s) => s.style === 'bar');
  bars.forEach((s, b) => {
    const bw = Math.max((step * 0.9) / bars.length, 0.6);
    s.values.forEach((v, i) => {
      if (v <= 0) return;
      parts.push(`<rect x="${(x(i) + b * bw).toFixed(2)}" y="${y(v).toFixed(1)}" width="${bw.toFixed(2)}" height="${(pad.t + ih - y(v)).toFixed(1)}" fill="${s.color}"/>`);
    });
  });
  for (const s of c.series.filter((v) => v.style === 'line')) {
    const pts = s.values.map((v, i) => `${(x(i) + step / 2).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${s.color}" stroke-width="1.5"/>`);
    if (n === 1) parts.push(`<circle cx="${(x(0) + step / 2).toFixed(1)}" cy="${y(s.values[0] ?? 0).toFixed(1)}" r="3" fill="${s.color}"/>`);
  }
  const ticks = Math.min(5, n);
  for (let k = 0; k < ticks; k++) {
    const i = Math.round((k * (n - 1)) / Math.max(ticks - 1, 1));
    const t = c.times[i] ?? '';
    const anchor = k === 0 ? 'start' : k === ticks - 1 ? 'end' : 'middle';
    parts.push(`<text x="${(x(i) + step / 2).toFixed(1)}" y="${H - pad.b + 16}" text-anchor="${anchor}" class="axis">${escapeHtml(t.slice(0, 16).replace('T', ' '))}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${W - pad.r}" y1="${pad.t + ih}" y2="${pad.t + ih}" class="baseline"/>`);
  const legend = c.series
    .map((s, k) => `<rect x="${left + k * 170}" y="8" width="12" height="12" fill="${s.color}"/><text x="${left + k * 170 + 18}" y="18" class="legend">${escapeHtml(s.label)}</text>`)
    .join('');
  const markLegend = c.marks?.length ? `<rect x="${left + c.series.length * 170}" y="8" width="12" height="12" class="mark"/><text x="${left + c.series.length * 170 + 18}" y="18" class="legend">flagged</text>` : '';
  return `<figure><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(c.title)}"><title>${escapeHtml(c.title)}</title>${legend}${markLegend}${parts.join('')}<text x="${W / 2}" y="${H - 6}" text-anchor="middle" class="axis">time (UTC)</text></svg><figcaption>${escapeHtml(c.title)}</figcaption></figure>`;
}
