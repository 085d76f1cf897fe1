import type { Api } from '../../../../shared/api';
import type { ExposureApi } from '../../../../shared/api/exposureApi';
import type { FindingsApi } from '../../../../shared/api/findingsApi';

/** The Api methods a report is assembled from; findings and exposure are used when the engine offers them. */
export type ReportInputs = Pick<
  Api,
  'appInfo' | 'listSources' | 'signinSeries' | 'topSources' | 'loginSpikes' | 'classifySignins' | 'transferPerHour' | 'exportReference' | 'exportBaseline' | 'coverage'
> &
  Partial<Pick<FindingsApi, 'listFindings' | 'findingSources' | 'lastRun'> & ExposureApi>;
