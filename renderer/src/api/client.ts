import type { ApiArg, ApiMethod, ApiValue } from '../../../shared/api';
import type { RemoteApi } from '../../../shared/remoteApi';
import type { ApiError } from '../../../shared/result';
import { electronHost } from './hostBridge';
import { bridgeToken, createHttpApi } from './httpApi';

/** An Api failure surfaced to React code as an exception carrying the engine's message. */
export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

let remote: RemoteApi | null = null;

/** The transport for this window: Electron IPC when the preload is present, else the HTTP bridge. */
export function remoteApi(): RemoteApi {
  remote ??= electronHost()?.api ?? createHttpApi(bridgeToken());
  return remote;
}

/** Calls an Api method and returns its value, throwing ApiCallError on a failed Result. */
export async function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiValue<M>> {
  const fn = remoteApi()[method] as (a: ApiArg<M>) => ReturnType<RemoteApi[M]>;
  const result = await fn(arg);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as ApiValue<M>;
}
