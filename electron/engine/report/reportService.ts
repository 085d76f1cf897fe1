import type { ReportApi } from '../../../shared/api/reportApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { checkOutPath } from './checkOutPath';
import { exportTableCsv } from './exportTableCsv';
import { readReportMeta } from './readReportMeta';
import type { ReportInputs } from './model/ReportInputs';
import { saveReportMeta } from './saveReportMeta';
import { verifyManifest } from './verifyManifest';
import { writeReport } from './writeReport';
import { maskResult } from '../privacy/maskResult';
import { caseService } from '../case/caseService';
import { coverageService } from '../coverage/coverageService';
import { dataService } from '../data/dataService';
import { exportsService } from '../exports/exportsService';
import { exposureService } from '../exposure/exposureService';
import { findingsService } from '../findings/findingsService';
import { sourcesService } from '../sources/sourcesService';
import { spikesService } from '../spikes/spikesService';
import { withParsedArgs } from '../withParsedArgs';

/** The Api methods reports are assembled from. */
function reportInputs(ctx: EngineContext): ReportInputs {
  return withParsedArgs({ ...caseService(ctx), ...sourcesService(ctx), ...spikesService(ctx), ...exportsService(ctx), ...coverageService(ctx), ...findingsService(ctx), ...exposureService(ctx) });
}

/** Report methods of Api. */
export function reportService(ctx: EngineContext): ServiceOf<ReportApi> {
  return {
    async writeReport({ format, outPath, includePersonalData, overwrite }) {
      return writeReport(reportInputs(ctx), requireCase(ctx), { format, outPath, includePersonalData, overwrite });
    },
    async verifyEvidence() {
      return verifyManifest(await sourcesService(ctx).listSources({}));
    },
    async reportMeta() {
      return requireCase(ctx).withConnection((c) => readReportMeta(c));
    },
    async setReportMeta(patch) {
      return requireCase(ctx).withConnection((c) => saveReportMeta(c, patch));
    },
    async exportTableCsv({ table, outPath, sort, filters, reveal, overwrite }) {
      const db = requireCase(ctx);
      const out = checkOutPath(outPath, await sourcesService(ctx).listSources({}), db.dir, overwrite);
      const data = withParsedArgs(dataService(ctx));
      const pages = { tablePage: async (a: Parameters<typeof data.tablePage>[0]) => (a.reveal ? data.tablePage(a) : (await maskResult(ctx.caseDb, await data.tablePage(a))).masked) };
      return exportTableCsv(pages, { table, outPath: out, sort, filters, reveal });
    },
  };
}
