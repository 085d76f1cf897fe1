import { sqlString } from '../../electron/engine/sql/sqlString';
import { leakShape } from '../data/shapes';
import { inputFile, type BenchStep, type InputRef } from './BenchStep';
import { callApi } from './callApi';
import { pageIndexReady } from './pageIndexReady';
import { pageOffsets } from './pageOffsets';
import { percentiles } from './percentiles';
import { scalar, withPlainDuckdb } from './plainDuckdb';
import { timed } from './timed';
import { withBenchEngine } from './withBenchEngine';

const pageRows = 100;

/** Target 3 side by side (plain CTAS, the engine's ingest with coverage and census), then data-view pages anywhere in the table (≤ 50 ms p95). */
export function leakSteps(rows: number): BenchStep[] {
  const input: InputRef = { shape: leakShape.name, rows, part: 0 };
  return [
    {
      name: 'leak.plain',
      title: 'plain DuckDB: CREATE TABLE AS SELECT * FROM read_csv(file) into a database file',
      shape: leakShape.name,
      inputs: [input],
      run: (ctx) =>
        withPlainDuckdb('leak', true, async (c) => {
          const { wallS } = await timed(() => c.run(`CREATE TABLE leak AS SELECT * FROM read_csv(${sqlString(inputFile(ctx, input))})`));
          return { rows: await scalar(c, 'SELECT count(*) FROM leak'), wallS };
        }),
    },
    {
      name: 'leak.engine',
      title: 'engine addSource then coverage: sniff, hash, load, number lines, PII coverage and hash census',
      shape: leakShape.name,
      inputs: [input],
      run: (ctx) =>
        withBenchEngine('leak', true, ctx.args, async (engine) => {
          type Coverage = Array<{ subjects: number; passwordHashes: Array<{ scheme: string; count: number }> }>;
          const { value, wallS } = await timed(async () => {
            const source = await callApi<{ rowsLoaded: number; rowsRejected: number }>(engine, 'addSource', { path: inputFile(ctx, input), kind: 'leak' });
            return { source, coverage: await callApi<Coverage>(engine, 'coverage', {}) };
          });
          const hashes = Object.fromEntries((value.coverage[0]?.passwordHashes ?? []).map((h) => [h.scheme, h.count]));
          return { rows: value.source.rowsLoaded, wallS, detail: { rejected: value.source.rowsRejected, subjects: value.coverage[0]?.subjects, hashes } };
        }),
    },
    {
      name: 'leak.pages',
      title: `engine tablePage of ${pageRows} rows anywhere in the leak table (seek index ready), repeated (p50/p95)`,
      shape: leakShape.name,
      inputs: [],
      run: (ctx) =>
        withBenchEngine('leak', false, ctx.args, async (engine) => {
          const tables = await callApi<Array<{ name: string; rows: number }>>(engine, 'listTables', {});
          const leak = tables.find((t) => /^leak_\d+$/.test(t.name));
          if (!leak) throw new Error('no leak_<id> table in the bench leak case');
          const offsets = pageOffsets(leak.rows, ctx.args.repeats + 1, pageRows);
          const pageAt = (offset: number) => callApi(engine, 'tablePage', { table: leak.name, offset, limit: pageRows });
          const first = await timed(() => pageAt(offsets[0] ?? 0));
          const index = await timed(() => pageIndexReady(engine));
          const p = await percentiles(ctx.args.repeats, (i) => pageAt(offsets[i + 1] ?? 0));
          return { rows: leak.rows, wallS: p.totalS, p50Ms: p.p50Ms, p95Ms: p.p95Ms, detail: { firstPageMs: Math.round(first.wallS * 1000), indexReadyAfterMs: Math.round(index.wallS * 1000) } };
        }),
    },
  ];
}
