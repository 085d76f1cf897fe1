import type { StepResult } from './StepResult';

/** Wall-time ratio of a step to its reference step (step / reference; below 1 is faster), or null when either is missing. */
export function ratioOf(r: StepResult, refName: string | undefined, all: StepResult[]): number | null {
  if (!refName) return null;
  const ref = all.find((x) => x.step === refName);
  if (!ref || !ref.wallS || !r.wallS || ref.skipped || ref.failed || r.skipped || r.failed) return null;
  return r.wallS / ref.wallS;
}
