import type { CoverageApi } from '../../../shared/api/coverageApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { readCoverage } from './readCoverage';

/** PII coverage methods of Api. */
export function coverageService(ctx: EngineContext): ServiceOf<CoverageApi> {
  return {
    async coverage({ sourceId, recompute }) {
      return requireCase(ctx).withConnection((c) => readCoverage(c, sourceId, recompute));
    },
  };
}
