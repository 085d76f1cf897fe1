import type { Api, ApiArg, ApiMethod, ApiValue } from './api';
import type { Result } from './result';

/** Api as seen from the renderer: every call resolves to a Result, whichever transport carries it. */
export type RemoteApi = { [M in ApiMethod]: (arg: ApiArg<M>) => Promise<Result<ApiValue<M>>> };

/** Re-exported so transports need one import. */
export type { Api };
