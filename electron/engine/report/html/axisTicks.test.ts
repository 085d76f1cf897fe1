import { describe, expect, it } from 'vitest';
import { axisLabels } from './axisLabels';
import { axisTicks } from './axisTicks';

/** Maxima a chart meets: none, a handful, round numbers and one past them, a million and one, 3.2 GB, and a spread of every order of magnitude. */
const maxima = [
  0, 1, 2, 3, 7, 9, 10, 11, 99, 100, 101, 123, 999, 1000, 1001, 4420, 1e6 + 1, 60.1e9, 203e9, 3.2e9,
  ...Array.from({ length: 400 }, (_, i) => Math.round(1.37 ** (i / 5) * (1 + (i % 7) / 10))),
];

/** Whether a step is 1, 2, 2.5 or 5 times a power of ten. */
function nice(step: number): boolean {
  const p = 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((k) => Math.abs(step / p - k) < 1e-9);
}

describe('axisTicks: a value axis that covers the data without a wasted step', () => {
  it('covers each maximum, by less than one step, with a whole-number nice step and at most 6 intervals (3 or more above 2)', () => {
    for (const max of maxima) {
      const a = axisTicks(max, true);
      const where = `max ${max}: ${a.ticks.join(', ')}`;
      expect(a.top, where).toBeGreaterThanOrEqual(max);
      expect(a.top, where).toBeLessThan(Math.max(max, 1) + a.step);
      expect(Number.isInteger(a.step) && nice(a.step), where).toBe(true);
      expect(a.ticks.length - 1, where).toBeLessThanOrEqual(6);
      expect(a.ticks.length - 1, where).toBeGreaterThanOrEqual(Math.min(3, Math.max(1, Math.ceil(max))));
      expect(a.ticks, where).toEqual(a.ticks.map((_, i) => i * a.step));
      expect(a.ticks.at(-1), where).toBe(a.top);
    }
  });

  it('reads the cases a reader checks by eye: 0 → 0–1, 7 → 0–8, 123 → 0–125 by 25, 60.1 GB → 0–75 GB', () => {
    expect(axisTicks(0, true).ticks).toEqual([0, 1]);
    expect(axisTicks(7, true).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(123, true).ticks).toEqual([0, 25, 50, 75, 100, 125]);
    expect(axisTicks(60.1e9, true).ticks).toEqual([0, 25e9, 50e9, 75e9]);
  });

  it('steps by fractions only for values that have them', () => {
    expect(axisTicks(0.7, false).ticks).toEqual([0, 0.25, 0.5, 0.75]);
    expect(axisTicks(2, true).ticks).toEqual([0, 1, 2]);
  });
});

describe('axisLabels: one unit and one precision per axis', () => {
  it('writes distinct labels for every maximum, counts with thousands separators, bytes in the top tick’s unit', () => {
    for (const max of maxima) {
      const a = axisTicks(max, true);
      for (const unit of ['count', 'bytes'] as const) {
        const labels = axisLabels(a.ticks, a.step, unit);
        expect(new Set(labels).size, `${unit} ${max}: ${labels.join(', ')}`).toBe(labels.length);
        const units = new Set(labels.slice(1).map((l) => l.split(' ')[1] ?? ''));
        expect(units.size, `${unit} ${max}: ${labels.join(', ')}`).toBe(1);
      }
    }
    expect(axisLabels(axisTicks(3.2e9, true).ticks, axisTicks(3.2e9, true).step, 'count')).toEqual(['0', '1,000,000,000', '2,000,000,000', '3,000,000,000', '4,000,000,000']);
    expect(axisLabels(axisTicks(203e9, true).ticks, axisTicks(203e9, true).step, 'bytes')).toEqual(['0', '50 GB', '100 GB', '150 GB', '200 GB', '250 GB']);
    expect(axisLabels(axisTicks(1e9, true).ticks, axisTicks(1e9, true).step, 'bytes')).toEqual(['0', '0.25 GB', '0.50 GB', '0.75 GB', '1.00 GB']);
  });
});
