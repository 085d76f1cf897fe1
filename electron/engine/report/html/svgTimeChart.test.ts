import { describe, expect, it } from 'vitest';
import { svgTimeChart, type TimeChart } from './svgTimeChart';

/** A one-series count chart over four points whose largest value is `max`. */
function chart(max: number, unit: TimeChart['unit'] = 'count'): string {
  return svgTimeChart({
    title: 't',
    times: ['2024-03-01T00:00:00Z', '2024-03-01T01:00:00Z', '2024-03-01T02:00:00Z', '2024-03-01T03:00:00Z'],
    series: [{ label: 'failed', color: '#000', values: [0, max, Math.floor(max / 2), 1], style: 'bar' }],
    unit,
    axisTitle: 'sign-ins per bin',
  });
}

/** The value-axis labels of a chart (right-anchored texts that are not the last time label) with the x they end at. */
function valueLabels(svg: string): Array<{ x: number; text: string }> {
  return [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end" class="axis">([^<]*)<\/text>/g)]
    .map((m) => ({ x: Number(m[1]), text: m[2] ?? '' }))
    .filter((l) => !/^\d{4}-\d\d-\d\d /.test(l.text));
}

describe('svgTimeChart: the value axis a reader reads', () => {
  it('labels a small count in whole, distinct steps (3 → 0, 1, 2, 3; not 0, 1, 2, 2, 3)', () => {
    expect(valueLabels(chart(3)).map((l) => l.text)).toEqual(['0', '1', '2', '3']);
    expect(valueLabels(chart(1)).map((l) => l.text)).toEqual(['0', '1']);
    expect(valueLabels(chart(123)).map((l) => l.text)).toEqual(['0', '25', '50', '75', '100', '125']);
  });

  it('writes bytes in one unit and precision, and names what the axis counts', () => {
    expect(valueLabels(chart(203e9, 'bytes')).map((l) => l.text)).toEqual(['0', '50 GB', '100 GB', '150 GB', '200 GB', '250 GB']);
    expect(chart(5)).toContain('rotate(-90)" text-anchor="middle" class="axis">sign-ins per bin</text>');
  });

  it('leaves room left of the axis for its longest label, 4,000,000,000 included, beside the axis title', () => {
    for (const max of [9, 99_999, 3.2e9]) {
      for (const l of valueLabels(chart(max))) expect(l.x - 8 * l.text.length, `${max}: ${l.text}`).toBeGreaterThanOrEqual(20);
    }
  });

  it('draws a line series of a single point as a dot (a polyline of one point draws nothing)', () => {
    const svg = svgTimeChart({ title: 't', times: ['2020-02-14T20:15:00Z'], series: [{ label: 'successful', color: '#2da44e', values: [1], style: 'line' }], unit: 'count', axisTitle: 'sign-ins per bin' });
    expect(svg).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="3" fill="#2da44e"\/>/);
  });
});
