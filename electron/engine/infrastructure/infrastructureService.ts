import type { DuckDBConnection } from '@duckdb/node-api';
import type { InfrastructureApi } from '../../../shared/api/infrastructureApi';
import type { ServiceOf } from '../EngineApi';
import { addDismissal, listDismissals, removeDismissal } from './dismissals';
import { addKnownInfrastructure, listKnownInfrastructure, removeKnownInfrastructure } from './knownInfrastructure';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';

/**
 * Known-infrastructure and dismissal methods of Api. Their lists hold clear values under personal keys: the guarded Api
 * masks them by the personal-data rule and audits a list asked with `reveal`, as for any other method.
 */
export function infrastructureService(ctx: EngineContext): ServiceOf<InfrastructureApi> {
  const on = <T>(fn: (c: DuckDBConnection) => Promise<T>) => requireCase(ctx).withConnection(fn);
  return {
    listKnownInfrastructure: () => on(listKnownInfrastructure),
    addKnownInfrastructure: (a) => on((c) => addKnownInfrastructure(c, a)),
    removeKnownInfrastructure: ({ id }) => on((c) => removeKnownInfrastructure(c, id)),
    listDismissals: () => on(listDismissals),
    addDismissal: (a) => on((c) => addDismissal(c, a)),
    removeDismissal: ({ id }) => on((c) => removeDismissal(c, id)),
  };
}
