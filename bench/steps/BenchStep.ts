import type { BenchArgs } from '../benchArgs';

/** The generated input files a step may read, by dataset. */
export type BenchInputs = Record<'transfer' | 'signin' | 'leak', string>;

/** What a step is handed in its child process. */
export interface StepContext {
  args: BenchArgs;
  inputs: BenchInputs;
}

/** What a step measured: rows processed, in-process wall time, and for repeated queries their percentiles. */
export interface StepOutcome {
  rows: number;
  wallS: number;
  p50Ms?: number;
  p95Ms?: number;
  /** Set when the step could not run here (e.g. the engine has no such method yet), with the reason. */
  skipped?: string;
  detail?: Record<string, unknown>;
}

/** One measured step, run in its own child process so its peak RSS is its own. */
export interface BenchStep {
  name: string;
  /** One line saying what is measured. */
  title: string;
  dataset: keyof BenchInputs;
  /** Step whose result is the plain-DuckDB reference for this one. */
  vsDuckdb?: string;
  /** Step whose result is the pandas reference for this one. */
  vsPandas?: string;
  /** A non-Node command line (the pandas script); otherwise `run` executes in a Node child. */
  command?: (ctx: StepContext) => string[] | null;
  run?: (ctx: StepContext) => Promise<StepOutcome>;
}
