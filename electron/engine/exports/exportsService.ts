import type { ExportsApi } from '../../../shared/api/exportsApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { referenceZScore } from './referenceZScore';
import { transferEvents } from './transferEvents';
import { userBaseline } from './userBaseline';
import { userHourSeries } from './userHourSeries';
import { transferPerHour } from './transferPerHour';

/** Export-volume methods of Api. */
export function exportsService(ctx: EngineContext): ServiceOf<ExportsApi> {
  return {
    async transferPerHour({ sourceId, maxBuckets }) {
      return requireCase(ctx).withConnection((c) => transferPerHour(c, maxBuckets, sourceId));
    },
    async exportReference({ params, offset, limit }) {
      const db = requireCase(ctx);
      return db.withConnection((c) => referenceZScore(c, params, offset, limit, db.memo));
    },
    async exportBaseline({ params, offset, limit }) {
      const db = requireCase(ctx);
      return db.withConnection((c) => userBaseline(c, params, offset, limit, db.memo));
    },
    async userHourSeries({ user, from, to }) {
      return requireCase(ctx).withConnection((c) => userHourSeries(c, { user, from, to }));
    },
    async transferEvents(a) {
      return requireCase(ctx).withConnection((c) => transferEvents(c, a));
    },
  };
}
