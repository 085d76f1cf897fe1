import { exportParamsSchema } from '../../../shared/api/detectParams';
import type { ExportsApi } from '../../../shared/api/exportsApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { referenceZScore } from './referenceZScore';
import { transferEvents } from './transferEvents';
import { userBaseline } from './userBaseline';
import { userHourSeries } from './userHourSeries';
import { transferPerHour } from './transferPerHour';

/** Export-volume methods of Api. */
export function exportsService(ctx: EngineContext): ExportsApi {
  return {
    async transferPerHour({ sourceId, maxBuckets }) {
      return requireCase(ctx).withConnection((c) => transferPerHour(c, maxBuckets ?? 2000, sourceId));
    },
    async exportReference({ params, offset, limit }) {
      const p = exportParamsSchema.parse(params ?? {});
      return requireCase(ctx).withConnection((c) => referenceZScore(c, p, offset ?? 0, limit ?? 100));
    },
    async exportBaseline({ params, offset, limit }) {
      const p = exportParamsSchema.parse(params ?? {});
      return requireCase(ctx).withConnection((c) => userBaseline(c, p, offset ?? 0, limit ?? 100));
    },
    async userHourSeries({ user, from, to }) {
      return requireCase(ctx).withConnection((c) => userHourSeries(c, { user, from, to }));
    },
    async transferEvents({ user, ip, from, to, offset, limit }) {
      return requireCase(ctx).withConnection((c) => transferEvents(c, { user, ip, from, to, offset: offset ?? 0, limit: limit ?? 100 }));
    },
  };
}
