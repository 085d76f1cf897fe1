/** A value axis: the step between gridlines, the top of the axis and every tick value from 0 up to it. */
export interface AxisTicks {
  step: number;
  top: number;
  ticks: number[];
}

/** Most intervals an axis may have (at most 7 labels), so labels never crowd a 172-pixel-high chart. */
const maxIntervals = 6;

/** Steps read at a glance: 1, 2, 2.5 or 5 times a power of ten. */
const niceMultiples = [1, 2, 2.5, 5];

/** The value axis of a chart whose largest value is `max`: the step (1, 2, 2.5 or 5 times a power of ten; a whole number for counts and bytes) whose top covers `max` closest, with 3 to 6 intervals where the data allow (4 when tops tie), so the top gridline sits less than one step above the data and no label is a fraction of an event or a byte. */
export function axisTicks(max: number, wholeNumbers: boolean): AxisTicks {
  const m = Number.isFinite(max) && max > 0 ? max : 0;
  if (m === 0) return wholeNumbers ? { step: 1, top: 1, ticks: [0, 1] } : { step: 0.25, top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };
  const lowest = Math.floor(Math.log10(m / maxIntervals)) - 1;
  const candidates: Array<{ step: number; n: number; top: number }> = [];
  for (let e = lowest; e <= lowest + 3; e++) {
    for (const k of niceMultiples) {
      const step = Number((k * 10 ** e).toPrecision(12));
      if (wholeNumbers && !Number.isInteger(step)) continue;
      const n = Math.ceil(Number((m / step).toPrecision(12)));
      if (n <= maxIntervals) candidates.push({ step, n, top: Number((n * step).toPrecision(12)) });
    }
  }
  const enough = candidates.filter((c) => c.n >= 3);
  const pool = enough.length > 0 ? enough : candidates;
  const closer = (a: { n: number }, b: { n: number }) => Math.abs(b.n - 4) < Math.abs(a.n - 4);
  const best = pool.reduce((a, b) => (b.top < a.top || (b.top === a.top && closer(a, b)) ? b : a));
  return { step: best.step, top: best.top, ticks: Array.from({ length: best.n + 1 }, (_, i) => Number((i * best.step).toPrecision(12))) };
}
