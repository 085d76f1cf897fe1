import { exportParamsSchema, spikeParamsSchema } from '../../../shared/api/detectParams';
import type { FindingsApi } from '../../../shared/api/findingsApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { readFindings } from './readFindings';
import { findingAccounts, findingSources } from './readMembers';
import { runDetectors } from './runDetectors';
import { updateFinding } from './updateFinding';
import { writeFindingLists } from './writeFindingLists';
import { sourcesService } from '../sources/sourcesService';

/** Findings methods of Api. */
export function findingsService(ctx: EngineContext): FindingsApi {
  return {
    async runDetectors({ spikes, exports }) {
      const s = spikeParamsSchema.parse(spikes ?? {});
      const e = exportParamsSchema.parse(exports ?? {});
      return requireCase(ctx).withConnection(async (c) => (await runDetectors(c, s, e)).summary);
    },
    async listFindings({ kind, status, offset, limit }) {
      return requireCase(ctx).withConnection((c) => readFindings(c, { kind, status, offset: offset ?? 0, limit: limit ?? 100 }));
    },
    async updateFinding({ id, status, note }) {
      return requireCase(ctx).withConnection((c) => updateFinding(c, { id, status, note }));
    },
    async findingAccounts({ id, offset, limit }) {
      return requireCase(ctx).withConnection((c) => findingAccounts(c, { id, offset: offset ?? 0, limit: limit ?? 100 }));
    },
    async findingSources({ id, offset, limit }) {
      return requireCase(ctx).withConnection((c) => findingSources(c, { id, offset: offset ?? 0, limit: limit ?? 100 }));
    },
    async writeFindingLists({ outDir, spikes, exports, includePersonalData, overwrite }) {
      const db = requireCase(ctx);
      return writeFindingLists(db, await sourcesService(ctx).listSources({}), {
        outDir,
        spikes: spikeParamsSchema.parse(spikes ?? {}),
        exports: exportParamsSchema.parse(exports ?? {}),
        includePersonalData: includePersonalData ?? false,
        overwrite: overwrite ?? false,
      });
    },
  };
}
