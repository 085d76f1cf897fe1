import type { ResetAccountsApi } from '../../../shared/api/resetAccountsApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from '../case/CaseContext';
import { requireCase } from '../case/requireCase';
import { exportResetAccounts } from './exportResetAccounts';
import { readAccountsAtRisk } from './readAccountsAtRisk';
import { sourcesService } from '../sources/sourcesService';

/** Accounts-to-reset and accounts-at-risk methods of Api. */
export function resetAccountsService(ctx: EngineContext): ServiceOf<ResetAccountsApi> {
  return {
    async accountsAtRisk() {
      return requireCase(ctx).withConnection(readAccountsAtRisk);
    },
    async exportResetAccounts({ outPath, includePersonalData, overwrite }) {
      const db = requireCase(ctx);
      return exportResetAccounts(db, await sourcesService(ctx).listSources({}), { outPath, includePersonalData, overwrite });
    },
  };
}
