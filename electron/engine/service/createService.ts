import type { Api } from '../../../shared/api';
import type { EngineContext } from '../case/CaseContext';
import { caseService } from './caseService';
import { coverageService } from './coverageService';
import { dataService } from './dataService';
import { exportsService } from './exportsService';
import { jobsService } from './jobsService';
import { sourcesService } from './sourcesService';
import { spikesService } from './spikesService';
import { reportService } from './reportService';
import { findingsService } from './findingsService';
import { exposureService } from './exposureService';
import { presetsService } from './presetsService';
import { infrastructureService } from './infrastructureService';
import { intelService } from './intelService';
import { resetAccountsService } from './resetAccountsService';
import { revealService } from './revealService';

/** The engine's implementation of Api, assembled from one service per feature; clear values, for in-process use (transports serve it guarded). */
export function createService(ctx: EngineContext): Api {
  const features = { ...caseService(ctx), ...sourcesService(ctx), ...exportsService(ctx), ...jobsService(ctx), ...coverageService(ctx), ...dataService(ctx), ...spikesService(ctx), ...findingsService(ctx), ...exposureService(ctx), ...reportService(ctx), ...presetsService(ctx), ...infrastructureService(ctx), ...intelService(ctx), ...resetAccountsService(ctx) };
  return { ...features, ...revealService(features) };
}
