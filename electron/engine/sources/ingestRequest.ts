import type { z } from 'zod';
import { sourcesArgs } from '../../../shared/api/sourcesApi';
import type { EngineContext } from '../case/CaseContext';
import type { AddSourceOptions } from './addSource';

/**
 * The load an `addSource` or `startIngest` call asks for, its defaults applied by the argument schema (the one place
 * they live, so an in-process caller that skips dispatch gets the same ones), with the engine's ingest gate.
 */
export function ingestRequest(ctx: EngineContext, arg: z.input<typeof sourcesArgs.addSource>): AddSourceOptions {
  const { path, kind, maxRejectShare, maxInflatedBytes, format, options } = sourcesArgs.addSource.parse(arg);
  return {
    file: path,
    kind,
    maxRejectShare,
    ...(maxInflatedBytes === undefined ? {} : { maxInflatedBytes }),
    ...(format ? { format } : {}),
    options,
    ...(ctx.ingestGate ? { beforeCommit: ctx.ingestGate } : {}),
  };
}
