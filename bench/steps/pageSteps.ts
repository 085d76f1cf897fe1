import path from 'node:path';
import type { BenchStep } from './BenchStep';
import { benchCaseDir } from './benchEngine';
import { callApi } from './callApi';
import { pageOffsets } from './pageOffsets';
import { percentiles } from './percentiles';
import { withPlainDuckdb } from './plainDuckdb';
import { withBenchEngine } from './withBenchEngine';

const limit = 100;

/** Plain-DuckDB ways of fetching one page of the loaded leak table, by page offset. */
const plainPages: Record<string, (table: string, offset: number) => string> = {
  offset: (t, o) => `SELECT * FROM ${t} LIMIT ${limit} OFFSET ${o}`,
  keyset: (t, o) => `SELECT * FROM ${t} WHERE _line >= ${o + 2} ORDER BY _line LIMIT ${limit}`,
  rowid: (t, o) => `SELECT * FROM ${t} WHERE rowid >= ${o} ORDER BY rowid LIMIT ${limit}`,
};

/** Data-view pages anywhere in the leak table: through the engine (target ≤ 50 ms p95), and plain LIMIT/OFFSET vs keyset. */
export const pageSteps: BenchStep[] = [
  ...[false, true].map(
    (sorted): BenchStep => ({
      name: sorted ? 'engine.page.leak.sorted' : 'engine.page.leak',
      title: `engine tablePage anywhere in the leak table${sorted ? ', sorted by email' : ' (unsorted: rowid seek)'}, repeated (p50/p95)`,
      dataset: 'leak',
      ...(sorted ? {} : { vsDuckdb: 'duckdb.page.offset' }),
      run: ({ args }) =>
        withBenchEngine('leak', false, args, async (engine) => {
          const tables = await callApi<Array<{ name: string; rows: number }>>(engine, 'listTables', {});
          const leak = tables.find((t) => /^leak_\d+$/.test(t.name));
          if (!leak) throw new Error('no leak_<id> table in the bench leak case');
          const offsets = pageOffsets(leak.rows, args.repeats + 1, limit);
          const sort = sorted ? { sort: { column: 'email' } } : {};
          const p = await percentiles(args.repeats, (i) => callApi(engine, 'tablePage', { table: leak.name, offset: offsets[i + 1] ?? 0, limit, ...sort }));
          return { rows: leak.rows, wallS: p.totalS, p50Ms: p.p50Ms, p95Ms: p.p95Ms };
        }),
    }),
  ),
  ...Object.entries(plainPages).map(
    ([way, sql]): BenchStep => ({
      name: `duckdb.page.${way}`,
      title: `plain DuckDB on the case file: a page by ${way} anywhere in the leak table, repeated (p50/p95)`,
      dataset: 'leak',
      run: ({ args }) =>
        withPlainDuckdb(
          null,
          true,
          async (c) => {
            await c.run(`ATTACH '${path.join(benchCaseDir('leak'), 'case.duckdb')}' AS case_db (READ_ONLY)`);
            const table = (await c.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE database_name = 'case_db' AND regexp_matches(table_name, '^leak_[0-9]+$')`)).getRows()[0]?.[0];
            if (!table) throw new Error('no leak_<id> table in the bench leak case: run engine.ingest.leak first');
            const rows = Number((await c.runAndReadAll(`SELECT count(*) FROM case_db.${String(table)}`)).getRows()[0]?.[0]);
            const offsets = pageOffsets(rows, args.repeats + 1, limit);
            const p = await percentiles(args.repeats, (i) => c.runAndReadAll(sql(`case_db.${String(table)}`, offsets[i + 1] ?? 0)));
            return { rows, wallS: p.totalS, p50Ms: p.p50Ms, p95Ms: p.p95Ms };
          },
        ),
    }),
  ),
];
