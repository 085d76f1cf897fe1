import { exposureParamsSchema, spikeParamsSchema } from '../../../shared/api/detectParams';
import type { ExposureApi } from '../../../shared/api/exposureApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { classifySignins } from '../spikes/detectors/classifySignins';
import { exposure } from './exposure';

/** Exposure methods of Api. */
export function exposureService(ctx: EngineContext): ExposureApi {
  return {
    async exposure({ params, spikes }) {
      const p = exposureParamsSchema.parse(params ?? {});
      const s = spikeParamsSchema.parse(spikes ?? {});
      return requireCase(ctx).withConnection(async (c) => exposure(c, p, s, await classifySignins(c, s)));
    },
  };
}
