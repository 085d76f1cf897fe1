import type { DuckDBConnection } from '@duckdb/node-api';
import type { InfrastructureApi } from '../../../shared/api/infrastructureApi';
import type { ServiceOf } from '../EngineApi';
import { addDismissal, listDismissals, removeDismissal } from './dismissals';
import { addKnownInfrastructure, listKnownInfrastructure, removeKnownInfrastructure } from './knownInfrastructure';
import { appendAudit } from '../case/appendAudit';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';

/** Known-infrastructure and dismissal methods of Api; a revealed list is audited like any other reveal. */
export function infrastructureService(ctx: EngineContext): ServiceOf<InfrastructureApi> {
  const on = <T>(fn: (c: DuckDBConnection) => Promise<T>) => requireCase(ctx).withConnection(fn);
  return {
    listKnownInfrastructure: ({ reveal }) =>
      on(async (c) => {
        if (reveal) await appendAudit(c, 'reveal_pii', { view: 'known_infrastructure' });
        return listKnownInfrastructure(c, reveal);
      }),
    addKnownInfrastructure: (a) => on((c) => addKnownInfrastructure(c, a)),
    removeKnownInfrastructure: ({ id }) => on((c) => removeKnownInfrastructure(c, id)),
    listDismissals: ({ reveal }) =>
      on(async (c) => {
        if (reveal) await appendAudit(c, 'reveal_pii', { view: 'dismissals' });
        return listDismissals(c, reveal);
      }),
    addDismissal: (a) => on((c) => addDismissal(c, a)),
    removeDismissal: ({ id }) => on((c) => removeDismissal(c, id)),
  };
}
