import type { BenchArgs } from '../benchArgs';

/** A generated input a step reads: a shape's part at a size. */
export interface InputRef {
  shape: string;
  rows: number;
  part: number;
}

/** The key of an input in StepContext.inputs. */
export function inputKey(ref: InputRef): string {
  return `${ref.shape}@${ref.rows}${ref.part ? `+${ref.part}` : ''}`;
}

/** What a step is handed in its child process: the run's options and the generated files by input key. */
export interface StepContext {
  args: BenchArgs;
  inputs: Record<string, string>;
}

/** The generated file of an input, or an error naming the input the parent did not generate. */
export function inputFile(ctx: StepContext, ref: InputRef): string {
  const file = ctx.inputs[inputKey(ref)];
  if (!file) throw new Error(`input ${inputKey(ref)} was not generated for this step`);
  return file;
}

/** What a step measured: rows processed, wall time, and for repeated queries their percentiles. */
export interface StepOutcome {
  rows: number;
  wallS: number;
  p50Ms?: number;
  p95Ms?: number;
  /** Set when the step could not run here (e.g. no pandas), with the reason. */
  skipped?: string;
  detail?: Record<string, unknown>;
}

/** A command a step runs as its own process (pandas, the built CLI), or why it cannot run here. */
export type StepCommand = { argv: string[] } | { skip: string };

/** One measured step, run in its own child process so its peak RSS is its own. */
export interface BenchStep {
  name: string;
  /** One line saying what is measured. */
  title: string;
  /** The shape the step measures, as named in the results. */
  shape: string;
  inputs: InputRef[];
  /** A process of its own (pandas, the CLI); its outcome is its BENCH_RESULT line, or `collect`'s when given. */
  command?: (ctx: StepContext) => StepCommand;
  /** The outcome of a command that prints no BENCH_RESULT line, from what it wrote and its process wall time. */
  collect?: (ctx: StepContext, processWallS: number) => StepOutcome;
  /** Otherwise the step runs in a Node child of the bench. */
  run?: (ctx: StepContext) => Promise<StepOutcome>;
}
