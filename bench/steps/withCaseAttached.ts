import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { benchCaseDir } from './benchEngine';
import { withPlainDuckdb } from './plainDuckdb';

/** Runs `fn` on a plain in-memory DuckDB with bench case `name` attached read-only and selected, so engine SQL runs unchanged without the engine. */
export function withCaseAttached<T>(name: string, fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
  return withPlainDuckdb(null, true, async (c) => {
    await c.run(`ATTACH '${path.join(benchCaseDir(name), 'case.duckdb').replaceAll("'", "''")}' AS case_db (READ_ONLY)`);
    await c.run('USE case_db');
    return fn(c);
  });
}
