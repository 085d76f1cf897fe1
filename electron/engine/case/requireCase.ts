import { UserError } from '../../../shared/userError';
import type { CaseDb } from '../db/CaseDb';
import type { EngineContext } from './CaseContext';

/** Returns the open case, or refuses with a message telling the analyst to open one. */
export function requireCase(ctx: EngineContext): CaseDb {
  if (!ctx.caseDb) throw new UserError('no_case', 'No case is open: open or create a case first.');
  return ctx.caseDb;
}
