import { sqlString } from '../../electron/engine/sql/sqlString';
import { signinShapes } from '../data/shapes';
import { inputFile, type BenchStep, type InputRef } from './BenchStep';
import { callApi } from './callApi';
import { chartCalls } from './chartCalls';
import { percentiles } from './percentiles';
import { scalar, withPlainDuckdb } from './plainDuckdb';
import { timed } from './timed';
import { withBenchEngine } from './withBenchEngine';

/** The bench case holding a sign-in shape (charts and the second-source step read it). */
export function signinCaseName(shape: string): string {
  return `signin-${shape}`;
}

/** Target 2 per sign-in shape, side by side: plain CTAS of the file, the engine's ingest; then every chart query on the case (≤ 150 ms p95). */
export function signinSteps(rows: number): BenchStep[] {
  return signinShapes.flatMap((shape): BenchStep[] => {
    const input: InputRef = { shape: shape.name, rows, part: 0 };
    return [
      {
        name: `signin.${shape.name}.plain`,
        title: 'plain DuckDB: CREATE TABLE AS SELECT * FROM read_csv(file) into a database file',
        shape: shape.name,
        inputs: [input],
        run: (ctx) =>
          withPlainDuckdb(`signin-${shape.name}`, true, async (c) => {
            const { wallS } = await timed(() => c.run(`CREATE TABLE signin AS SELECT * FROM read_csv(${sqlString(inputFile(ctx, input))})`));
            return { rows: await scalar(c, 'SELECT count(*) FROM signin'), wallS };
          }),
      },
      {
        name: `signin.${shape.name}.engine`,
        title: 'engine addSource: detect, hash, map and load the Entra SigninLogs CSV into a fresh case, rollups included',
        shape: shape.name,
        inputs: [input],
        run: (ctx) =>
          withBenchEngine(signinCaseName(shape.name), true, ctx.args, async (engine) => {
            const { value, wallS } = await timed(() => callApi<{ rowsLoaded: number; rowsRejected: number; format: string }>(engine, 'addSource', { path: inputFile(ctx, input), kind: 'signin' }));
            return { rows: value.rowsLoaded, wallS, detail: { format: value.format, rejected: value.rowsRejected } };
          }),
      },
      {
        name: `signin.${shape.name}.charts`,
        title: `every Login spikes chart query on the case (whole and zoomed, ${chartCalls.length} calls), each repeated (p50/p95 of the worst)`,
        shape: shape.name,
        inputs: [],
        run: (ctx) =>
          withBenchEngine(signinCaseName(shape.name), false, ctx.args, async (engine) => {
            const p95: Record<string, number> = {};
            let worst = { label: '', p50Ms: 0, p95Ms: 0, totalS: 0 };
            let totalS = 0;
            for (const call of chartCalls) {
              const p = await percentiles(ctx.args.repeats, () => callApi(engine, call.method, call.args));
              p95[call.label] = Math.round(p.p95Ms * 10) / 10;
              totalS += p.totalS;
              if (p.p95Ms > worst.p95Ms) worst = { label: call.label, ...p };
            }
            return { rows, wallS: totalS, p50Ms: worst.p50Ms, p95Ms: worst.p95Ms, detail: { worst: worst.label, p95Ms: p95 } };
          }),
      },
    ];
  });
}
