import path from 'node:path';
import { pageCacheOf } from '../../electron/engine/data/pageCacheOf';
import type { BenchStep } from './BenchStep';
import { benchCaseDir } from './benchEngine';
import { callApi } from './callApi';
import { ensurePageCase } from './pageCase';
import { pageOffsets } from './pageOffsets';
import { percentiles } from './percentiles';
import { withPlainDuckdb } from './plainDuckdb';
import { timed } from './timed';
import { withBenchEngine } from './withBenchEngine';

const limit = 100;

/** Sorted pages sort the whole table each time; at 10 M rows that is many seconds, so they are timed fewer times. */
const sortedRepeats = 10;

/** Above this many rows one sorted page takes minutes here, so the sorted step is skipped rather than run for an hour. */
const sortedMaxRows = 10_000_000;

/** Plain-DuckDB ways of fetching one page of the loaded leak table, by page offset. */
const plainPages: Record<string, (table: string, offset: number) => string> = {
  offset: (t, o) => `SELECT * FROM ${t} LIMIT ${limit} OFFSET ${o}`,
  keyset: (t, o) => `SELECT * FROM ${t} WHERE _line >= ${o + 2} ORDER BY _line LIMIT ${limit}`,
  rowid: (t, o) => `SELECT * FROM ${t} WHERE rowid >= ${o} ORDER BY rowid LIMIT ${limit}`,
};

/**
 * Data-view pages anywhere in the leak table (the bench's own `page-leak-<rows>` case, built by the engine if missing):
 * through the engine (target ≤ 50 ms p95), and plain LIMIT/OFFSET vs keyset vs rowid. The unsorted engine step times its
 * first page and the seek index build apart, then pages once the index is ready.
 */
export const pageSteps: BenchStep[] = [
  ...[false, true].map(
    (sorted): BenchStep => ({
      name: sorted ? 'engine.page.leak.sorted' : 'engine.page.leak',
      title: `engine tablePage anywhere in the leak table${sorted ? `, sorted by email (${sortedRepeats} pages at most)` : ' (unsorted: seek index)'}, repeated (p50/p95)`,
      dataset: 'leak',
      ...(sorted ? {} : { vsDuckdb: 'duckdb.page.offset' }),
      run: async ({ args, inputs }) => {
        if (sorted && args.leakRows > sortedMaxRows) return { rows: args.leakRows, wallS: 0, skipped: `a sorted page of more than ${sortedMaxRows} rows sorts the whole table, minutes each here` };
        return withBenchEngine(await ensurePageCase(args, inputs.leak), false, args, async (engine) => {
          const tables = await callApi<Array<{ name: string; rows: number }>>(engine, 'listTables', {});
          const leak = tables.find((t) => /^leak_\d+$/.test(t.name));
          if (!leak) throw new Error('no leak_<id> table in the bench leak case');
          const repeats = sorted ? Math.min(args.repeats, sortedRepeats) : args.repeats;
          const offsets = pageOffsets(leak.rows, repeats + 1, limit);
          const sort = sorted ? { sort: { column: 'email' } } : {};
          const pageAt = (offset: number) => callApi(engine, 'tablePage', { table: leak.name, offset, limit, ...sort });
          const first = await timed(() => pageAt(offsets[0] ?? 0));
          const cache = engine.ctx.caseDb ? pageCacheOf(engine.ctx.caseDb) : null;
          const index = await timed(async () => cache?.settled());
          const p = await percentiles(repeats, (i) => pageAt(offsets[i + 1] ?? 0));
          return {
            rows: leak.rows,
            wallS: p.totalS,
            p50Ms: p.p50Ms,
            p95Ms: p.p95Ms,
            detail: { repeats, firstPageMs: Math.round(first.wallS * 1000), indexReadyAfterMs: Math.round(index.wallS * 1000), cacheHits: cache?.hits },
          };
        });
      },
    }),
  ),
  ...Object.entries(plainPages).map(
    ([way, sql]): BenchStep => ({
      name: `duckdb.page.${way}`,
      title: `plain DuckDB on the case file: a page by ${way} anywhere in the leak table, repeated (p50/p95)`,
      dataset: 'leak',
      run: async ({ args, inputs }) => {
        const caseFile = path.join(benchCaseDir(await ensurePageCase(args, inputs.leak)), 'case.duckdb');
        return withPlainDuckdb(null, true, async (c) => {
          await c.run(`ATTACH '${caseFile}' AS case_db (READ_ONLY)`);
          const table = (await c.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE database_name = 'case_db' AND regexp_matches(table_name, '^leak_[0-9]+$')`)).getRows()[0]?.[0];
          if (!table) throw new Error('no leak_<id> table in the bench leak case');
          const rows = Number((await c.runAndReadAll(`SELECT count(*) FROM case_db.${String(table)}`)).getRows()[0]?.[0]);
          const offsets = pageOffsets(rows, args.repeats + 1, limit);
          const p = await percentiles(args.repeats, (i) => c.runAndReadAll(sql(`case_db.${String(table)}`, offsets[i + 1] ?? 0)));
          return { rows, wallS: p.totalS, p50Ms: p.p50Ms, p95Ms: p.p95Ms };
        });
      },
    }),
  ),
];
