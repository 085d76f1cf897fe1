import type { FindingsApi } from '../../../shared/api/findingsApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { readFindings } from './readFindings';
import { lastRun } from './lastRun';
import type { MemberAccountPageDto, MemberSourcePageDto } from '../../../shared/api/findingEvidence';
import { askMemberPage } from './askMemberPage';
import { runDetectors } from './runDetectors';
import { refreshRunIntel } from './refreshRunIntel';
import { updateFinding } from './updateFinding';
import { writeFindingLists } from './writeFindingLists';
import { sourcesService } from '../sources/sourcesService';

/** Findings methods of Api. */
export function findingsService(ctx: EngineContext): ServiceOf<FindingsApi> {
  return {
    async runDetectors({ spikes, exports }) {
      const db = requireCase(ctx);
      const intelNotes = await refreshRunIntel(db);
      return db.withConnection(async (c) => (await runDetectors(c, spikes, exports, db.memo, intelNotes)).summary);
    },
    async lastRun() {
      return requireCase(ctx).withConnection((c) => lastRun(c));
    },
    async listFindings(a) {
      return requireCase(ctx).withConnection((c) => readFindings(c, a));
    },
    async updateFinding({ id, status, note }) {
      return requireCase(ctx).withConnection((c) => updateFinding(c, { id, status, note }));
    },
    async findingAccounts(a) {
      return (await askMemberPage(requireCase(ctx), { ...a, role: 'account' })) as MemberAccountPageDto;
    },
    async findingSources(a) {
      return (await askMemberPage(requireCase(ctx), { ...a, role: 'source' })) as MemberSourcePageDto;
    },
    async writeFindingLists({ outDir, spikes, exports, includePersonalData, overwrite, lists }) {
      const db = requireCase(ctx);
      return writeFindingLists(db, await sourcesService(ctx).listSources({}), { outDir, spikes, exports, includePersonalData, overwrite, lists });
    },
  };
}
