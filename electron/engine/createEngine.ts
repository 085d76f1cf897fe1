import type { Api } from '../../shared/api';
import type { EngineContext } from './case/CaseContext';
import { createService } from './createService';
import { engineVersion } from './engineVersion';
import { JobRegistry } from './jobs/JobRegistry';
import { guardPersonalData, type GuardedApi } from './privacy/guardPersonalData';
import { withParsedArgs } from './withParsedArgs';

/** A running engine: the service plus the context it closes over, so hosts can shut it down. */
export interface Engine {
  /** The clear service for in-process callers: every argument parsed by its schema, as dispatch's are. */
  service: Api;
  /** The service as every transport serves it: each result masked by the personal-data rule, reveals audited. */
  api: GuardedApi;
  ctx: EngineContext;
  close(): void;
}

/** Builds the engine for one host process (Electron main, the bridge, the CLI). */
export function createEngine(opts: { userDataDir: string; transport: 'electron' | 'http' }): Engine {
  // DuckDB creates its WAL, spill and COPY files itself, with the process umask: the host writes cases, so it keeps them private.
  process.umask(0o077);
  const ctx: EngineContext = { caseDb: null, userDataDir: opts.userDataDir, transport: opts.transport, version: engineVersion, jobs: new JobRegistry() };
  const impl = createService(ctx);
  return {
    service: withParsedArgs(impl),
    api: guardPersonalData(ctx, impl),
    ctx,
    close() {
      ctx.caseDb?.close();
      ctx.caseDb = null;
    },
  };
}
