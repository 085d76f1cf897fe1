import type { ApiParsedArg } from '../../../shared/api';
import type { EngineContext } from '../case/CaseContext';
import type { AddSourceOptions } from './addSource';

/** The load an `addSource` or `startIngest` call asks for (its defaults applied by the argument schema), with the engine's ingest gate. */
export function ingestRequest(ctx: EngineContext, arg: ApiParsedArg<'addSource'>): AddSourceOptions {
  const { path, kind, maxRejectShare, maxInflatedBytes, format, options } = arg;
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
