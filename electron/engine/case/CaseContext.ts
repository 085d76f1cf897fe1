import type { CaseDb } from '../db/CaseDb';
import type { JobRegistry } from '../jobs/JobRegistry';

/** What every service method may need: the open case (if any) and where per-user settings live. */
export interface EngineContext {
  caseDb: CaseDb | null;
  userDataDir: string;
  transport: 'electron' | 'http';
  version: string;
  jobs: JobRegistry;
  /** Awaited inside every ingest's transaction once its rows are in, before the commit: lets a test hold a load mid-way. */
  ingestGate?: () => Promise<void>;
}
