import type { SpikesApi } from '../../../shared/api/spikesApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { withoutMembers } from '../findings/DetectedFinding';
import { classifyAndAdopt } from '../privacy/casePrivacy';
import { referenceSpikes } from './referenceSpikes';
import { signinEvents } from './signinEvents';
import { signinSeries } from './signinSeries';
import { topAccounts, topSources } from './topLists';

/** Login-spike methods of Api. */
export function spikesService(ctx: EngineContext): ServiceOf<SpikesApi> {
  return {
    async signinSeries(a) {
      return requireCase(ctx).withConnection((c) => signinSeries(c, a));
    },
    async topSources(a) {
      return requireCase(ctx).withConnection((c) => topSources(c, a));
    },
    async topAccounts(a) {
      return requireCase(ctx).withConnection((c) => topAccounts(c, a));
    },
    async loginSpikes({ params, offset, limit }) {
      const db = requireCase(ctx);
      return db.withConnection((c) => referenceSpikes(c, params.reference, offset, limit, db.memo));
    },
    async classifySignins({ params }) {
      return requireCase(ctx).withConnection(async (c) => ({ params, findings: (await classifyAndAdopt(requireCase(ctx), c, params)).map(withoutMembers) }));
    },
    async signinEvents(a) {
      return requireCase(ctx).withConnection((c) => signinEvents(c, a));
    },
  };
}
