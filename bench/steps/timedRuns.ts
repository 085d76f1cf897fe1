import { percentiles } from './percentiles';
import { timed } from './timed';

/** Evaluations of each side of an engine-overhead pair: enough for a median that one noisy run cannot move. */
export const overheadRuns = 7;

/**
 * Runs `fn` once cold (its value and time are the step's result, as an analyst's first call would see) and then
 * `overheadRuns` more times for the p50/p95, so sub-second engine-versus-plain ratios compare medians instead of two
 * single runs that swing ±40 % on a shared 2-core machine.
 */
export async function timedRuns<T>(fn: () => Promise<T>): Promise<{ value: T; wallS: number; p50Ms: number; p95Ms: number }> {
  const cold = await timed(fn);
  const warm = await percentiles(overheadRuns, fn, false);
  return { value: cold.value, wallS: cold.wallS, p50Ms: warm.p50Ms, p95Ms: warm.p95Ms };
}
