/** The sizes one run measures at: the (full) or a tenth of them and less (quick). */
export interface Profile {
  name: 'quick' | 'full';
  /** Rows of each transfer shape (target 1). */
  transferRows: number;
  /** Rows of each sign-in shape (target 2, charts, and the case a second source joins). */
  signinRows: number;
  /** Rows of the leak (target 3 and data-view pages). */
  leakRows: number;
  /** Rows of the second source added to an empty case and to a case holding `signinRows` / `transferRows` (target 4). */
  batchRows: number;
  /** Case sizes the detectors are timed on (target 5). */
  scaleRows: number[];
  /** Repetitions of each chart query and data-view page, for p50/p95. */
  repeats: number;
  /** Interleaved rounds of target 1 (pandas, plain, analyze) and of the second-source comparison (medians). */
  rounds: number;
}

/** The sizes (well over an hour on a 2-core machine). */
export const fullProfile: Profile = {
  name: 'full',
  transferRows: 10_000_000,
  signinRows: 10_000_000,
  leakRows: 38_000_000,
  batchRows: 1_000_000,
  scaleRows: [1_000_000, 3_000_000, 10_000_000, 30_000_000],
  repeats: 20,
  rounds: 3,
};

/** Every target at a tenth of the sizes (the leak at 2 M rows, the scaling series one decade lower): under 15 minutes on a 2-core machine. */
export const quickProfile: Profile = {
  name: 'quick',
  transferRows: 1_000_000,
  signinRows: 1_000_000,
  leakRows: 2_000_000,
  batchRows: 100_000,
  scaleRows: [100_000, 300_000, 1_000_000, 3_000_000],
  repeats: 20,
  rounds: 3,
};
