import { spikeParamsSchema } from '../../../shared/api/detectParams';
import type { SpikesApi } from '../../../shared/api/spikesApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { withoutMembers } from '../findings/DetectedFinding';
import { classifySignins } from './detectors/classifySignins';
import { referenceSpikes } from './referenceSpikes';
import { signinEvents } from './signinEvents';
import { signinSeries } from './signinSeries';
import { topAccounts, topSources } from './topLists';

/** Login-spike methods of Api. */
export function spikesService(ctx: EngineContext): SpikesApi {
  return {
    async signinSeries({ from, to, maxPoints, binMinutes }) {
      return requireCase(ctx).withConnection((c) => signinSeries(c, { from, to, maxPoints: maxPoints ?? 2000, binMinutes: binMinutes ?? 5 }));
    },
    async topSources({ from, to, limit }) {
      return requireCase(ctx).withConnection((c) => topSources(c, { from, to, limit: limit ?? 20 }));
    },
    async topAccounts({ from, to, limit }) {
      return requireCase(ctx).withConnection((c) => topAccounts(c, { from, to, limit: limit ?? 20 }));
    },
    async loginSpikes({ params, offset, limit }) {
      const p = spikeParamsSchema.parse(params ?? {});
      return requireCase(ctx).withConnection((c) => referenceSpikes(c, p.reference, offset ?? 0, limit ?? 100));
    },
    async classifySignins({ params }) {
      const p = spikeParamsSchema.parse(params ?? {});
      return requireCase(ctx).withConnection(async (c) => ({ params: p, findings: (await classifySignins(c, p)).map(withoutMembers) }));
    },
    async signinEvents({ ip, user, from, to, failedOnly, offset, limit }) {
      return requireCase(ctx).withConnection((c) =>
        signinEvents(c, { ip, user, from, to, failedOnly: failedOnly ?? false, offset: offset ?? 0, limit: limit ?? 100 }),
      );
    },
  };
}
