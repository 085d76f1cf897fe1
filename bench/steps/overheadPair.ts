import { requireCase } from '../../electron/engine/case/requireCase';
import type { Engine } from '../../electron/engine/createEngine';
import { alternate } from './alternate';
import { scalar } from './plainDuckdb';
import { timed } from './timed';

/** Rounds of an engine-overhead pair: enough for medians that one noisy run cannot move. */
export const overheadRounds = 7;

/** An engine call's cold time, and the medians of it and of its own SQL evaluated directly, interleaved. */
export interface OverheadPair<T> {
  value: T;
  wallS: number;
  p50Ms: number;
  detail: { sqlP50Ms: number; rounds: number };
}

/**
 * Times `call` once cold (an analyst's first call), then alternates it with `SELECT count(*)` over `sql` run directly
 * on the engine's own DuckDB connection, `overheadRounds` times each, and returns both medians: the engine's overhead
 * (validation, paging, formatting, results to JS) measured within one process and one stretch of time, which holds on a
 * shared 2-core machine where two separate single runs swung 0.85–1.47×.
 */
export async function overheadPair<T>(engine: Engine, call: () => Promise<T>, sql: string): Promise<OverheadPair<T>> {
  const cold = await timed(call);
  const direct = () => requireCase(engine.ctx).withConnection((c) => scalar(c, `SELECT count(*) FROM (${sql})`));
  const m = await alternate({ engine: call, sql: direct }, overheadRounds);
  return { value: cold.value, wallS: cold.wallS, p50Ms: (m.engine ?? 0) * 1000, detail: { sqlP50Ms: (m.sql ?? 0) * 1000, rounds: overheadRounds } };
}
