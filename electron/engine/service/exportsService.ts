import type { ExportsApi } from '../../../shared/api/exportsApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { transferPerHour } from '../exports/transferPerHour';

/** Export-volume methods of Api. */
export function exportsService(ctx: EngineContext): ExportsApi {
  return {
    async transferPerHour({ sourceId, maxBuckets }) {
      return requireCase(ctx).withConnection((c) => transferPerHour(c, maxBuckets ?? 2000, sourceId));
    },
  };
}
