import { requireCase } from '../case/requireCase';
import type { Engine } from '../createEngine';
import { queryRows, type SqlValues } from '../sql/queryRows';

/** Runs a read-only check query against an engine's open case, for assertions. */
export function sqlOn<T>(engine: Engine, sql: string, params: SqlValues = {}): Promise<T[]> {
  return requireCase(engine.ctx).withConnection((c) => queryRows<T>(c, sql, params));
}
