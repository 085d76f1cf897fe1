import path from 'node:path';
import type { CaseApi } from '../../../shared/api/caseApi';
import type { ServiceOf } from '../EngineApi';
import type { EngineContext } from './CaseContext';
import { describeCase, openCase } from './openCase';
import { readRecentCases, rememberCase } from './recentCases';

/** Case methods of Api. */
export function caseService(ctx: EngineContext): ServiceOf<CaseApi> {
  return {
    async appInfo() {
      return { version: ctx.version, transport: ctx.transport, caseInfo: ctx.caseDb ? await describeCase(ctx.caseDb) : null };
    },
    async openCase({ dir, create, inputs }) {
      const current = ctx.caseDb;
      if (current && current.dir === path.resolve(dir)) {
        rememberCase(ctx.userDataDir, current.dir);
        return describeCase(current);
      }
      const db = await openCase(dir, create, undefined, inputs);
      ctx.caseDb = db;
      await current?.closeWhenIdle();
      rememberCase(ctx.userDataDir, db.dir);
      return describeCase(db);
    },
    async recentCases() {
      return readRecentCases(ctx.userDataDir);
    },
  };
}
