import fs from 'node:fs';
import path from 'node:path';
import type { SourceDto } from '../../shared/api/sourcesApi';
import type { BenchArgs } from '../benchArgs';
import { benchCaseDir } from './benchEngine';
import { inputFile, type BenchStep, type InputRef } from './BenchStep';
import { callApi } from './callApi';
import { signinCaseName } from './signinSteps';
import { timed } from './timed';
import { withBenchEngine } from './withBenchEngine';

/**
 * The detectors of each kind, as Api calls with their defaults: each timed once, cold, on a case of each size, after
 * what every run does first (`prepare`: the sign-in addresses' IP intel, timed apart). The
 * sign-in classification runs first: with the defaults it is also what masks an address (its attack sources), so the
 * calls after it time their own work, not that classification a second time. At the
 * size target 2 already loaded, its case is used as it is (`reuse`: the case, and the step whose time is its ingest); the
 * transfer case `analyze` built is not, since analyze already ran its detectors.
 */
export const scaledDetectors = {
  transfer: { shape: 'heavyTail', prepare: {}, calls: { exportReference: {}, exportBaseline: {}, runDetectors: {} }, reuse: () => null },
  signin: {
    shape: 'signin10k',
    prepare: { refreshIpIntel: {} },
    calls: { classifySignins: {}, loginSpikes: {}, runDetectors: {} },
    reuse: (args: BenchArgs) => ({ rows: args.signinRows, caseName: signinCaseName('signin10k'), ingestStep: 'signin.signin10k.engine' }),
  },
} as const;

/** The step name of one size of the scaling series of a kind. */
export function scaleStepName(kind: keyof typeof scaledDetectors, rows: number): string {
  return `scale.${kind}.${rows}`;
}

/** True when bench case `caseName` exists and holds exactly one loaded source, `file` (an earlier run, e.g. of another profile, may have left one of another size). */
async function holdsOnly(caseName: string, file: string, args: BenchArgs): Promise<boolean> {
  if (!fs.existsSync(path.join(benchCaseDir(caseName), 'case.duckdb'))) return false;
  const sources = await withBenchEngine(caseName, false, args, (engine) => callApi<SourceDto[]>(engine, 'listSources', {}));
  return sources.length === 1 && sources[0]?.status === 'ready' && path.resolve(sources[0].path) === path.resolve(file);
}

/**
 * Target 5: per kind and size, a fresh case is loaded (ingest timed too, not judged) and every detector of the kind
 * timed once; the parent fits each detector's growth exponent over the sizes. The case is removed after, to spare disk.
 */
export function scaleSteps(args: BenchArgs): BenchStep[] {
  return (Object.keys(scaledDetectors) as Array<keyof typeof scaledDetectors>).flatMap((kind) =>
    args.scaleRows.map((rows): BenchStep => {
      const { shape, prepare, calls, reuse } = scaledDetectors[kind];
      const input: InputRef = { shape, rows, part: 0 };
      const name = scaleStepName(kind, rows);
      const earlier = reuse(args);
      return {
        name,
        title: `${kind} case of ${rows.toLocaleString('en')} rows: ingest, then ${Object.keys(calls).join(', ')}, each once`,
        shape,
        inputs: [input],
        run: async (ctx) => {
          const reused = earlier !== null && earlier.rows === rows && (await holdsOnly(earlier.caseName, inputFile(ctx, input), ctx.args)) ? earlier : null;
          try {
            return await withBenchEngine(reused ? reused.caseName : name, !reused, ctx.args, async (engine) => {
              const ingest = reused ? null : await timed(() => callApi(engine, 'addSource', { path: inputFile(ctx, input), kind }));
              // What every run does first (the sign-in addresses' IP intel, which runDetectors builds when missing) is timed apart, so each detector is timed on the intel it reads.
              const prepared: Record<string, number> = {};
              for (const [method, callArgs] of Object.entries(prepare)) prepared[`${method}S`] = (await timed(() => callApi(engine, method, callArgs))).wallS;
              const seconds: Record<string, number> = {};
              for (const [method, callArgs] of Object.entries(calls)) seconds[method] = (await timed(() => callApi(engine, method, callArgs))).wallS;
              const loaded = reused ? { reusedCase: reused.caseName, ingestFrom: reused.ingestStep } : { ingestS: ingest?.wallS };
              return { rows, wallS: Object.values(seconds).reduce((a, b) => a + b, 0), detail: { ...loaded, ...prepared, ...seconds } };
            });
          } finally {
            fs.rmSync(benchCaseDir(name), { recursive: true, force: true });
          }
        },
      };
    }),
  );
}
