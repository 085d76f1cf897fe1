import type { ExposureApi } from '../../../shared/api/exposureApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { classifySignins } from '../spikes/detectors/classifySignins';
import { exposure } from './exposure';

/** Exposure methods of Api. */
export function exposureService(ctx: EngineContext): ServiceOf<ExposureApi> {
  return {
    async exposure({ params, spikes }) {
      return requireCase(ctx).withConnection(async (c) => exposure(c, params, spikes, await classifySignins(c, spikes)));
    },
  };
}
