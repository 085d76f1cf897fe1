import type { DataApi } from '../../../shared/api/dataApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { caseTables } from './caseTables';
import { columnFacet } from './columnFacet';
import { pageCacheOf } from './pageCacheOf';
import { tablePage } from './tablePage';

/** Data-view methods of Api. */
export function dataService(ctx: EngineContext): DataApi {
  return {
    async listTables() {
      return requireCase(ctx).withConnection((c) => caseTables(c));
    },
    async tablePage({ table, offset, limit, sort, filters, reveal }) {
      const db = requireCase(ctx);
      return db.withConnection((c) =>
        tablePage(
          c,
          { table, offset: offset ?? 0, limit: limit ?? 100, sort: sort ? { column: sort.column, desc: sort.desc ?? false } : undefined, filters: (filters ?? []).map((f) => ({ ...f, value: f.value ?? '' })), reveal: reveal ?? false },
          pageCacheOf(db),
        ),
      );
    },
    async columnFacet({ table, column, filters, limit, reveal }) {
      return requireCase(ctx).withConnection((c) =>
        columnFacet(c, { table, column, filters: (filters ?? []).map((f) => ({ ...f, value: f.value ?? '' })), limit: limit ?? 12, reveal: reveal ?? false }),
      );
    },
  };
}
