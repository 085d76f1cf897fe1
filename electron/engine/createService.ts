import type { EngineContext } from './case/CaseContext';
import type { EngineApi } from './EngineApi';
import { caseService } from './case/caseService';
import { coverageService } from './coverage/coverageService';
import { dataService } from './data/dataService';
import { exportsService } from './exports/exportsService';
import { jobsService } from './jobs/jobsService';
import { sourcesService } from './sources/sourcesService';
import { spikesService } from './spikes/spikesService';
import { reportService } from './report/reportService';
import { findingsService } from './findings/findingsService';
import { exposureService } from './exposure/exposureService';
import { presetsService } from './presets/presetsService';
import { infrastructureService } from './infrastructure/infrastructureService';
import { intelService } from './intel/intelService';
import { resetAccountsService } from './resetAccounts/resetAccountsService';
import { revealService } from './privacy/revealService';

/** The engine's implementation of Api on parsed arguments, assembled from one service per feature; clear values (transports serve it guarded, in-process callers through withParsedArgs). */
export function createService(ctx: EngineContext): EngineApi {
  const features = { ...caseService(ctx), ...sourcesService(ctx), ...exportsService(ctx), ...jobsService(ctx), ...coverageService(ctx), ...dataService(ctx), ...spikesService(ctx), ...findingsService(ctx), ...exposureService(ctx), ...reportService(ctx), ...presetsService(ctx), ...infrastructureService(ctx), ...intelService(ctx), ...resetAccountsService(ctx) };
  return { ...features, ...revealService(features) };
}
