import type { StepOutcome } from './steps/BenchStep';

/** A step's outcome as the parent records it: plus its name, the process's peak RSS and whole-process wall time. */
export interface StepResult extends StepOutcome {
  step: string;
  title: string;
  shape: string;
  /** Peak resident set size of the child process, in bytes (GNU time, else the child's own maxRSS). */
  peakRssBytes: number;
  processWallS: number;
  /** The machine's 1-minute load average when the step started: above the core count, figures are inflated by other work. */
  loadAtStart: number;
  failed?: string;
}
