import fs from 'node:fs';
import path from 'node:path';
import type { BenchArgs } from '../benchArgs';
import { analyzeCaseName } from './analyzeSteps';
import { benchCaseDir } from './benchEngine';
import { inputFile, type BenchStep, type InputRef, type StepContext } from './BenchStep';
import { callApi } from './callApi';
import { median } from './median';
import { signinCaseName } from './signinSteps';
import { timed } from './timed';
import { withBenchEngine } from './withBenchEngine';

/** Builds a base case from one file when an earlier step of this run did not leave it (e.g. with --only). */
async function ensureBase(ctx: StepContext, caseName: string, file: string, kind: string): Promise<void> {
  if (fs.existsSync(path.join(benchCaseDir(caseName), 'case.duckdb'))) return;
  await withBenchEngine(caseName, true, ctx.args, (engine) => callApi(engine, 'addSource', { path: file, kind }));
}

/** Seconds to add `file` as a source to bench case `name` (fresh, or as it is). */
async function addTimed(ctx: StepContext, name: string, fresh: boolean, file: string, kind: string): Promise<number> {
  return withBenchEngine(name, fresh, ctx.args, async (engine) => (await timed(() => callApi(engine, 'addSource', { path: file, kind }))).wallS);
}

/**
 * Target 4 for one kind: the next export of a shape (part 1: the period after the base's) added to an empty case and
 * to a copy of the case already holding the base, interleaved for `rounds` rounds; medians of each.
 */
function secondSourceStep(kind: 'signin' | 'transfer', shape: string, baseCase: string, baseRows: number, args: BenchArgs): BenchStep {
  const base: InputRef = { shape, rows: baseRows, part: 0 };
  const batch: InputRef = { shape, rows: args.batchRows, part: 1 };
  return {
    name: `second.${kind}`,
    title: `a second ${kind} source of ${args.batchRows.toLocaleString('en')} rows (the next period) added to a case of ${baseRows.toLocaleString('en')} rows vs to an empty case, ${args.rounds} interleaved rounds, medians`,
    shape,
    inputs: [base, batch],
    run: async (ctx) => {
      await ensureBase(ctx, baseCase, inputFile(ctx, base), kind);
      const file = inputFile(ctx, batch);
      const empty: number[] = [];
      const full: number[] = [];
      for (let r = 0; r < ctx.args.rounds; r++) {
        empty.push(await addTimed(ctx, `second-${kind}-empty`, true, file, kind));
        const copy = benchCaseDir(`second-${kind}-full`);
        fs.rmSync(copy, { recursive: true, force: true });
        fs.cpSync(benchCaseDir(baseCase), copy, { recursive: true, filter: (src) => path.basename(src) !== 'tmp' });
        full.push(await addTimed(ctx, `second-${kind}-full`, false, file, kind));
      }
      const [e, f] = [median(empty), median(full)];
      const round = (xs: number[]) => xs.map((x) => Math.round(x * 100) / 100);
      return { rows: ctx.args.batchRows, wallS: f, detail: { intoEmptyS: e, intoFullS: f, ratio: f / e, baseRows, emptyRoundsS: round(empty), fullRoundsS: round(full) } };
    },
  };
}

/** Target 4 for sign-ins (onto the signin10k case) and transfers (onto the lightMonth case `analyze` built). */
export function secondSourceSteps(args: BenchArgs): BenchStep[] {
  return [
    secondSourceStep('signin', 'signin10k', signinCaseName('signin10k'), args.signinRows, args),
    secondSourceStep('transfer', 'lightMonth', analyzeCaseName('lightMonth'), args.transferRows, args),
  ];
}
