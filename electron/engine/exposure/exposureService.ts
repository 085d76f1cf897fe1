import type { ExposureApi } from '../../../shared/api/exposureApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { classifiedSources } from '../spikes/detectors/classifySigninsOnce';
import { exposure } from './exposure';

/** Exposure methods of Api. */
export function exposureService(ctx: EngineContext): ServiceOf<ExposureApi> {
  return {
    async exposure({ params, spikes }) {
      const db = requireCase(ctx);
      return db.withConnection(async (c) => exposure(c, params, spikes, await classifiedSources(c, spikes, db.memo)));
    },
  };
}
