import { apiMethods, type Api } from '../../../shared/api';
import type { GuardedApi } from './guardPersonalData';

/** The guarded Api with every call made through `revealCall` under `view`: clear values, each call audited (e.g. `analyze --include-personal-data`). */
export function revealingApi(api: GuardedApi, view: string): Api {
  const out: Record<string, (a: unknown) => Promise<unknown>> = {};
  for (const method of apiMethods) out[method] = (arg) => (method === 'revealCall' ? api.revealCall(arg as Parameters<Api['revealCall']>[0]) : api.revealCall({ view, method, arg: arg as Record<string, unknown> }));
  return out as unknown as Api;
}
