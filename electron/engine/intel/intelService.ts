import type { IntelApi } from '../../../shared/api/intelApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { queryOne } from '../sql/queryRows';
import { intelProvenance } from './intelProvenance';
import { ensureSourceIntel } from './refreshSourceIntel';

/** IP intelligence methods of Api. */
export function intelService(ctx: EngineContext): ServiceOf<IntelApi> {
  return {
    ipIntelStatus: () => requireCase(ctx).withConnection((c) => intelProvenance(c)),
    async refreshIpIntel() {
      const db = requireCase(ctx);
      const { rebuilt } = await ensureSourceIntel(db);
      const counts = await db.withConnection((c) =>
        queryOne<{ addresses: number; located: number; labelled: number }>(
          c,
          `SELECT count(*)::INTEGER AS addresses, count(*) FILTER (WHERE country IS NOT NULL OR asn IS NOT NULL)::INTEGER AS located,
                  count(*) FILTER (WHERE range_label IS NOT NULL)::INTEGER AS labelled FROM source_intel`,
        ),
      );
      return { rebuilt, ...counts };
    },
  };
}
