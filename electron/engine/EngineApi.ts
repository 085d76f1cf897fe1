import type { ApiMethod, ApiParsedArg, ApiValue } from '../../shared/api';

/**
 * The engine's side of Api: each method takes its argument as the schema parsed it, so every default lives in the
 * schema only and a service that re-applied one would be re-stating a value it is always given.
 */
export type EngineApi = { [M in ApiMethod]: (a: ApiParsedArg<M>) => Promise<ApiValue<M>> };

/** One feature's methods (e.g. those of SpikesApi) as its service implements them, on parsed arguments. */
export type ServiceOf<A> = Pick<EngineApi, keyof A & ApiMethod>;
