import type { DataApi } from '../../../shared/api/dataApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { caseTables } from './caseTables';
import { columnFacet } from './columnFacet';
import { pageCacheOf } from './pageCacheOf';
import { tablePage } from './tablePage';

/** Data-view methods of Api. */
export function dataService(ctx: EngineContext): ServiceOf<DataApi> {
  return {
    async listTables() {
      return requireCase(ctx).withConnection((c) => caseTables(c));
    },
    async tablePage(a) {
      const db = requireCase(ctx);
      return db.withConnection((c) => tablePage(c, a, pageCacheOf(db)));
    },
    async columnFacet(a) {
      return requireCase(ctx).withConnection((c) => columnFacet(c, a));
    },
  };
}
